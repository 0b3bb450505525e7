/**
 * Step 5 (a key fact, see `03-key-facts.ts`): the direction a measured thing moved. "Sterling rose on the currency
 * markets" and "the Sterling has once again opened down", or "retail sales bounced back" and "sales continue to
 * plummet", tell the same quantity moving in opposite directions. A movement fact is a word of rising or falling
 * and the thing measured: the content words just before it in its clause (its subject: "sterling", "retail sales")
 * or, for a verb that moves its object ("decrease the investment"), the content words just after.
 *
 * Two reports of one story conflict when they give one measured thing opposite directions, neither report states
 * the other's direction for it anywhere (a report telling both a monthly rise and a quarterly fall is telling more),
 * and the two sentences do not name different periods (March and April, 2016 and 2017). Cheap: a sentence is read
 * only when one of its words is a movement word (a set lookup per word of the sentences of reports in one story).
 */
import { NEGATION, roleOf, CLAUSE_WORDS as STATEMENT_CLAUSE_WORDS } from './01-statements.js'
import { conceptName } from './lexicon.js'

/** Up (+1) or down (-1). */
export type Direction = 1 | -1

/** A measured thing and the direction a sentence gives it. */
export interface MovementFact {
  /** Concepts of the thing measured (the words before an intransitive movement word, or after a transitive one). */
  measured: number[]
  direction: Direction
  /** The movement word(s) as written, for the note. */
  word: string
}

/**
 * Words of rising and falling as news writes them about prices, sales, currencies, shares, investment and counts
 * (general English usage, written forms; irregular forms listed because the stemmer does not meet "rose" and "rise").
 * Intransitive ones: the thing that moved comes before ("sales rose", "the pound slumped").
 */
const RISE_WORDS = `rise rises rising rose risen climb climbs climbing climbed jump jumps jumped surge surges surged
soar soars soaring soared rebound rebounds rebounded rally rallies rallied grew grow grows growing gained`.split(/\s+/)
const FALL_WORDS = `fall falls falling fell fallen drop drops dropped decline declines declining declined slump
slumps slumped plunge plunges plunged plummet plummets plummeting plummeted tumble tumbles tumbled sink sinks sank
sunk slide slides slid shrink shrinks shrank shrunk dip dips dipped contract contracted`.split(/\s+/)
/** Verbs that move their object ("decrease the investment", "boost sales"): the measured thing comes after. */
const RAISE_WORDS = `increase increases increased increasing boost boosts boosted raise raises raised raising
expand expands expanded`.split(/\s+/)
const LOWER_WORDS = `decrease decreases decreased decreasing reduce reduces reduced reducing cut cuts cutting
slash slashes slashed`.split(/\s+/)

/**
 * Words after a verb of putting money or people in that make it a rise of that thing ("will invest another $6
 * billion", "spend a further £5bn", "hire more staff"): the verb is the thing measured.
 */
const MORE_WORDS = new Set(['another', 'more', 'additional', 'extra', 'further'])
/** Verbs whose amount "another"/"more" raises (general news usage about money and jobs). */
const ADDED_VERBS = new Set(
  `invest invests investing invested spend spends spending spent hire hires hiring hired donate donates donating
  donated`.split(/\s+/),
)

/** Words after an intransitive movement word that make a phrase of it ("fall short", "fell through", "drop out"). */
const PHRASE_AFTER = new Set(['short', 'through', 'apart', 'behind', 'out'])

/** Movement word -> [direction, transitive]. */
const MOVEMENT = new Map<string, [Direction, boolean]>([
  ...RISE_WORDS.map((w) => [w, [1, false]] as [string, [Direction, boolean]]),
  ...FALL_WORDS.map((w) => [w, [-1, false]] as [string, [Direction, boolean]]),
  ...RAISE_WORDS.map((w) => [w, [1, true]] as [string, [Direction, boolean]]),
  ...LOWER_WORDS.map((w) => [w, [-1, true]] as [string, [Direction, boolean]]),
])

/**
 * "Up" and "down" state a movement only after a verb of being or of a market's day ("were up by 1.4%", "opened
 * down"); "set up", "step down" and "up to" do not. "Bounced back" is a rise. "Higher" and "lower" are left out: more
 * often a comparison ("rates are higher than you think") than a movement. Compiled once.
 */
const STATE_MOVEMENT =
  /\b(?:is|are|was|were|been|be|opened|closed|ended|finished|traded|trading)\s+(?:(?:once|again|sharply|slightly|significantly|\d+(?:\.\d+)?%?)\s+){0,3}(up|down)\b|\b(bounced|bounces|bouncing|bounce)\s+back\b/gi

