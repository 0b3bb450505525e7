/**
 * Step 2: what two statements from two articles say about each other: the same quote, an altered quote, the same
 * proposition (agrees), incompatible propositions (contradicts), or nothing. Every verdict names its rule and a
 * short reason.
 */
import type { RelationKind } from '../model/index.js'
import { contentTerm } from '../stories/terms.js'
import { type Amount, isFullName, NEGATION, roleOf, type Statement, wordsOf } from './01-statements.js'
import { conceptName, conceptOf, evaluationOf, isNewsOutlet, oppositesOf } from './lexicon.js'

/** The verdict on a pair of statements. */
export interface Verdict {
  kind: RelationKind
  rule: string
  note: string
  confidence: number
  /** For altered quotes: the changes that alter meaning (dropped negation, changed number, truncation). */
  meaningChanges?: string[]
}

/** Concepts two statements must share before they can be about the same thing. */
export const MIN_SHARED = 3
/** Claim words (not names) two statements must share before one can contradict the other. */
export const MIN_SHARED_CLAIM_WORDS = 3
/**
 * Dice overlap of the claim words from which one fewer shared claim word is enough: short sentences that say little
 * besides who did what ("regulators blocked the merger" / "regulators approved the merger").
 */
export const CLOSE_CLAIM_OVERLAP = 0.5
/** Dice overlap of concepts from which two sentences state the same proposition (tuned on the pairs dev set). */
export const AGREE_OVERLAP = 0.5
/**
 * Dice overlap from which a polarity flip, an opposite outcome or a changed amount is a contradiction between two
 * articles of one story (tuned on the pairs dev set and the seeds).
 */
export const CONTRADICT_OVERLAP = 0.4
/** The same for a changed amount of one kind (a number, sum, share or tally) in one subject's statements. */
export const AMOUNT_CONTRADICT_OVERLAP = 0.3
/**
 * Names (capitalised concepts) two statements must share for a contradiction across stories at the in-story
 * overlap: the same people, bodies and places make it one subject even when the stories were told apart.
 */
export const SAME_SUBJECT_NAMES = 4
/** The same across two stories: statements of unrelated events must be nearly the same sentence. */
export const CROSS_STORY_CONTRADICT_OVERLAP = 0.65

/** Where two claims come from. */
export interface ClaimContext {
  sameStory: boolean
  copy: boolean
}
/** Dice overlap from which two near-verbatim sentences are checked for a changed claim. */
export const CHANGED_CLAIM_OVERLAP = 0.5
/** Share of the longer sentence's words two sentences must have in order for one to be the other reworded. */
const NEAR_VERBATIM = 0.6
/** Share of the longer quote's words that must survive for two quotes to be one quote altered. */
const ALTERED_QUOTE_LCS = 0.6
/** Words a quote needs before the same words from two people count as a misattribution, not a common phrase. */
const MISATTRIBUTED_MIN_WORDS = 12
/** Quote words compared at most (a quote is a few sentences; longer ones are cut for the diff). */
const MAX_QUOTE_WORDS = 200

/** How many ids two ascending id arrays have in common (a merge, no allocation). */
export function sharedCount(a: readonly number[], b: readonly number[]): number {
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared
}

/** Concept overlap of two statements. */
export function overlap(a: Statement, b: Statement): { shared: number; dice: number } {
  const shared = sharedCount(a.concepts, b.concepts)
  return { shared, dice: (2 * shared) / (a.concepts.length + b.concepts.length || 1) }
}

/**
 * Opposite judgements of the outcome: the concepts only `a` has are on balance good and those only `b` has bad, or
 * the reverse ("vindicated" vs "apologized ... hoax"). Returns one word from each side, or null.
 */
export function opposingEvaluation(a: Statement, b: Statement): [string, string] | null {
  const ids = opposingEvaluationIds(a, b)
  return ids ? [conceptName(ids[0]), conceptName(ids[1])] : null
}

