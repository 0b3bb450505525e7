/**
 * Paragraphs and sentences. News copy ends sentences inside quotation marks (`.”`), abbreviates titles and months
 * ("Gen.", "Jan. 5"), writes initials ("G.K. Butterfield") and "U.S.": none of these may end a sentence.
 */
import type { Span } from '../model/index.js'
import { ABBREVIATIONS, SENTENCE_STARTERS } from './lexicon.js'

/** A full stop, question or exclamation mark (or an ellipsis), with any closing quotes/brackets after it. */
const TERMINATOR = /[.!?…]+(?:['"”’)\]]|'')*/g

/** Splits text into paragraph spans (non-empty lines, trimmed). */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s] ?? '')) s++
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--
    if (e > s) spans.push([s, e])
    start = end + 1
  }
  return spans
}

/** True when the full stop at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, dot: number, next: string): boolean {
  let s = dot
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1] ?? '')) s--
  const word = text.slice(s, dot)
  if (!word) return false
  // "U.S.", "G.K.", "D.C.": letters and dots; a single capital is an initial ("John F. Kennedy").
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // "in the U.S. The next day": a common sentence starter after it ends the sentence.
    return !SENTENCE_STARTERS.has(next)
  }
  return ABBREVIATIONS.has(word.toLowerCase().replace(/\./g, ''))
}

/** Splits one paragraph `[start, end)` of `text` into sentence spans. */
function splitParagraph(text: string, start: number, end: number, out: Span[]): void {
  let from = start
  TERMINATOR.lastIndex = start
  for (let m = TERMINATOR.exec(text); m && m.index < end; m = TERMINATOR.exec(text)) {
    const stop = Math.min(m.index + m[0].length, end)
    if (stop >= end) break
    // A sentence ends only before white space and something that can start one.
    const after = text.slice(stop, Math.min(end, stop + 40))
    const gap = /^\s+/.exec(after)
    if (!gap) continue
    const rest = after.slice(gap[0].length)
    if (!/^['"“‘(\p{Lu}\d]/u.test(rest)) continue
    const nextWord = /^[\p{L}]+/u.exec(rest)?.[0] ?? ''
    if (m[0] === '.' && isAbbreviation(text, m.index, nextWord)) continue
    out.push([from, stop])
    from = stop + gap[0].length
  }
  if (end > from) out.push([from, end])
}

/** Splits text into sentence spans: never across a line break, never after an abbreviation or initial. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  for (const [s, e] of splitParagraphs(text)) splitParagraph(text, s, e, spans)
  return spans
}