/** Words before the movement word searched for the measured thing ("the Sterling has once again opened down": 6). */
const SUBJECT_WINDOW = 6
/** Content words before the movement word taken as the measured thing ("retail sales volumes were up": 3). */
const SUBJECT_WORDS = 3
/** Content words after a transitive movement word read as its object ("decrease the investment in UK": 2). */
const OBJECT_WINDOW = 2
/** Words read between a negation and a movement word it denies ("did not fall", "never really recovered"). */
const NEGATION_WINDOW = 3

/**
 * Words that are not the thing measured even when they stand next to a movement word: attribution, hedges and
 * auxiliaries the stemmer keeps ("said", "continue", "expected"), and time words. General English usage.
 */
const NOT_MEASURED = new Set(
  `say said says told continue continues continued continuing expect expected expects seem seems seemed likely
  report reported reports show shows showed figure figures data news year years month months week weeks quarter
  quarters day days today yesterday time times again once sharply slightly significantly open opened close closed
  end ended trade traded trading`
    .split(/\s+/)
    .map((w) => roleOf(w))
    .filter((c) => c >= 0),
)

/**
 * Words that open a new clause: the thing measured before them is another clause's. The statements' clause
 * conjunctions, with the subordinators and relatives that also end a measured thing here.
 */
const CLAUSE_WORDS = new Set([...STATEMENT_CLAUSE_WORDS, 'when', 'since', 'which', 'that'])
/** Conjunctions after which a movement may leave its subject out ("fell in March and rose in April"). */
const COORDINATORS = new Set(['and', 'but'])
/** Words before a noun: "the rise" is a noun, not a movement of the words before it. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'any', 'no'])

/** Words after which a transitive movement word is a verb ("to cut", "will decrease", "would reduce"). */
const VERB_BEFORE = new Set(['to', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'shall'])

/** Clause ends and words of the sentence, with their offsets. */
const WORD = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*%?|[.;:!?,()\u2013\u2014]/gu

/** Month names and years: the period a movement is about. */
const PERIOD =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b/g

/** Concepts of the movement words (a superset: the synonym groups put "increase" and "gain" with "rise"). */
const MOVEMENT_CONCEPTS = new Set([...MOVEMENT.keys()].map((w) => roleOf(w)).filter((c) => c >= 0))

/** Concepts of the verbs "another" raises, and the words that raise them written after a word. */
const ADDED_CONCEPTS = new Set([...ADDED_VERBS].map((w) => roleOf(w)).filter((c) => c >= 0))
const MORE_AFTER_VERB = /\p{L}\s+(?:another|more|additional|extra|a further)\b/iu

/**
 * True when a sentence may state a movement: the cheap gate before reading facts. One of its concepts is a movement
 * word's, or it writes "up", "down" or "back" (then the pattern decides).
 */
export function hasMovementWord(text: string, concepts: readonly number[]): boolean {
  for (const c of concepts) {
    if (MOVEMENT_CONCEPTS.has(c)) return true
    if (ADDED_CONCEPTS.has(c) && MORE_AFTER_VERB.test(text)) return true
  }
  if (!(text.includes(' up') || text.includes(' down') || text.includes(' back'))) return false
  STATE_MOVEMENT.lastIndex = 0
  return STATE_MOVEMENT.test(text)
}