/** `opposingEvaluation` as concept ids. */
function opposingEvaluationIds(a: Statement, b: Statement): [number, number] | null {
  const side = (x: Statement, y: Statement): [number, number] => {
    let sum = 0
    let word = -1
    for (const c of x.concepts) {
      const e = y.concepts.includes(c) ? 0 : evaluationOf(c)
      if (e !== 0 && (word < 0 || Math.sign(e) !== Math.sign(sum))) word = c
      sum += e
    }
    return [sum, word]
  }
  const [sa, wa] = side(a, b)
  const [sb, wb] = side(b, a)
  return sa * sb < 0 ? [wa, wb] : null
}

/** A concept of one side whose opposite is on the other side (and neither has both). */
export function oppositeOutcome(a: Statement, b: Statement): [string, string] | null {
  const ids = oppositeOutcomeIds(a, b)
  return ids ? [conceptName(ids[0]), conceptName(ids[1])] : null
}

/** `oppositeOutcome` as concept ids. */
export function oppositeOutcomeIds(a: Statement, b: Statement): [number, number] | null {
  for (const c of a.concepts) {
    if (b.concepts.includes(c)) continue
    for (const o of oppositesOf(c) ?? []) {
      if (b.concepts.includes(o) && !a.concepts.includes(o)) return [c, o]
    }
  }
  return null
}

/** Relative tolerance of a figure given as exact (rounding: "2.8 million" for 2,803,000). */
const EXACT_TOLERANCE = 0.02
/** Relative tolerance of a figure given as approximate ("about", "an estimated"). */
const ABOUT_TOLERANCE = 0.1

/** The range of values an amount, with its bound, is compatible with. */
function rangeOf(x: Amount): [number, number] {
  const v = Math.abs(x.value)
  switch (x.bound) {
    case 'min':
      return [v, Number.POSITIVE_INFINITY]
    case 'max':
      return [0, v]
    case 'nearly':
      return [v * (1 - ABOUT_TOLERANCE), v]
    case 'about':
      return [v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)]
    case 'range':
      return [v, x.upper ?? v]
    default:
      return [v * (1 - EXACT_TOLERANCE), v * (1 + EXACT_TOLERANCE)]
  }
}

/** True when two amounts can be one figure: their ranges meet. */
export function compatibleAmounts(x: Amount, y: Amount): boolean {
  const [lx, hx] = rangeOf(x)
  const [ly, hy] = rangeOf(y)
  return lx <= hy && ly <= hx
}

/**
 * Amounts of one kind that the two statements give different values for, with no value in common. A statement
 * that gives several values of the kind (a poll's shares for four candidates, two institutes' estimates) is a
 * breakdown: another breakdown or figure of the kind is most often of other parts, so it is not compared.
 */
export function amountConflict(a: Amount[], b: Amount[]): [Amount, Amount] | null {
  for (const x of a) {
    const same = b.filter((y) => y.kind === x.kind)
    if (same.length === 0) continue
    const mine = a.filter((y) => y.kind === x.kind)
    if (mine.some((m) => same.some((y) => compatibleAmounts(m, y)))) continue
    if (distinctValues(mine) > 1 || distinctValues(same) > 1) continue
    return [x, same[0] as Amount]
  }
  return null
}

/** How many different values a list of amounts gives as exact figures (bounded ones are hedges, not parts). */
function distinctValues(amounts: Amount[]): number {
  return new Set(amounts.filter((x) => x.bound === undefined).map((x) => x.value)).size
}

/**
 * True when `negated` denies what `other` states: the negated predicate is one `other` states ("did not *approve*
 * the merger" / "approved the merger"), not another ("the review didn't *change* the number of classified documents"
 * does not deny "emails contained classified information"). A negated pro-form ("this was not *the case*", "not
 * *true*") denies its whole clause, so any shared concept in the negation's scope will do.
 */
export function negatesShared(negated: Statement, other: Statement): boolean {
  if (negated.negatedHeads.some((c) => PRO_CLAIM.has(c))) return sharedCount(negated.negatedScope, other.concepts) > 0
  // Denying the deed ("hasn't given any of his own money") does not deny that it was intended ("originally intended to
  // give away"), unless the denial is itself of an intention ("pledged not to vote" / "pledged to vote").
  const heads =
    negated.negationIntended || other.intendedOnly.length === 0
      ? negated.negatedHeads
      : negated.negatedHeads.filter((c) => !other.intendedOnly.includes(c))
  return sharedCount(heads, other.concepts) > 0
}

