/**
 * Outlet reputation: Wikipedia's perennial-sources ratings (generally reliable, no consensus, generally unreliable,
 * deprecated), matched by domain and outlet name. One signal beside what the text shows, never a verdict.
 * Data: `data/reputation.json`, derived from Wikipedia:Reliable sources/Perennial sources (CC BY-SA 4.0).
 */
import shipped from './data/reputation.json' with { type: 'json' }

/** One rated outlet. */
export interface OutletReputation {
  name: string
  /** Other names ("AFP" for Agence France-Presse). */
  aliases: string[]
  /** Domains, possibly with a path ("aa.com.tr/en"). */
  domains: string[]
  status: ReputationStatus
  /** The topic or period the rating is limited to ("(controversial topics)"), if any. */
  qualifier: string | null
}

/** Perennial-sources consensus, spelled out. */
export type ReputationStatus =
  | 'generally reliable'
  | 'no consensus'
  | 'generally unreliable'
  | 'deprecated'
  | 'blacklisted'
  | 'mixed'

/** The reputation data file. */
export interface ReputationData {
  $comment: string
  source: string
  entries: OutletReputation[]
}

/** Status codes of the perennial-sources table (`{{WP:RSPSTATUS|gr}}`) and what they mean. */
const STATUS: Record<string, ReputationStatus> = {
  gr: 'generally reliable',
  nc: 'no consensus',
  gu: 'generally unreliable',
  d: 'deprecated',
  b: 'blacklisted',
  m: 'mixed',
}

/** Log-odds each status adds to the credibility score: small, so reputation informs and never decides. */
export const REPUTATION_WEIGHT: Record<ReputationStatus, number> = {
  'generally reliable': 0.4,
  'no consensus': 0,
  mixed: 0,
  'generally unreliable': -0.4,
  deprecated: -0.7,
  blacklisted: -0.9,
}

/**
 * Ratings Wikipedia lists that a given perennial-sources export may lack, with the listing they come from (same
 * licence). Kept apart so a refresh from a fuller export makes them redundant, not wrong.
 */
const SUPPLEMENT: OutletReputation[] = [
  // Wikipedia:Reliable sources/Perennial sources, "RT (TV network)": deprecated by the 2020 RfC (WP:RT.COM).
  { name: 'RT', aliases: ['Russia Today', 'RT News'], domains: ['rt.com'], status: 'deprecated', qualifier: null },
]

/** Builds the reputation data from a perennial-sources JSONL export (one JSON object per outlet). */
export function buildReputation(jsonl: string, compiled: string): ReputationData {
  const entries: OutletReputation[] = []
  const problems: string[] = []
  for (const [i, line] of jsonl.split('\n').entries()) {
    if (!line.trim()) continue
    let row: Record<string, unknown>
    try {
      row = JSON.parse(line) as Record<string, unknown>
    } catch {
      problems.push(`line ${i + 1}: not JSON`)
      continue
    }
    const name = typeof row.name === 'string' ? row.name : null
    const code = typeof row.status === 'string' ? row.status : null
    if (!name || !code || !STATUS[code]) {
      problems.push(`line ${i + 1}: needs "name" and a known "status"`)
      continue
    }
    const alltext = typeof row.alltext === 'string' ? row.alltext : ''
    const blacklisted = /RSPSTATUS\|[a-z]+\|b=y/.test(alltext)
    const aliases =
      typeof row.name_qualifier === 'string'
        ? row.name_qualifier
            .replace(/^\(|\)$/g, '')
            .split(/,\s*/)
            .filter(Boolean)
        : []
    const domains = [
      ...new Set([
        ...(typeof row.domain === 'string' ? [row.domain] : []),
        ...[...alltext.matchAll(/RSPUSES\|([^}|]+)/g)].map((m) => (m[1] ?? '').trim()),
      ]),
    ].filter((d) => /\./.test(d))
    entries.push({
      name: name.replace(/\s*\((?:company|website|magazine|news agency|TV network|newspaper|service)\)$/, ''),
      aliases,
      domains,
      status: blacklisted ? 'blacklisted' : (STATUS[code] as ReputationStatus),
      qualifier: typeof row.content_qualifier === 'string' ? row.content_qualifier : null,
    })
  }
  if (entries.length === 0) throw new Error(`No perennial-sources entries found (${problems.slice(0, 3).join('; ')})`)
  return {
    $comment:
      'Derived from Wikipedia:Reliable sources/Perennial sources (https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources), CC BY-SA 4.0, by the Wikipedia contributors. Rebuild with `triangulate reputation refresh FILE`.',
    source: `Wikipedia perennial sources, export of ${compiled}`,
    entries,
  }
}

