/**
 * Step 4: aligned sentences with one slot changed. A rewrite of a report often keeps a sentence's frame word for word
 * ("Plans to privatise the TV company have been ...", "Fox News host Bill O'Reilly apologized Tuesday after coming
 * under fire for ...") and changes one slot in it: the outcome, the thing counted, who was named, whether it
 * happened. The two sentences are aligned word by word (longest common subsequence); when the shared frame is long
 * enough to be one sentence retold, a changed slot that puts a registered opposite (or idiom), or at least two other
 * content words, in place of the first's is a contradiction. The relation's note shows the substitution. A second
 * rule here finds one figure told of opposite things ("losses" / "profits" around the same sum).
 *
 * Runs only on two claims of one story (the caller decides), and only when they already share several concepts,
 * so its cost is a few word alignments per story mate.
 */
import { isLowerCase, wordSpans } from '../language/words.js'
import { type Amount, roleOf, type Statement } from './01-statements.js'
import { oppositeOutcomeIds, sharedCount, type Verdict } from './02-compare.js'
import { oppositesOf } from './lexicon.js'

/** A word of a sentence: lower-cased, with its concept (or role) and whether it names someone (capitalised inside). */
export interface Token {
  lower: string
  /** Offsets of the word in the sentence. */
  start: number
  end: number
  role: number
  name: boolean
  /** The word's number (one per distinct lower-cased word): alignment compares numbers, not strings. */
  id: number
}

/** Words compared at most per sentence (longer sentences are cut). */
const MAX_WORDS = 120
/**
 * Matched words in one unbroken run that make two sentences one frame retold (tuned on the pairs dev set and the
 * consistent-reports control: 5 let attributions of one quote through, 7 loses rewrites).
 */
export const FRAME_RUN = 6
/** Concepts the frame (the matched words) must hold. */
export const FRAME_CONCEPTS = 4
/** Claim words (concepts both sentences write in lower case) the frame must hold. */
export const FRAME_CLAIM_WORDS = 3
/** Share of the shorter sentence's words the frame must hold. */
export const FRAME_SHARE = 0.5
/**
 * Concept overlap (Dice) below which two sentences cannot share such a frame: a cheap bound taken before the word
 * alignment (the lowest overlap of a frame found on the pairs dev set is 0.30).
 */
export const FRAME_DICE = 0.3
/** Changed slots at most (with content words on both sides) for one sentence with its claim changed. */
export const MAX_SLOTS = 2
/** Concepts each side of a changed slot needs: one word for another ("moderator" / "host") is most often a synonym. */
export const SLOT_CONCEPTS = 2

/** A number per distinct lower-cased word, bounded like the other word memos (cleared past the cap). */
const WORD_IDS = new Map<string, number>()
const WORD_IDS_CAP = 500_000
function wordId(lower: string): number {
  let id = WORD_IDS.get(lower)
  if (id === undefined) {
    if (WORD_IDS.size >= WORD_IDS_CAP) {
      // Numbers already handed out stay unique (counting goes on from where it was), and cached tokens numbered
      // before are dropped, so one word never has two numbers in one comparison.
      wordIdBase += WORD_IDS.size
      WORD_IDS.clear()
      TOKENS.clear()
    }
    id = wordIdBase + WORD_IDS.size
    WORD_IDS.set(lower, id)
  }
  return id
}
let wordIdBase = 0

/** The sentence's words as tokens. */
export function tokensOf(text: string): Token[] {
  const out: Token[] = []
  const spans = wordSpans(text)
  for (let k = 0; k < spans.length && out.length < MAX_WORDS; k += 2) {
    const start = spans[k] as number
    const end = spans[k + 1] as number
    const word = text.slice(start, end)
    const lower = isLowerCase(text, start, end) ? word : word.toLowerCase()
    const normal = lower.includes('’') ? lower.replace(/’/g, "'") : lower
    out.push({
      lower: normal,
      start,
      end,
      role: roleOf(normal),
      name: out.length > 0 && lower !== word,
      id: wordId(normal),
    })
  }
  return out
}