/** "Never ... before", "never ... like this": a first time, which the deed now does not contradict. */
const FIRST_TIME = /\bnever\b[^.;:!?]*?\b(?:before|like (?:this|that|it))\b/i
/** A denial from a year on ("hasn't given any money since 2008"): the year. */
const DENIED_SINCE = /(?:\bnot|n't|\bnever|\bno)\b[^.;:!?]*?\bsince\s+((?:19|20)\d\d)\b/i
const YEAR = /\b(?:19|20)\d\d\b/g

/**
 * True when the denial is bounded in time so that the other statement's deed may lie outside it: a first time
 * ("had never been in a debate like this" / "the moderator of the first debate"), or a denial since a year against a
 * deed that names no later year ("hasn't given any of his own money since 2008" / "said he had given millions").
 */
export function boundedDenial(negated: Statement, other: Statement): boolean {
  if (FIRST_TIME.test(negated.text)) return true
  const since = DENIED_SINCE.exec(negated.text)
  if (!since) return false
  const from = Number(since[1])
  for (const m of other.text.matchAll(YEAR)) if (Number(m[0]) > from) return false
  return true
}

/**
 * Whether one of two statements denies what the other asserts: `reversed` when it does, `bounded` when it would but
 * the denial is bounded in time (see `boundedDenial`: neither a reversal nor an agreement), null when it does not.
 */
export function denial(a: Statement, b: Statement): 'reversed' | 'bounded' | null {
  if (a.negated === b.negated) return null
  const negated = a.negated ? a : b
  const other = a.negated ? b : a
  if (!negatesShared(negated, other)) return null
  return boundedDenial(negated, other) ? 'bounded' : 'reversed'
}

/** True when `negated` denies a deed that `other` gives only as intended ("hasn't given" / "intended to give"). */
function deniesIntention(negated: Statement, other: Statement): boolean {
  return !negated.negationIntended && sharedCount(negated.negatedHeads, other.intendedOnly) > 0
}

/**
 * Words that stand for a whole claim after a negation ("that is not the case", "not true", "not so"): English news
 * usage. Held as concept ids of the cross-check's stemmer.
 */
const PRO_CLAIM = new Set(
  ['case', 'true', 'so', 'correct', 'accurate', 'fact', 'truth', 'right'].map((w) => roleOf(w)).filter((c) => c >= 0),
)

/** Longest common subsequence table of two word lists, walked into a word-level difference. */
export function wordDiff(
  a: string[],
  b: string[],
): { common: number; removed: string[]; added: string[]; replaced: Array<[string[], string[]]> } {
  const x = a.slice(0, MAX_QUOTE_WORDS)
  const y = b.slice(0, MAX_QUOTE_WORDS)
  const rows = x.length + 1
  const cols = y.length + 1
  const table = new Uint16Array(rows * cols)
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        x[i] === y[j]
          ? (table[(i + 1) * cols + j + 1] as number) + 1
          : Math.max(table[(i + 1) * cols + j] as number, table[i * cols + j + 1] as number)
    }
  }
  const removed: string[] = []
  const added: string[] = []
  // Runs of words removed and added between the same two kept words: what one side put in place of the other's.
  const replaced: Array<[string[], string[]]> = []
  let gap: [string[], string[]] = [[], []]
  const closeGap = () => {
    if (gap[0].length && gap[1].length) replaced.push(gap)
    gap = [[], []]
  }
  let i = 0
  let j = 0
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      closeGap()
      i++
      j++
    } else if (
      j >= y.length ||
      (i < x.length && (table[(i + 1) * cols + j] as number) >= (table[i * cols + j + 1] as number))
    ) {
      removed.push(x[i] as string)
      gap[0].push(x[i++] as string)
    } else {
      added.push(y[j] as string)
      gap[1].push(y[j++] as string)
    }
  }
  closeGap()
  return { common: table[0] as number, removed, added, replaced }
}

/** Concepts of a run of words (a negation cue is not one: "it wasn't" for "the charity was not" changes no claim). */
function conceptsOf(words: string[]): string[] {
  const out: string[] = []
  for (const w of words) {
    const term = /^\d/.test(w) || roleOf(w) === NEGATION ? null : contentTerm(w)
    if (term) out.push(conceptOf(term))
  }
  return out
}