const data = shipped as ReputationData
const ALL: OutletReputation[] = [
  ...data.entries,
  ...SUPPLEMENT.filter((s) => !data.entries.some((e) => e.domains.some((d) => s.domains.includes(d)))),
]

/** The outlet names a page signs with ("go to Daily Express US", "follow The Eastern Herald on"). */
const SIGN_OFF =
  /\b(?:go to|follow|visit|Discover more from|Copyright|©)[^\S\n]+((?:The[^\S\n]+)?[A-Z][\w.&'’-]*(?:[^\S\n]+[A-Z][\w.&'’-]*){0,4})/g

function normalizeOutlet(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The rating of an outlet by domain or name; a name also matches with a trailing edition ("Daily Express US"). */
export function findReputation(by: { url?: string | null; outlet?: string | null }): OutletReputation | null {
  if (by.url) {
    let host = ''
    let path = ''
    try {
      const u = new URL(by.url)
      host = u.hostname.replace(/^www\./, '')
      path = u.pathname
    } catch {
      host = ''
    }
    if (host) {
      const hit = ALL.find((e) =>
        e.domains.some((d) => {
          const [dHost, ...rest] = d.split('/')
          const dPath = rest.length ? `/${rest.join('/')}` : ''
          return (host === dHost || host.endsWith(`.${dHost}`)) && path.startsWith(dPath)
        }),
      )
      if (hit) return hit
    }
  }
  if (by.outlet) {
    const wanted = normalizeOutlet(by.outlet)
    const names = (e: OutletReputation) => [e.name, ...e.aliases].map(normalizeOutlet).filter((n) => n.length > 1)
    const exact = ALL.find((e) => names(e).includes(wanted))
    if (exact) return exact
    // "Daily Express US": the longest rated name the outlet starts with.
    const prefixed = ALL.filter((e) => names(e).some((n) => n.length >= 4 && wanted.startsWith(`${n} `))).sort(
      (a, b) => b.name.length - a.name.length,
    )
    if (prefixed[0]) return prefixed[0]
  }
  return null
}

/**
 * The reputation of an article's outlet: from its URL, its outlet field, or the outlet its page signs with. A
 * "Read the full story at X" line is a claim of origin, not a signature, and is not used.
 */
export function articleReputation(article: {
  url: string | null
  outlet: string | null
  raw: string
}): { entry: OutletReputation; matchedBy: string } | null {
  const byUrl = article.url ? findReputation({ url: article.url }) : null
  if (byUrl) return { entry: byUrl, matchedBy: `domain of ${article.url}` }
  const byOutlet = article.outlet ? findReputation({ outlet: article.outlet }) : null
  if (byOutlet) return { entry: byOutlet, matchedBy: `outlet "${article.outlet}"` }
  const tail = article.raw.slice(-3000)
  for (const m of tail.matchAll(SIGN_OFF)) {
    const hit = findReputation({ outlet: m[1] ?? '' })
    if (hit) return { entry: hit, matchedBy: `page signs "${m[0].trim()}"` }
  }
  return null
}

/** The source line of the shipped data, for the report. */
export const REPUTATION_SOURCE = data.source
