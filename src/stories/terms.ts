/**
 * Content terms of a text: the words and numbers that say what a report is about, lower-cased and lightly
 * stemmed, with function words dropped. Stories and statements index these; nothing here knows any corpus.
 */

import { createSpanMemo } from '../language/span-memo.js'
import { wordSpans } from '../language/words.js'

/**
 * English function words and the most frequent reporting words, which say nothing about the story.
 * Source: the classic SMART / Snowball English stop lists (abridged), plus news boilerplate ("said", "told",
 * "according", "reported") chosen by hand because every news article has them.
 */
const STOPWORDS = new Set(
  `a about above after again against all almost also although always am among an and another any anyone anything are
around as at away back be became because become been before being below between both but by can cannot could did do
does doing done down during each either else enough even ever every few for from further get gets getting got had has
have having he her here hers herself him himself his how however i if in into is it its itself just least less like
made make makes many may me might more most much must my myself near nearly neither never no nor not now of off often
on once one only onto or other others otherwise our ours ourselves out over own per perhaps put rather really same she
should since so some something still such than that the their theirs them themselves then there these they this those
though through thus to too toward towards under until up upon us very was we well were what whatever when where whether
which while who whom whose why will with within without would yet you your yours yourself yourselves
said says say saying told tell tells according reported reports report added asked stated noted mr mrs ms dr
new also year years time times day days week weeks month months today yesterday tomorrow last first next
monday tuesday wednesday thursday friday saturday sunday people way ways thing things lot lots part including
s t don didn doesn isn wasn aren weren wouldn couldn shouldn haven hasn hadn ll ve re d m`.split(/\s+/),
)

/**
 * Irregular past forms of verbs common in news, mapped to the base form, so "shares fell" meets "shares fall" and
 * "sold" meets "sell". Source: standard English irregular verb tables (hand-picked for reporting verbs).
 */
const IRREGULAR = new Map(
  Object.entries({
    fell: 'fall',
    fallen: 'fall',
    rose: 'rise',
    risen: 'rise',
    won: 'win',
    lost: 'lose',
    sold: 'sell',
    bought: 'buy',
    began: 'begin',
    begun: 'begin',
    grew: 'grow',
    grown: 'grow',
    paid: 'pay',
    went: 'go',
    gone: 'go',
    took: 'take',
    taken: 'take',
    gave: 'give',
    given: 'give',
    held: 'hold',
    led: 'lead',
    met: 'meet',
    saw: 'see',
    seen: 'see',
    spent: 'spend',
    built: 'build',
    sent: 'send',
    brought: 'bring',
    thought: 'think',
    fought: 'fight',
    caught: 'catch',
    kept: 'keep',
    found: 'find',
    knew: 'know',
    known: 'know',
    wrote: 'write',
    written: 'write',
    chose: 'choose',
    chosen: 'choose',
    drove: 'drive',
    driven: 'drive',
    ran: 'run',
    stood: 'stand',
    struck: 'strike',
    broke: 'break',
    broken: 'break',
    froze: 'freeze',
    frozen: 'freeze',
    withdrew: 'withdraw',
    withdrawn: 'withdraw',
    forbade: 'forbid',
    forbidden: 'forbid',
    sank: 'sink',
    sunk: 'sink',
    shrank: 'shrink',
    shrunk: 'shrink',
    sought: 'seek',
    taught: 'teach',
    hung: 'hang',
    laid: 'lay',
    dealt: 'deal',
    meant: 'mean',
    felt: 'feel',
    heard: 'hear',
    wore: 'wear',
  }),
)

/**
 * A light suffix-stripping stemmer so "threats"/"threat", "deployed"/"deploy", "talking"/"talks" meet.
 * Deliberately crude (no dictionary): both sides of a comparison go through the same function.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR.get(word)
  if (irregular) return irregular
  let w = word.replace(/['’]s$/, '')
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2)
  return w
}

/** Normalises a number token: "25,000" -> "25000", "3.5" stays. */
function numberTerm(token: string): string {
  return token.replace(/,(?=\d{3}\b)/g, '')
}

/** The content term of a token ("Threats" -> "threat", "25,000" -> "25000"), or null for a function word. */
export function contentTerm(lower: string): string | null {
  if (/^\d/.test(lower)) return numberTerm(lower)
  if (lower.length < 3 || STOPWORDS.has(lower)) return null
  const stemmed = stem(lower.replace(/’/g, "'"))
  return stemmed.length < 3 || STOPWORDS.has(stemmed) ? null : stemmed
}