/** Quotation marks, straight and curly. */
const QUOTED = /["“”]([^"“”]{12,})["“”]/g

/** The words inside quotation marks in a sentence, normalised, or null when it quotes nothing. */
function quotedWords(text: string): string | null {
  const parts = Array.from(text.matchAll(QUOTED), (m) => wordsOf(m[1] as string).join(' '))
  return parts.length ? parts.join(' | ') : null
}

/**
 * A statement's words and quoted words, as `wordsOf` and `quotedWords` give them, remembered for the most recent
 * statements met (a new statement is compared with dozens of earlier ones, and each earlier one with later ones);
 * bounded like the aligned rule's token cache, so the index's statements do not all keep their words.
 */
const WORDS_MEMO = new Map<Statement, { words: string[]; quoted?: string | null }>()
const WORDS_MEMO_CAP = 8192
function memoOf(statement: Statement): { words: string[]; quoted?: string | null } {
  let memo = WORDS_MEMO.get(statement)
  if (!memo) {
    if (WORDS_MEMO.size >= WORDS_MEMO_CAP) WORDS_MEMO.clear()
    memo = { words: wordsOf(statement.text) }
    WORDS_MEMO.set(statement, memo)
  }
  return memo
}

/** The statement's lower-cased words (see `wordsOf`), memoised. Callers must not change the array. */
function statementWords(statement: Statement): string[] {
  return memoOf(statement).words
}

/** The statement's quoted words (see `quotedWords`), memoised. */
function statementQuoted(statement: Statement): string | null {
  const memo = memoOf(statement)
  if (memo.quoted === undefined) memo.quoted = quotedWords(statement.text)
  return memo.quoted
}

/** True when two word lists are the same words. */
function sameWords(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length) return false
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false
  return true
}

/**
 * When `b` is `a` nearly word for word but with content words put in place of others (not synonyms, not only
 * added detail), the replacements as "old -> new"; otherwise null. Two independent reports of one event rarely
 * share a sentence's wording; when they do and a content word differs, the claim was changed on the way.
 */
export function changedWording(a: Statement, b: Statement): string | null {
  // A replacement needs a concept on each side that the other lacks; most aligned pairs fail this cheaply.
  const shared = sharedCount(a.concepts, b.concepts)
  if (shared === a.concepts.length || shared === b.concepts.length) return null
  const lengthRatio = Math.min(a.text.length, b.text.length) / Math.max(a.text.length, b.text.length, 1)
  if (lengthRatio < NEAR_VERBATIM - 0.1) return null
  // The same quoted words with a different attribution ("said after the vote" / "told radio after the session") is
  // one quote reported twice: where and when it was said is not the claim.
  // One side may quote a word more or fewer ("that the \"unsealed filings" / "that \"the unsealed filings").
  const quotedA = statementQuoted(a)
  const quotedB = quotedA ? statementQuoted(b) : null
  if (quotedA && quotedB && (quotedA.includes(quotedB) || quotedB.includes(quotedA))) return null
  const x = statementWords(a)
  const y = statementWords(b)
  const { common, replaced } = wordDiff(x, y)
  if (common / Math.max(x.length, y.length, 1) < NEAR_VERBATIM) return null
  const changes: string[] = []
  for (const [removed, added] of replaced) {
    const before = conceptsOf(removed)
    const after = new Set(conceptsOf(added))
    if (before.length === 0 || after.size === 0) continue
    if (before.some((c) => after.has(c))) continue
    changes.push(`"${removed.join(' ')}" -> "${added.join(' ')}"`)
  }
  return changes.length ? changes.slice(0, 3).join('; ') : null
}

/** Words after a name that are not part of the surname ("Martin Luther King Jr."). */
const NAME_SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** A name's parts as compared: lower case, without accents, suffixes, initials or a possessive. */
function nameParts(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter((w) => w.length > 1 && !NAME_SUFFIX.has(w))
}

/** Surnames of the speaker names met most recently (a name is met in many quote pairs); bounded. */
const SURNAMES = new Map<string, string>()
const SURNAMES_CAP = 4096

