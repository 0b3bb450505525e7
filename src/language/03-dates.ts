/**
 * Step 3: date expressions, parsed by chrono-node. News reports the past, so a bare weekday ("on Friday") is the
 * latest such day on or before publication and a month and day without a year ("May 10") is not in the future.
 * Without a publication date, expressions that need one stay relative (`resolved: null`).
 */
import * as chrono from 'chrono-node'
import type { DateMention } from '../model/index.js'
import { splitSentences } from './01-sentences.js'

/** A cheap test for sentences chrono could find something in: digits, month or day names, relative words. */
const MAY_HOLD_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s|,|$)|\b(?:today|tonight|yesterday|tomorrow|ago|weeks?|months?|years?|weekend|noon|midnight|morning|evening|night|decade|century)\b|\b(?:1[89]|20)\d{2}\b|\d{1,2}[/.-]\d{1,2}|\d{1,2}:\d{2}/i

/** Words that make an expression depend on when it was written. */
const RELATIVE_WORDS =
  /\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|earlier|later|recent|past|coming|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i

/** "in 2014", "since 2022": bare years, which chrono leaves alone. */
const BARE_YEAR =
  /\b(?:in|since|by|until|from|before|after|of|during)\s+((?:19|20)\d{2})\b(?![-–/]\d|\s*(?:billion|million|troops|people|%|percent))/g

/** chrono needs some reference; with no publication date its answer is only used for absolute dates. */
const ANY_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12))

const iso = (d: Date, precision: 'day' | 'month' | 'year'): string => {
  const s = d.toISOString()
  return precision === 'day' ? s.slice(0, 10) : precision === 'month' ? s.slice(0, 7) : s.slice(0, 4)
}

/** Finds date expressions; `published` (ISO 8601) resolves the relative ones. */
export function findDates(text: string, published: string | null): DateMention[] {
  const ref = published ? new Date(published) : null
  const reference = ref && !Number.isNaN(ref.getTime()) ? ref : null
  const out: DateMention[] = []
  // chrono is thorough but slow: give it only the sentences that could hold a date.
  const results: Array<{ index: number; text: string; start: chrono.ParsedComponents }> = []
  for (const [s, e] of splitSentences(text)) {
    const sentence = text.slice(s, e)
    if (!MAY_HOLD_DATE.test(sentence)) continue
    for (const r of chrono.parse(sentence, reference ?? ANY_REFERENCE))
      results.push({ index: r.index + s, text: r.text, start: r.start })
  }
  for (const r of results) {
    const c = r.start
    const complete = c.isCertain('year') && c.isCertain('month') && c.isCertain('day')
    // "Friday, June 21, 2024" names its day in full; "last week" and "on Friday" need the publication date.
    const relative = !c.isCertain('year') || (RELATIVE_WORDS.test(r.text) && !(complete && /\d{4}/.test(r.text)))
    const precision =
      c.isCertain('day') || c.isCertain('weekday') || /\b(?:yesterday|today|ago)\b/i.test(r.text)
        ? 'day'
        : c.isCertain('month')
          ? 'month'
          : 'year'
    let resolved: string | null = null
    if (!relative) resolved = iso(c.date(), precision)
    else if (reference) {
      let d = c.date()
      if (c.isCertain('weekday') && !c.isCertain('day')) {
        // The latest such weekday on or before publication.
        const back = (reference.getUTCDay() - (c.get('weekday') ?? reference.getUTCDay()) + 7) % 7
        d = new Date(reference.getTime() - back * 86_400_000)
      } else if (!c.isCertain('year') && d.getTime() > reference.getTime() + 86_400_000) {
        d = new Date(d)
        d.setUTCFullYear(d.getUTCFullYear() - 1)
      }
      resolved = iso(d, precision)
    }
    out.push({ span: [r.index, r.index + r.text.length], text: r.text, relative, resolved })
  }
  BARE_YEAR.lastIndex = 0
  for (const m of text.matchAll(BARE_YEAR)) {
    const year = m[1] ?? ''
    const start = (m.index ?? 0) + m[0].lastIndexOf(year)
    if (out.some((d) => d.span[0] <= start && start < d.span[1])) continue
    out.push({ span: [start, start + year.length], text: year, relative: false, resolved: year })
  }
  return out.sort((a, b) => a.span[0] - b.span[0])
}