/**
 * Counts of the content terms of a text.
 * @param text  any text
 * @param into  a map to add to (default a new one)
 * @param weight  how much each occurrence counts (default 1; titles count more)
 */
export function termCounts(
  text: string,
  into = new Map<string, number>(),
  weight = 1,
  phrases = false,
): Map<string, number> {
  let previous: string | null = null
  let previousEnd = -1
  // Words: runs of letters (with inner apostrophes) or digits (with inner separators), by `wordSpans`.
  const spans = wordSpans(text)
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] as number
    const end = spans[k + 1] as number
    const term = contentTerm(text.slice(start, end).toLowerCase())
    if (term) {
      into.set(term, (into.get(term) ?? 0) + weight)
      // Two content words in a row ("air resources", "ping pong") name a thing more precisely than either word.
      if (phrases && previous && /^[\s-]*$/.test(text.slice(previousEnd, start))) {
        const phrase = `${previous} ${term}`
        into.set(phrase, (into.get(phrase) ?? 0) + weight)
      }
    }
    previous = term
    previousEnd = end
  }
  return into
}

/** Hash of a term, cached per lower-cased word with a non-ASCII letter: -1 for a function word. */
const TERM_HASH = new Map<string, number>()
/** Words cached at most; past this the cache is cleared (a long run meets ever more rare words). */
const TERM_HASH_CAP = 500_000

/** 30-bit FNV-1a hash (fits V8's small integers, so maps keyed by it stay compact). */
function hash30(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0) & 0x3fffffff
}

/** Hash of the content term of a lower-cased word, or -1 for a function word. */
function termHashOf(lower: string): number {
  const term = contentTerm(lower)
  return term ? hash30(term) : -1
}

/** Whether a text has a character outside ASCII. */
function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return true
  return false
}

/**
 * `termHashOf`, remembered: ASCII words in `TERM_MEMO` (keyed by their span, no string made), the others in
 * `TERM_HASH`.
 */
function termHash(lower: string): number {
  if (!hasNonAscii(lower)) return termHashOf(lower)
  let h = TERM_HASH.get(lower)
  if (h === undefined) {
    h = termHashOf(lower)
    if (TERM_HASH.size >= TERM_HASH_CAP) TERM_HASH.clear()
    TERM_HASH.set(lower, h)
  }
  return h
}

/** Term hashes of words by their spans (see `span-memo.ts`). */
const TERM_MEMO = createSpanMemo()

/** `hash30` of the lower-cased word at `text[start, end)`, read from its char codes when it is ASCII. */
function wordHash30(text: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0x80) return hash30(text.slice(start, end).toLowerCase())
    if (code >= 0x41 && code <= 0x5a) code += 0x20
    h = Math.imul(h ^ code, 0x01000193)
  }
  return (h >>> 0) & 0x3fffffff
}

/** Whether `text[from, to)` is only white space and hyphens (the regex `^[\s-]*$`), two words of one phrase. */
function joinsPhrase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20 || code === 0x2d || (code >= 0x09 && code <= 0x0d)) continue
    if (code < 0x80) return false
    return /^[\s-]*$/.test(text.slice(from, to))
  }
  return true
}

/**
 * Like `termCounts`, with terms as 30-bit hashes (and two-word phrases as hashes of the pair): the form the story
 * index keeps, where millions of distinct phrases would not fit as strings. Collisions are rare and harmless.
 * @param wordHashes  when given, receives the hash of every word in order (for shingles)
 */
export function termHashCounts(
  text: string,
  into = new Map<number, number>(),
  weight = 1,
  wordHashes?: number[],
): Map<number, number> {
  let previous = -1
  let previousEnd = -1
  const spans = wordSpans(text)
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] as number
    const end = spans[k + 1] as number
    // Every word's hash, function words included, for the copy detector's shingles: one pass serves both.
    if (wordHashes) wordHashes.push(wordHash30(text, start, end))
    const h = TERM_MEMO.valueAt(text, start, end, termHash)
    if (h >= 0) {
      into.set(h, (into.get(h) ?? 0) + weight)
      if (previous >= 0 && joinsPhrase(text, previousEnd, start)) {
        const phrase = (Math.imul(previous ^ 0x5bd1e995, 0x01000193) ^ h) & 0x3fffffff
        into.set(phrase, (into.get(phrase) ?? 0) + weight)
      }
    }
    previous = h
    previousEnd = end
  }
  return into
}