/** The movement facts of a sentence. */
export function movementFactsOf(text: string): MovementFact[] {
  const out: MovementFact[] = []
  /** Words of the current clause: [lower, concept]. */
  const clause: Array<[string, number]> = []
  const tokens = Array.from(text.matchAll(WORD), (m) => m[0])
  // "were up", "opened down", "bounced back": the state word's offset among the tokens.
  const stated = new Map<number, Direction>()
  STATE_MOVEMENT.lastIndex = 0
  for (const m of text.matchAll(STATE_MOVEMENT)) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase()
    const direction: Direction = word === 'down' ? -1 : 1
    stated.set(m.index + m[0].toLowerCase().lastIndexOf(word), direction)
  }
  const offsets = Array.from(text.matchAll(WORD), (m) => m.index)
  /** The thing the last movement measured: the subject of a coordinated movement that leaves it out. */
  let elided: number[] | null = null
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string
    const lower = token.toLowerCase()
    if (/^[.;:!?,()\u2013\u2014]$/.test(token) || CLAUSE_WORDS.has(lower)) {
      clause.length = 0
      if (!COORDINATORS.has(lower)) elided = null
      continue
    }
    // "spend another £5bn", "invest a further $1bn": a rise of the spending, unless denied ("will not spend more").
    const before = clause.length - (lower === 'further' && clause[clause.length - 1]?.[0] === 'a' ? 2 : 1)
    const previousWord = clause[before]?.[0]
    if (MORE_WORDS.has(lower) && previousWord !== undefined && ADDED_VERBS.has(previousWord)) {
      const negated = clause.slice(-NEGATION_WINDOW - 1).some(([, c]) => c === NEGATION)
      const verb = clause[before]?.[1] ?? -1
      clause.push([lower, -1])
      if (!negated && verb >= 0) out.push({ measured: [verb], direction: 1, word: `${previousWord} ${token}` })
      continue
    }
    const movement = MOVEMENT.get(lower)
    const state = stated.get(offsets[k] as number)
    const direction = movement?.[0] ?? state
    if (direction === undefined) {
      clause.push([lower, /^\d/.test(lower) ? -1 : roleOf(lower)])
      continue
    }
    // "fell short", "fell through", "fell apart", "fell behind": a failure, not a fall.
    if (!movement?.[1] && PHRASE_AFTER.has((tokens[k + 1] ?? '').toLowerCase())) {
      clause.push([lower, -1])
      continue
    }
    // "the rise", "a fall": a noun, whose thing is named elsewhere ("news of the rise"); not read.
    const previous = clause[clause.length - 1]?.[0]
    if (previous !== undefined && DETERMINERS.has(previous)) {
      clause.push([lower, -1])
      continue
    }
    const recent = clause.slice(-SUBJECT_WINDOW)
    const negated = clause.slice(-NEGATION_WINDOW).some(([, c]) => c === NEGATION)
    // A verb that moves its object is read only as a verb: after "to" or a modal ("will decrease", "to cut"), or in
    // the past ("slashed the budget"); "tax cuts", "a tax increase" and "raises capital gains rates" are left alone.
    if (movement?.[1] && !(lower.endsWith('ed') || VERB_BEFORE.has(clause[clause.length - 1]?.[0] ?? ''))) {
      clause.push([lower, -1])
      continue
    }
    let measured: number[]
    if (movement?.[1]) {
      // The object: the next content words in the clause.
      measured = []
      for (let j = k + 1; j < tokens.length && measured.length < OBJECT_WINDOW; j++) {
        const next = (tokens[j] as string).toLowerCase()
        if (/^[.;:!?,()\u2013\u2014]$/.test(next)) break
        const c = roleOf(next)
        if (c >= 0 && !NOT_MEASURED.has(c)) measured.push(c)
      }
    } else
      measured = recent
        .map(([, c]) => c)
        .filter((c) => c >= 0 && !NOT_MEASURED.has(c))
        .slice(-SUBJECT_WORDS)
    clause.push([lower, -1])
    // "fell over the winter but rose in the spring": a movement right after "and"/"but" moves the same thing.
    if (measured.length === 0 && clause.length === 1 && elided) measured = elided
    if (negated || measured.length === 0) continue
    elided = measured
    out.push({ measured, direction, word: /^bounc/i.test(token) ? `${token} back` : token })
  }
  return out
}

/** The periods a sentence names (months, years), lower-cased. */
function periodsOf(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(PERIOD), (m) => m[0].toLowerCase()))
}

/** True when both sentences name a period and share none: two movements of different months or years. */
export function differentPeriods(a: string, b: string): boolean {
  const x = periodsOf(a)
  const y = periodsOf(b)
  if (x.size === 0 || y.size === 0) return false
  for (const p of x) if (y.has(p)) return false
  return true
}

/**
 * The measured thing two movement facts share with opposite directions, or undefined: `f` and `g` give one
 * quantity opposite directions.
 */
export function opposedMovement(f: MovementFact, g: MovementFact): number | undefined {
  if (f.direction === g.direction) return undefined
  // The shared word nearest the movement word: the head of the measured thing ("ferry passenger *numbers* rose").
  return f.measured.findLast((c) => g.measured.includes(c))
}

/**
 * True when the two sentences share a concept besides the measured thing (a market, a place, a body): "rates are
 * higher" and "the unemployment rate would fall" share only "rate" and are about two rates.
 */
export function anchoredMovement(a: readonly number[], b: readonly number[], measured: number): boolean {
  for (const c of a) if (c !== measured && !NOT_MEASURED.has(c) && b.includes(c)) return true
  return false
}

/** True when `facts` give `measured` the direction `direction` somewhere. */
export function statesMovement(facts: readonly MovementFact[], measured: number, direction: Direction): boolean {
  return facts.some((h) => h.direction === direction && h.measured.includes(measured))
}

/** The note of a direction conflict: the measured thing and the two movement words as written. */
export function movementNote(measured: number, f: MovementFact, g: MovementFact): string {
  return `${conceptName(measured)}: "${f.word}" vs "${g.word}"`
}