/** A run of words one side has where the other has other words (either run may be empty). */
export interface Slot {
  removed: Token[]
  added: Token[]
  /** Matched words before the slot (in an unbroken run). */
  before: number
  /** Matched words before the slot in all (0: the slot opens the sentence). */
  at: number
  /** The matched word just after the slot, if any. */
  next: Token | undefined
}

/** The word alignment of two sentences: matched words, the longest unbroken matched run, and the changed slots. */
export function alignTokens(x: Token[], y: Token[]): { common: number; run: number; slots: Slot[]; matched: Token[] } {
  const cols = y.length + 1
  const table = new Uint16Array((x.length + 1) * cols)
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      table[i * cols + j] =
        (x[i] as Token).id === (y[j] as Token).id
          ? (table[(i + 1) * cols + j + 1] as number) + 1
          : Math.max(table[(i + 1) * cols + j] as number, table[i * cols + j + 1] as number)
  const slots: Slot[] = []
  const matched: Token[] = []
  let run = 0
  let current = 0
  let slot: Slot = { removed: [], added: [], before: 0, at: 0, next: undefined }
  let i = 0
  let j = 0
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && (x[i] as Token).id === (y[j] as Token).id) {
      if (slot.removed.length || slot.added.length) {
        slot.next = x[i]
        slots.push(slot)
        slot = { removed: [], added: [], before: 0, at: 0, next: undefined }
        current = 0
      }
      matched.push(x[i] as Token)
      slot.at = matched.length
      current++
      run = Math.max(run, current)
      slot.before = current
      i++
      j++
    } else if (
      j >= y.length ||
      (i < x.length && (table[(i + 1) * cols + j] as number) >= (table[i * cols + j + 1] as number))
    ) {
      slot.removed.push(x[i++] as Token)
    } else slot.added.push(y[j++] as Token)
  }
  if (slot.removed.length || slot.added.length) slots.push(slot)
  return { common: table[0] as number, run, slots, matched }
}

/** Concept ids of a run of tokens (not negation cues, not numbers), distinct. */
function conceptsIn(tokens: Token[]): number[] {
  return [...new Set(tokens.filter((t) => t.role >= 0).map((t) => t.role))]
}

/** Words of a run as written (lower case), for the note. */
function said(tokens: Token[]): string {
  return tokens.map((t) => t.lower).join(' ')
}

/**
 * Words that say who said or reported something ("said on Twitter" / "tweeted today", "according to the office's
 * spokeswoman"): a slot holding one is the attribution retold, not the claim changed. Common English news usage.
 */
const ATTRIBUTION = new Set([
  'say',
  'said',
  'says',
  'told',
  'tells',
  'according',
  'tweeted',
  'wrote',
  'writes',
  'statement',
  'added',
  'adds',
  'interview',
  'reported',
  'reports',
  'noted',
  'explained',
  'stated',
])

/**
 * A copula and an indefinite article just before a slot: what follows describes the subject ("is a budget hawk" /
 * "is a member of the leadership"), and two descriptions of one person or thing add up. (A copula alone is left
 * out: "was later sued by" / "was arrested" is a passive, an event.)
 */
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remains', 'became'])
const INDEFINITE = new Set(['a', 'an'])

/** True when the matched words just before a slot end in a copula and an indefinite article. */
function describes(matched: Token[], at: number): boolean {
  return INDEFINITE.has(matched[at - 1]?.lower ?? '') && COPULA.has(matched[at - 2]?.lower ?? '')
}

/** How many words two sentences have in common, counted with repetition (an upper bound of their alignment). */
function wordsInCommon(x: Token[], y: Token[]): number {
  const counts = new Map<number, number>()
  for (const t of x) counts.set(t.id, (counts.get(t.id) ?? 0) + 1)
  let common = 0
  for (const t of y) {
    const n = counts.get(t.id)
    if (n) {
      common++
      counts.set(t.id, n - 1)
    }
  }
  return common
}

/**
 * Tokens of recent statements (a story's mates are compared again and again), bounded: the index keeps every
 * statement, so a cache keyed by statement must not keep tokens for all of them. Past the bound it starts afresh.
 */
