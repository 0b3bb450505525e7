/**
 * Importer for Wikidata P39 ("position held") data: SPARQL JSON results or CSV with a person, a position and
 * optional start (P580) and end (P582) dates. Positions become offices keyed by their Wikidata id or label.
 */
import { type Holding, type KnowledgeBase, KnowledgeBaseFile, mergeKnowledgeBases } from './knowledge-base.js'

/** Reads one CSV line with quoted fields. */
function csvFields(line: string): string[] {
  const out: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      out.push(field)
      field = ''
    } else field += c
  }
  out.push(field)
  return out
}

/** Rows as column → value, from SPARQL JSON (`results.bindings`) or CSV with a header line. */
function rowsOf(text: string): Array<Record<string, string>> {
  const trimmed = text.trim()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const data = JSON.parse(trimmed) as unknown
    const bindings = Array.isArray(data)
      ? data
      : ((data as { results?: { bindings?: unknown[] } }).results?.bindings ?? [])
    return bindings.map((b) => {
      const row: Record<string, string> = {}
      for (const [k, v] of Object.entries(b as Record<string, unknown>))
        row[k] =
          typeof v === 'object' && v !== null && 'value' in v ? String((v as { value: unknown }).value) : String(v)
      return row
    })
  }
  const lines = trimmed.split(/\r?\n/)
  const header = csvFields(lines[0] ?? '').map((h) => h.trim().replace(/^\?/, ''))
  return lines.slice(1).map((line) => Object.fromEntries(csvFields(line).map((v, i) => [header[i] ?? `c${i}`, v])))
}

const pick = (row: Record<string, string>, ...keys: string[]) =>
  keys
    .map((k) => row[k])
    .find((v) => v?.trim())
    ?.trim()

/** An entity URI or label reduced to an id ("http://www.wikidata.org/entity/Q1378331" → "wd:Q1378331"). */
function idOf(value: string): string {
  const q = value.match(/(Q\d+)$/)?.[1]
  return q ? `wd:${q}` : value.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

const isoDate = (v: string | undefined) => (v ? (v.match(/^-?\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0] ?? null) : null)

/**
 * Imports P39 rows and merges them into `existing` (a knowledge-base file's text, or null for a new one).
 * Returns the merged knowledge base, how many holdings it added, and the rows it skipped with the reason.
 */
export function importPositionHeld(
  text: string,
  origin: string,
  existing: string | null,
  reference: KnowledgeBase | null = null,
): { kb: KnowledgeBase; added: number; skipped: string[] } {
  const base: KnowledgeBase = existing
    ? (KnowledgeBaseFile.parse(JSON.parse(existing)) as KnowledgeBase)
    : { compiled: '', offices: {}, aliases: {}, holdings: [] }
  const extra: KnowledgeBase = {
    compiled: new Date().toISOString().slice(0, 10),
    offices: {},
    aliases: {},
    holdings: [],
  }
  const skipped: string[] = []
  for (const [i, row] of rowsOf(text).entries()) {
    const person = pick(row, 'personLabel', 'itemLabel', 'person_label', 'name')
    const positionLabel = pick(row, 'positionLabel', 'position_label', 'office')
    const positionId = pick(row, 'position', 'positionId') ?? positionLabel
    if (!person || /^Q\d+$/.test(person) || !positionLabel || !positionId) {
      skipped.push(`${origin} row ${i + 1}: needs a person label and a position`)
      continue
    }
    // The title is the label without its organisation ("Secretary General of NATO" → "secretary general").
    const title = positionLabel.toLowerCase().replace(/\s+(?:of|to)\s+.*$/, '')
    const org = positionLabel.match(/\b(?:of|to)\s+(?:the\s+)?(.+)$/i)?.[1] ?? positionLabel
    // A position the shipped knowledge base already has ("spokesperson of NATO" is nato.spokesperson) keeps its id,
    // so imported holders join the holders the rules already compare against.
    const known = reference
      ? Object.entries(reference.offices).find(
          ([, o]) => o.org.toLowerCase() === org.toLowerCase() && o.titles.includes(title),
        )?.[0]
      : undefined
    const office = known ?? idOf(positionId)
    if (!known) extra.offices[office] ??= { org, titles: [...new Set([title, positionLabel.toLowerCase()])] }
    const holding: Holding = {
      person,
      office,
      start: isoDate(pick(row, 'start', 'startTime', 'P580')),
      end: isoDate(pick(row, 'end', 'endTime', 'P582')),
      source: `Wikidata P39 (${origin})`,
    }
    extra.holdings.push(holding)
  }
  const before = base.holdings.length
  const kb = mergeKnowledgeBases(base, extra)
  return { kb, added: kb.holdings.length - before, skipped }
}
