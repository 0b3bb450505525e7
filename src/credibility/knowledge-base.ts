/**
 * The office-holder knowledge base: who held which office when (heads of state and government, foreign and defence
 * ministers, heads and spokespeople of NATO, the UN and the EU). Shipped as `data/office-holders.json`; users extend
 * it with `triangulate kb import` (Wikidata P39 "position held") and point `TRIANGULATE_KB` at the result.
 */
import { existsSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import shipped from './data/office-holders.json' with { type: 'json' }

/** One office: the organisation or country it belongs to and the titles a text uses for it (lowercase). */
export interface Office {
  org: string
  titles: string[]
}

/** One person holding one office for a period. Dates are ISO 8601 (day, month or year precision). */
export interface Holding {
  person: string
  office: string
  start: string | null
  end: string | null
  source: string
}

/** The knowledge base as data. */
export interface KnowledgeBase {
  compiled: string
  offices: Record<string, Office>
  /** Other spellings of a person's name, keyed by the canonical name. */
  aliases: Record<string, string[]>
  holdings: Holding[]
}

/** Validates a knowledge-base file read from outside. */
export const KnowledgeBaseFile = z.object({
  compiled: z.string().default(''),
  offices: z.record(z.string(), z.object({ org: z.string(), titles: z.array(z.string()) })),
  aliases: z.record(z.string(), z.array(z.string())).default({}),
  holdings: z.array(
    z.object({
      person: z.string().min(1),
      office: z.string().min(1),
      start: z.string().nullable(),
      end: z.string().nullable(),
      source: z.string().default(''),
    }),
  ),
})

/** Merges knowledge bases: offices and aliases by key, holdings without duplicates (same person, office, start). */
export function mergeKnowledgeBases(base: KnowledgeBase, extra: KnowledgeBase): KnowledgeBase {
  const seen = new Set(base.holdings.map((h) => `${h.person}|${h.office}|${h.start}`))
  const aliases: Record<string, string[]> = { ...base.aliases }
  for (const [k, v] of Object.entries(extra.aliases)) aliases[k] = [...new Set([...(aliases[k] ?? []), ...v])]
  return {
    compiled: extra.compiled || base.compiled,
    offices: { ...base.offices, ...extra.offices },
    aliases,
    holdings: [...base.holdings, ...extra.holdings.filter((h) => !seen.has(`${h.person}|${h.office}|${h.start}`))],
  }
}

let cached: KnowledgeBase | null = null

/**
 * The knowledge base in use: the shipped file, plus the file named by the `TRIANGULATE_KB` environment variable
 * when it is set (a broken file there is a setup error and throws, naming the file).
 */
export function loadKnowledgeBase(): KnowledgeBase {
  if (cached) return cached
  let kb = KnowledgeBaseFile.parse(shipped) as KnowledgeBase
  const extraPath = process.env.TRIANGULATE_KB
  if (extraPath) {
    if (!existsSync(extraPath)) throw new Error(`TRIANGULATE_KB names a file that does not exist: ${extraPath}`)
    const parsed = KnowledgeBaseFile.safeParse(JSON.parse(readFileSync(extraPath, 'utf8')))
    if (!parsed.success)
      throw new Error(`TRIANGULATE_KB file ${extraPath} is not a knowledge base: ${parsed.error.message}`)
    kb = mergeKnowledgeBases(kb, parsed.data as KnowledgeBase)
  }
  cached = kb
  return kb
}

/** Country and organisation words as a text writes them before a title ("Ukrainian", "US", "NATO"), by KB `org`. */
const ORG_WORDS: Record<string, RegExp> = {
  NATO: /\b(?:NATO|alliance|Alliance)\b/,
  'United States': /\b(?:US|U\.S\.|American|United States|America)\b/,
  'White House': /\bWhite House\b/,
  'National Security Council': /\b(?:National Security Council|NSC)\b/,
  'State Department': /\b(?:State Department|Department of State)\b/,
  Pentagon: /\b(?:Pentagon|Defense Department)\b/,
  Russia: /\b(?:Russian?|Russia['’]s)\b/,
  Kremlin: /\bKremlin\b/,
  'Russian Foreign Ministry': /\b(?:Russian Foreign Ministry|Russian foreign ministry)\b/,
  Ukraine: /\b(?:Ukrainian?|Ukraine['’]s)\b/,
  'United Kingdom': /\b(?:British|UK|U\.K\.|Britain['’]?s?)\b/,
  Germany: /\b(?:German|Germany['’]s)\b/,
  France: /\b(?:French|France['’]s)\b/,
  Sweden: /\b(?:Swedish|Sweden['’]s)\b/,
  Poland: /\b(?:Polish|Poland['’]s)\b/,
  China: /\b(?:Chinese|China['’]s)\b/,
  'United Nations': /\b(?:UN|U\.N\.|United Nations)\b/,
  'European Commission': /\b(?:European Commission|EU Commission)\b/,
  'European Council': /\bEuropean Council\b/,
  'European Union': /\b(?:EU|E\.U\.|European Union)\b/,
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Lowercase name without accents, dots or extra spaces, for comparing names. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** Lookup tables built once per knowledge base: names to people, compiled title and organisation patterns. */
interface KbIndex {
  people: Map<string, string>
  titles: Array<[office: string, titles: Array<[title: string, pattern: RegExp]>, org: RegExp]>
  roles: Map<string, { offices: string[]; qualified: boolean }>
}

const indexes = new WeakMap<KnowledgeBase, KbIndex>()

function indexOf(kb: KnowledgeBase): KbIndex {
  let index = indexes.get(kb)
  if (index) return index
  const people = new Map<string, string>()
  for (const [canonical, variants] of Object.entries(kb.aliases))
    for (const v of variants) people.set(normalizeName(v), canonical)
  for (const h of kb.holdings) people.set(normalizeName(h.person), h.person)
  const titles = Object.entries(kb.offices).map(
    ([id, o]) =>
      [
        id,
        o.titles.map((t) => [t, new RegExp(`\\b${escapeRegExp(t)}\\b`)] as [string, RegExp]),
        ORG_WORDS[o.org] ?? new RegExp(`\\b${escapeRegExp(o.org)}\\b`, 'i'),
      ] as KbIndex['titles'][number],
  )
  index = { people, titles, roles: new Map() }
  indexes.set(kb, index)
  return index
}

/** The canonical KB person a name refers to ("Zelenskyy" forms, "Jens Stoltenberg"), or null. */
export function findPerson(kb: KnowledgeBase, name: string): string | null {
  return indexOf(kb).people.get(normalizeName(name)) ?? null
}

/**
 * Offices a role phrase names ("NATO Secretary General" → nato.secretary-general, "Ukrainian Prime Minister" →
 * ua.prime-minister). A bare title ("President") names every office with that title; `qualified` says whether an
 * organisation or country narrowed it down.
 */
export function officesForRole(kb: KnowledgeBase, role: string): { offices: string[]; qualified: boolean } {
  const index = indexOf(kb)
  const known = index.roles.get(role)
  if (known) return known
  const lower = role.toLowerCase()
  const withTitle = index.titles
    .map(([id, titles, org]) => ({ id, org, hits: titles.filter(([, p]) => p.test(lower)).map(([t]) => t) }))
    .filter((o) => o.hits.length > 0)
  let result: { offices: string[]; qualified: boolean }
  if (withTitle.length === 0) result = { offices: [], qualified: false }
  else {
    // The most specific organisation named wins ("White House National Security Council spokesman" is the NSC's).
    const named = withTitle.filter((o) => o.org.test(role))
    if (named.length === 0) result = { offices: withTitle.map((o) => o.id), qualified: false }
    else {
      const longest = Math.max(...named.flatMap((o) => o.hits.map((t) => t.length)))
      const best = named.filter((o) => o.hits.some((t) => t.length === longest))
      const countries = new Set(['United States', 'Russia'])
      const specific = best.filter((o) => !countries.has(kb.offices[o.id]?.org ?? '') || best.length === 1)
      result = { offices: (specific.length ? specific : best).map((o) => o.id), qualified: true }
    }
  }
  if (index.roles.size < 10_000) index.roles.set(role, result)
  return result
}

/** Holdings of one office. */
export function holdersOf(kb: KnowledgeBase, office: string): Holding[] {
  return kb.holdings.filter((h) => h.office === office)
}

/** A holding's period as [start, end) ISO strings, open ends as the widest dates. */
export function holdingPeriod(h: Holding): [string, string] {
  return [h.start ?? '0000', h.end ?? '9999']
}

/** The holdings of `person` among `offices` (empty when the person is unknown or held none of them). */
export function holderOf(kb: KnowledgeBase, person: string | null, offices: string[]): Holding[] {
  if (!person) return []
  return kb.holdings.filter((h) => h.person === person && offices.includes(h.office))
}