const TOKENS = new Map<Statement, Token[]>()
const TOKEN_CACHE = 8192
function tokensOfStatement(s: Statement): Token[] {
  let tokens = TOKENS.get(s)
  if (!tokens) {
    tokens = tokensOf(s.text)
    if (TOKENS.size >= TOKEN_CACHE) TOKENS.clear()
    TOKENS.set(s, tokens)
  }
  return tokens
}

/**
 * What an aligned pair of claims with a changed slot says: a contradiction when the two sentences share a frame
 * (an unbroken run of `FRAME_RUN` words, `FRAME_CONCEPTS` concepts, and at least `FRAME_SHARE` of the shorter
 * sentence's words) and one or two slots changed, one of which puts other content words (at least
 * `SLOT_CONCEPTS` on each side, none in common, no attribution word) in place of the first's; else null. The
 * note shows the substitution, and whether it is a registered opposite.
 */
export function alignedConflict(a: Statement, b: Statement): Verdict | null {
  // Cheap rejections before the word alignment. The frame's concepts are concepts both statements have; a changed
  // slot needs concepts each side lacks (two, or one with its registered opposite on the other side); and a frame
  // holding half the shorter sentence shares a good part of its concepts.
  const shared = sharedCount(a.concepts, b.concepts)
  if (shared < FRAME_CONCEPTS || (2 * shared) / (a.concepts.length + b.concepts.length) < FRAME_DICE) return null
  const onlyA = a.concepts.length - shared
  const onlyB = b.concepts.length - shared
  if (onlyA === 0 || onlyB === 0) return null
  if ((onlyA < SLOT_CONCEPTS || onlyB < SLOT_CONCEPTS) && oppositeOutcomeIds(a, b) === null) return null
  // The frame's claim words are claim words of both (checked again on the frame below): too few in common, no frame.
  if (sharedCount(a.plain, b.plain) < FRAME_CLAIM_WORDS) return null
  const x = tokensOfStatement(a)
  const y = tokensOfStatement(b)
  // The words the two have in common (as a multiset) bound the alignment from above: too few, no frame.
  if (wordsInCommon(x, y) < FRAME_SHARE * Math.min(x.length, y.length)) return null
  const { common, run, slots, matched } = alignTokens(x, y)
  if (run < FRAME_RUN || common < FRAME_SHARE * Math.min(x.length, y.length)) return null
  const frame = conceptsIn(matched)
  if (frame.length < FRAME_CONCEPTS) return null
  // A frame that is mostly a name ("incoming Senate Democratic leader Charles E. Schumer") says who, not what: it
  // needs claim words both sentences write in lower case.
  if (frame.filter((c) => a.plain.includes(c) && b.plain.includes(c)).length < FRAME_CLAIM_WORDS) return null
  // Slots where each side has content words the other's slot lacks: what one report put in place of the other's.
  const substituted: Array<[number[], number[], Slot]> = []
  for (const slot of slots) {
    const removed = conceptsIn(slot.removed)
    const added = conceptsIn(slot.added)
    if (removed.length > 0 && added.length > 0 && !removed.some((c) => added.includes(c)))
      substituted.push([removed, added, slot])
  }
  // More changed slots than this is another sentence on the same frame, not one sentence with a slot changed.
  if (substituted.length === 0 || substituted.length > MAX_SLOTS) return null
  for (const [removed, added, slot] of substituted) {
    if (slot.removed.some((t) => ATTRIBUTION.has(t.lower)) || slot.added.some((t) => ATTRIBUTION.has(t.lower))) continue
    // The subject retold ("two weeks ago, a woman" / "an anonymous Jane Doe" filed the lawsuit) or a description
    // added to another ("is a budget hawk"): the claim is what the subject did, not how it is named or described.
    if (slot.at === 0 || describes(matched, slot.at)) continue
    const change = `"${said(slot.removed)}" -> "${said(slot.added)}"`
    // A registered opposite in the slot is named (other rules usually find these first).
    for (const c of removed) {
      const o = (oppositesOf(c) ?? []).find((d) => added.includes(d))
      if (o !== undefined) {
        const written = (tokens: Token[], role: number) => tokens.find((t) => t.role === role)?.lower ?? ''
        return {
          kind: 'contradicts',
          rule: 'contradicts/aligned-opposite',
          note: `the same sentence with ${change} ("${written(slot.removed, c)}" / "${written(slot.added, o)}")`,
          confidence: 0.6,
        }
      }
    }
    if (removed.length < SLOT_CONCEPTS || added.length < SLOT_CONCEPTS) continue
    return {
      kind: 'contradicts',
      rule: 'contradicts/aligned-slot',
      note: `the same sentence with ${change}`,
      confidence: 0.5,
    }
  }
  return null
}