/** The surname of a speaker's name: its last part as `nameParts` reads it (memoised). */
function surnameOf(name: string): string {
  let surname = SURNAMES.get(name)
  if (surname === undefined) {
    if (SURNAMES.size >= SURNAMES_CAP) SURNAMES.clear()
    surname = nameParts(name).pop() ?? ''
    SURNAMES.set(name, surname)
  }
  return surname
}

/** True when the two quotes' speakers may be the same person (same entity, same surname, or one unknown). */
export function compatibleSpeakers(a: Statement, b: Statement): boolean {
  const sa = a.quote?.speaker
  const sb = b.quote?.speaker
  if (!sa || !sb) return true
  if (sa.entity && sb.entity && sa.entity === sb.entity) return true
  // Written apart only by case, accents, a suffix or a stray stop ("Jane Doe." / "Jane Doe", "Mark Ellory Jr.").
  return surnameOf(sa.name) === surnameOf(sb.name)
}

/** Words the shorter quote needs before a nearly-same quote from two people is a misattribution, not a phrase. */
const NEAR_MISATTRIBUTED_MIN_WORDS = 10
/** Words a nearly-same quote must keep, at least, and the share of the shorter quote they must cover. */
const NEAR_MISATTRIBUTED_COMMON = 8
const NEAR_MISATTRIBUTED_SHARE = 0.8
/** Share of the shorter quote's concepts a nearly-same quote keeps, at least (a bound: it keeps 0.8 of its words). */
const NEAR_MISATTRIBUTED_CONCEPT_SHARE = 0.5
/** Longest part of the longer quote compared with the shorter one, as a multiple of the shorter one's words. */
const NEAR_WINDOW = 1.25

/** Length of the longest common subsequence of `x` and `y[from, to)` (two rows, no table). */
function lcsLength(x: readonly string[], y: readonly string[], from: number, to: number): number {
  let prev = new Uint16Array(to - from + 1)
  let next = new Uint16Array(to - from + 1)
  for (let i = 0; i < x.length; i++) {
    for (let j = from; j < to; j++) {
      const k = j - from
      next[k + 1] = x[i] === y[j] ? (prev[k] as number) + 1 : Math.max(prev[k + 1] as number, next[k] as number)
    }
    ;[prev, next] = [next, prev]
  }
  return prev[to - from] as number
}

/** How many words two word lists have in common as bags: a bound on their common subsequence, cheaply. */
function bagShared(x: readonly string[], y: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1)
  let shared = 0
  for (const w of y) {
    const n = counts.get(w) ?? 0
    if (n > 0) {
      shared++
      counts.set(w, n - 1)
    }
  }
  return shared
}

/**
 * The part of the `longer` quote's words that best matches the whole `shorter` quote (quote extraction on messy text
 * may give one side text before or after the quote): its bounds and the words the two have in common, when they are
 * nearly the same words (see `NEAR_MISATTRIBUTED_*`); otherwise null.
 */
export function nearQuoteMatch(
  shorter: readonly string[],
  longer: readonly string[],
): { start: number; end: number; common: number } | null {
  const n = Math.min(shorter.length, MAX_QUOTE_WORDS)
  const x = shorter.slice(0, n)
  const y = longer.slice(0, MAX_QUOTE_WORDS)
  const need = Math.max(NEAR_MISATTRIBUTED_COMMON, Math.ceil(NEAR_MISATTRIBUTED_SHARE * n))
  if (n < NEAR_MISATTRIBUTED_MIN_WORDS || bagShared(x, y) < need) return null
  const width = Math.min(y.length, Math.ceil(NEAR_WINDOW * n) + 1)
  let best: { start: number; end: number; common: number } | null = null
  for (let start = 0; start + width <= y.length; start++) {
    const common = lcsLength(x, y, start, start + width)
    if (common >= need && (!best || common > best.common)) best = { start, end: start + width, common }
  }
  return best
}

/** `part` of `words` without the words at its edges that `other` lacks (for the note: what was put in place of what). */
function trimmedPart(words: readonly string[], [start, end]: [number, number], other: readonly string[]): string[] {
  const kept = new Set(other)
  while (start < end && !kept.has(words[start] as string)) start++
  while (end > start && !kept.has(words[end - 1] as string)) end--
  return words.slice(start, end)
}