/** Words before a figure (and after it) read as what it counts ("total losses last year exceed 1 trillion yen"). */
const FIGURE_WORDS_BEFORE = 8
const FIGURE_WORDS_AFTER = 3
/** Relative difference of two values written for one figure (rounding: "$9.1bn" for 9.08 billion). */
const SAME_FIGURE_TOLERANCE = 0.02
/** Figures below this are too common to anchor two sentences to one fact ("two", "5 percent" of anything). */
const MIN_ANCHOR_FIGURE = 10

/** The words (as tokens) just before and just after the first occurrence of `figure` in a statement, content words only. */
function wordsAround(statement: Statement, figure: string): Token[] {
  const at = statement.text.indexOf(figure)
  if (at < 0) return []
  const tokens = tokensOfStatement(statement)
  const before: Token[] = []
  const after: Token[] = []
  for (const token of tokens) {
    if (token.end <= at) before.push(token)
    else if (token.start >= at + figure.length && after.length < FIGURE_WORDS_AFTER) after.push(token)
  }
  return [...before.slice(-FIGURE_WORDS_BEFORE), ...after].filter((t) => t.role >= 0)
}

/** True when two amounts are one figure: a sum of money or a count of one kind, the same value, large enough. */
function sameFigure(x: Amount, y: Amount): boolean {
  if (Math.abs(x.value) < MIN_ANCHOR_FIGURE || Math.abs(y.value) < MIN_ANCHOR_FIGURE) return false
  // A vague quantity ("dozens of", "thousands of") is a range, not a figure written twice.
  if (x.bound === 'range' || y.bound === 'range') return false
  // Sums of money and counted things ("1,000 workers"): a share ("95 percent"), a year, a tally or an age is too
  // often the same number for unrelated things.
  const kinds = x.kind === y.kind || (x.kind.startsWith('money:') && y.kind.startsWith('money:'))
  if (!kinds || !(x.kind.startsWith('money:') || x.kind.startsWith('count:'))) return false
  // The same number written twice, whatever the hedges around it: a bound ("more than $4 trillion") would let
  // any larger figure meet it.
  return Math.abs(x.value - y.value) <= SAME_FIGURE_TOLERANCE * Math.max(Math.abs(x.value), Math.abs(y.value))
}

/**
 * The same figure told of opposite things: two claims of one story give one figure (a sum, a count, a share) and
 * the words around it in one are the registered opposite of the words around it in the other ("total losses ...
 * exceed $9.1bn" / "profits ... exceed 9.1 billion US dollars"), neither side using the other's word there. A
 * contradiction, else null.
 */
export function sameFigureConflict(a: Statement, b: Statement): Verdict | null {
  if (a.amounts.length === 0 || b.amounts.length === 0) return null
  for (const x of a.amounts)
    for (const y of b.amounts) {
      if (!sameFigure(x, y)) continue
      const nearA = wordsAround(a, x.text)
      const nearB = wordsAround(b, y.text)
      const rolesA = nearA.map((t) => t.role)
      const rolesB = nearB.map((t) => t.role)
      for (const word of nearA) {
        if (rolesB.includes(word.role)) continue
        const o = (oppositesOf(word.role) ?? []).find((d) => rolesB.includes(d) && !rolesA.includes(d))
        if (o === undefined) continue
        const other = nearB.find((t) => t.role === o)?.lower ?? ''
        return {
          kind: 'contradicts',
          rule: 'contradicts/same-figure-opposite',
          note: `the same figure (${x.text} / ${y.text}) told of opposite things: "${word.lower}" / "${other}"`,
          confidence: 0.6,
        }
      }
    }
  return null
}