/**
 * True when the statement's side of a quote puts the other speaker's name beside its own: in its speaker mention
 * ("Ada Linden and Tomas Brell"), in the words around it ("quoting Lincoln", "in a joint statement with Brell"), or in
 * the quote itself up to the end of the words compared ("As Abraham Lincoln said, ...").
 */
function namesOtherSpeaker(s: Statement, other: string, words: readonly string[], end: number): boolean {
  if (!other) return false
  if (s.cited.includes(other)) return true
  const mention = s.quote?.speaker?.mention ?? ''
  if (nameParts(mention).includes(other)) return true
  return words.slice(0, end).some((w) => w.replace(/['’]s$/, '') === other)
}

/** True when the changed words of a nearly-same quote turn it round: a negation, or a word and its opposite. */
function turned(x: readonly string[], y: readonly string[]): boolean {
  const { removed, added } = wordDiff([...x], [...y])
  if ([...removed, ...added].some((w) => roleOf(w) === NEGATION)) return true
  const after = new Set(added.map(roleOf))
  return removed.some((w) => (oppositesOf(roleOf(w)) ?? []).some((o) => after.has(o)))
}

/**
 * The same long quote, or nearly the same one (a few words changed, within the same story), put in two named
 * people's mouths: one report has the speaker wrong. Null when the two may both be right or the reading may be ours:
 * an outlet given as the speaker, a speaker found through a pronoun, one speaker quoting the other or sharing the
 * statement with them (two forms of one name are one speaker already: see `compatibleSpeakers`).
 */
function misattribution(a: Statement, b: Statement, same: boolean, sameStory: boolean): Verdict | null {
  // Most quote pairs of two speakers are different quotes: nearly the same words share most of the shorter one's
  // concepts (a cheap test on the sorted concept ids before any name is read).
  if (!same) {
    if (!sameStory) return null
    const shared = sharedCount(a.concepts, b.concepts)
    if (shared < NEAR_MISATTRIBUTED_CONCEPT_SHARE * Math.min(a.concepts.length, b.concepts.length)) return null
  }
  const sa = a.quote?.speaker?.name ?? ''
  const sb = b.quote?.speaker?.name ?? ''
  if (!isFullName(sa) || !isFullName(sb)) return null
  // An outlet named as the "speaker" reported the quote; its speaker is still the other name.
  if (isNewsOutlet(sa) || isNewsOutlet(sb)) return null
  // A speaker found through a pronoun or a role ("he said", "the governor said") may be the wrong person of the
  // article: our reading, not the report, would have the speaker wrong. Each report must name its speaker.
  const namedInMention = (s: Statement, name: string) =>
    nameParts(s.quote?.speaker?.mention ?? '').includes(surnameOf(name))
  if (!namedInMention(a, sa) || !namedInMention(b, sb)) return null
  const wordsA = statementWords(a)
  const wordsB = statementWords(b)
  let near: string | null = null
  // The part of each side compared: [start, end) of its words.
  let partA: [number, number] = [0, wordsA.length]
  let partB: [number, number] = [0, wordsB.length]
  if (same) {
    if (wordsA.length < MISATTRIBUTED_MIN_WORDS) return null
  } else {
    const aShorter = wordsA.length <= wordsB.length
    const match = aShorter ? nearQuoteMatch(wordsA, wordsB) : nearQuoteMatch(wordsB, wordsA)
    if (!match) return null
    if (aShorter) partB = [match.start, match.end]
    else partA = [match.start, match.end]
    // The whole compared part, its edges too: a negation just before the shared words turns them round.
    if (turned(wordsA.slice(...partA), wordsB.slice(...partB))) return null
    const x = aShorter ? wordsA : trimmedPart(wordsA, partA, wordsB)
    const y = aShorter ? trimmedPart(wordsB, partB, wordsA) : wordsB
    near = wordDiff(x, y)
      .replaced.slice(0, 3)
      .map(([r, d]) => `"${r.join(' ')}" -> "${d.join(' ')}"`)
      .join('; ')
  }
  // "As Lincoln said", a joint statement: the speaker cites the other, or shares the words with them.
  if (namesOtherSpeaker(a, surnameOf(sb), wordsA, partA[1]) || namesOtherSpeaker(b, surnameOf(sa), wordsB, partB[1]))
    return null
  return {
    kind: 'contradicts',
    rule: 'contradicts/speaker',
    note:
      near === null
        ? `the same words attributed to ${sa} and to ${sb}`
        : `nearly the same words attributed to ${sa} and to ${sb}${near ? ` (${near})` : ''}`,
    confidence: near === null ? 0.6 : 0.5,
  }
}

/**
 * Compares two quotes: same words, or the same quote with words changed. Null when they are different quotes.
 * @param copy  `b`'s article copies `a`'s: only a change of meaning is reported (default false)
 * @param sameStory  the two articles are in one story: a nearly-same quote from two people is compared (default false)
 */
export function compareQuotes(a: Statement, b: Statement, copy = false, sameStory = false): Verdict | null {
  // Quotes that differ only in case and punctuation have the same words.
  const same = a.text === b.text || sameWords(statementWords(a), statementWords(b))
  if (!compatibleSpeakers(a, b)) return misattribution(a, b, same, sameStory)
  const wordsA = statementWords(a)
  const wordsB = same ? wordsA : statementWords(b)
  const { common, removed, added } = same ? { common: wordsA.length, removed: [], added: [] } : wordDiff(wordsA, wordsB)
  if (removed.length === 0 && added.length === 0) {
    if (copy) return null
    return { kind: 'same-quote', rule: 'same-quote/normalised', note: 'same words', confidence: 0.95 }
  }
  const longer = Math.max(wordsA.length, wordsB.length)
  const shorter = Math.min(wordsA.length, wordsB.length)
  if (common / longer < ALTERED_QUOTE_LCS && !(common === shorter && shorter >= 6)) return null
  const changes: string[] = []
  if (a.negated !== b.negated) changes.push(a.negated ? 'negation dropped' : 'negation added')
  const amounts = amountConflict(a.amounts, b.amounts)
  if (amounts) changes.push(`amount changed: ${amounts[0].text} -> ${amounts[1].text}`)
  const opposite = oppositeOutcome(a, b)
  if (opposite) changes.push(`opposite words: ${opposite[0]} -> ${opposite[1]}`)
  if (common === shorter && shorter < longer) changes.push(wordsB.length < wordsA.length ? 'truncated' : 'extended')
  const parts = [
    removed.length ? `removed: ${removed.slice(0, 12).join(' ')}` : '',
    added.length ? `added: ${added.slice(0, 12).join(' ')}` : '',
  ].filter(Boolean)
  const meaning = changes.filter((c) => c !== 'extended')
  // In a copy only a change of meaning is news; edited punctuation or a shortened quote is not.
  if (copy && meaning.filter((c) => c !== 'truncated').length === 0) return null
  return {
    kind: 'altered-quote',
    rule:
      meaning.length && !(meaning.length === 1 && meaning[0] === 'truncated')
        ? 'altered-quote/meaning-changed'
        : 'altered-quote/words-changed',
    note: `${parts.join('; ')}${changes.length ? ` (${changes.join(', ')})` : ''}`,
    confidence: Math.min(0.95, common / longer + 0.2),
    meaningChanges: meaning,
  }
}

/**
 * Compares two claims (sentences or quotes of any speakers): agrees when they share most of their concepts with the
 * same polarity and no conflicting amount; contradicts when they share most concepts but one negates what the
 * other asserts, states the opposite outcome, or gives a different amount of the same kind.
 * @param context.sameStory  the two articles are in one story (a contradiction across stories needs more overlap)
 * @param context.copy  `b`'s article is a near-duplicate of `a`'s: only a reversed claim or a changed amount counts
 * @param measured  the concept overlap when the caller has it (default computed)
 */
export function compareClaims(
  a: Statement,
  b: Statement,
  context: ClaimContext,
  measured: { shared: number; dice: number } = overlap(a, b),
): Verdict | null {
  const { sameStory, copy } = context
  const { shared, dice } = measured
  if (shared < MIN_SHARED) return null
  // Who and where agree easily; a contradiction needs the claim words themselves to meet.
  const claimShared = sharedCount(a.plain, b.plain)
  const oppositeIds = oppositeOutcomeIds(a, b)
  // A registered opposite pair among the claim words is one slot both claims fill ("shelved" / "approved"): it
  // counts as a shared claim word.
  const slotShared =
    claimShared + (oppositeIds && a.plain.includes(oppositeIds[0]) && b.plain.includes(oppositeIds[1]) ? 1 : 0)
  const claimed =
    slotShared >= MIN_SHARED_CLAIM_WORDS ||
    (slotShared >= MIN_SHARED_CLAIM_WORDS - 1 &&
      (2 * slotShared) / (a.plain.length + b.plain.length || 1) >= CLOSE_CLAIM_OVERLAP)
  // Across stories, statements about the same named people and places are still about one subject.
  const sameSubject = sameStory || copy || shared - claimShared >= SAME_SUBJECT_NAMES
  const contradictAt = sameSubject ? CONTRADICT_OVERLAP : CROSS_STORY_CONTRADICT_OVERLAP
  // Only a registered opposite pair reverses a claim: sums of good and bad words ("help ... policies" / "cut
  // greenhouse gases", "agreement" / "annexation") fired on consistent reports and found no pair the lexicon missed.
  const opposite = oppositeIds ? ([conceptName(oppositeIds[0]), conceptName(oppositeIds[1])] as const) : null
  // A negation reverses the shared claim only when what it negates is shared: "the leak is contained and there is no
  // risk" does not deny "the leak had been contained".
  // A denial bounded in time (a first time, "not since 2008") neither reverses the deed nor agrees with it.
  const denied = denial(a, b)
  const bounded = denied === 'bounded'
  const flipped = denied === 'reversed'
  // A negation and an opposite word cancel out when the negation covers the opposite word: "did not approve" agrees
  // with "blocked". A negation elsewhere is a second reversal, not a cancelling one ("would open its doors and accept"
  // / "would close its doors and not accept").
  const cancels =
    (a.negated || b.negated) &&
    oppositeIds !== null &&
    (a.negatedScope.includes(oppositeIds[0]) || b.negatedScope.includes(oppositeIds[1]))
  const reversed = !cancels && (flipped || opposite !== null)
  const amounts = amountConflict(a.amounts, b.amounts)
  // Two different values of one kind of amount are a sharper signal than a flipped polarity: less overlap will do.
  const amountAt = sameSubject ? AMOUNT_CONTRADICT_OVERLAP : contradictAt
  if (claimed && ((dice >= contradictAt && reversed) || (dice >= amountAt && amounts))) {
    const reasons: string[] = []
    let rule = 'contradicts/amount'
    if (reversed && opposite && !flipped) {
      rule = 'contradicts/opposite-outcome'
      reasons.push(`"${opposite[0]}" vs "${opposite[1]}"`)
    } else if (reversed) {
      rule = 'contradicts/negation'
      reasons.push(a.negated ? 'the first denies what the second asserts' : 'the second denies what the first asserts')
    }
    if (amounts) reasons.push(`${amounts[0].text} vs ${amounts[1].text}`)
    return { kind: 'contradicts', rule, note: reasons.join('; '), confidence: Math.min(0.9, 0.4 + dice / 2) }
  }
  if (copy) return null
  // "blocked" for "did not approve" is the same claim reworded: the opposite word and the negation cancel.
  const reworded = cancels
  const changed = claimed && !reworded && dice >= CHANGED_CLAIM_OVERLAP && sameStory ? changedWording(a, b) : null
  if (changed) {
    return {
      kind: 'contradicts',
      rule: 'contradicts/changed-claim',
      note: `the same sentence with its claim changed: ${changed}`,
      confidence: 0.5,
    }
  }
  // A denied deed against an intention to do it neither conflicts nor agrees.
  const deedAndIntention = a.negated !== b.negated && deniesIntention(a.negated ? a : b, a.negated ? b : a)
  if (dice >= AGREE_OVERLAP && !reversed && !amounts && !deedAndIntention && !bounded) {
    return {
      kind: 'agrees',
      rule: 'agrees/same-proposition',
      note: `${shared} concepts in common, same polarity`,
      confidence: Math.min(0.9, 0.3 + dice / 2),
    }
  }
  return null
}
