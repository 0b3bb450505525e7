/**
 * Step 3: key-fact comparison between two reports of one story. Two tellings of an event rarely share a sentence's
 * wording, so word overlap aligns few of their sentences; what they share are the event's anchors (the people,
 * bodies and places named, the counted things). Each report's key facts (an outcome word, a denial, an amount with
 * its unit, the direction a measured thing moved: see `05-direction.ts`; the age of a named person, across
 * sentences: see `07-person-ages.ts`) are compared with the other report's facts about the same anchors, and a fact
 * is incompatible only when the other report nowhere states it: a report that gives both figures or both outcomes is
 * telling more, not telling otherwise.
 *
 * Runs only within a story and never for copies (the caller decides), so its cost does not grow with the corpus.
 */
import { type Amount, NEGATION, roleOf, type Statement } from './01-statements.js'
import { compatibleAmounts, sharedCount, type Verdict } from './02-compare.js'
import {
  anchoredMovement,
  differentPeriods,
  hasMovementWord,
  type MovementFact,
  movementFactsOf,
  movementNote,
  opposedMovement,
  statesMovement,
} from './05-direction.js'
import { type PersonAge, personAgeConflict, personAgesOf, type SentenceSource } from './07-person-ages.js'
import { conceptId, conceptName, oppositesOf } from './lexicon.js'

/** A claim of a report with the key facts it carries. */
export interface KeyedStatement {
  statement: Statement
  /** Its ages ("age:girl"). */
  ages: Amount[]
  /** Its outcome facts (who did what). */
  facts: OutcomeFact[]
  /** Its stated intentions (ready to act, no plans to act). */
  intents: IntentFact[]
  /** The directions it gives measured things (sales rose, sterling opened down); see `05-direction.ts`. */
  moves: MovementFact[]
  /** Its counts of things ("count:minute"), exact or vague ("a few minutes"). */
  counts: Amount[]
}

/** What one report states, over all its statements: its key facts, and the guard that a conflicting fact is stated
 * nowhere in it. */
export interface ReportFacts {
  article: string
  /** The report's claims that carry a key fact, with their facts. */
  keyed: KeyedStatement[]
  /** Every age the report states. */
  ages: Amount[]
  /** Every outcome fact the report states. */
  facts: OutcomeFact[]
  /** Every stated intention the report gives. */
  intents: IntentFact[]
  /** Every movement fact the report gives. */
  moves: MovementFact[]
  /** Every count of things the report gives (claims only). */
  counts: Amount[]
  /** Concepts the report writes capitalised after a sentence's first word somewhere: its names. */
  names: Set<number>
  /** The ages it ties to named people, across sentences (see `07-person-ages.ts`); empty when it states no age. */
  people: PersonAge[]
}

/** Anchors (shared concepts besides the compared fact) two statements need to be about the same thing. */
export const KEY_FACT_ANCHORS = 3
/** Of those, names (capitalised concepts) needed unless the statements share this many anchors in all. */
export const KEY_FACT_NAMED_ANCHORS = 1
/** Anchors that make two statements about one thing without a shared name. */
export const KEY_FACT_UNNAMED_ANCHORS = 4

/**
 * An outcome fact: a named subject followed closely by an outcome word (one with an opposite in the lexicon), and
 * whether a negation stands between them ("Westinghouse will not file", "Edith Fuller won").
 */
export interface OutcomeFact {
  /** Concepts of the capitalised words just before the outcome word (a name's parts: "edith", "fuller"). */
  subjects: number[]
  outcome: number
  /** Concepts of the words just after the outcome word (what was won, sold, opened). */
  objects: number[]
  negated: boolean
  /** The outcome word as written, for the note. */
  word: string
}

/** Words between a subject and its outcome word, at most ("Toshiba said on Wednesday it would sell"). */
const SUBJECT_WINDOW = 6
/** Content words after the outcome word taken as its object. */
const OBJECT_WINDOW = 4
/** Words of a sentence, with their offsets. */
const WORD = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*|[.;:!?]/gu

/** A word as the fact readers see it: as written, lower-cased, its role (`roleOf`), offset and position (from 1). */
interface ReadWord {
  word: string
  lower: string
  concept: number
  index: number
  position: number
}

/**
 * Walks the words of a sentence for the fact readers: `onBreak` at clause punctuation (where a fact's words stop),
 * `onWord` for every other word with its role and position.
 */
function walkWords(text: string, onBreak: () => void, onWord: (w: ReadWord) => void): void {
  let position = 0
  for (const m of text.matchAll(WORD)) {
    const word = m[0]
    if (/^[.;:!?]$/.test(word)) {
      onBreak()
      continue
    }
    position++
    const lower = word.toLowerCase()
    onWord({ word, lower, concept: roleOf(lower), index: m.index, position })
  }
}

/** The outcome facts of a sentence. */
export function outcomeFactsOf(text: string): OutcomeFact[] {
  const out: OutcomeFact[] = []
  /** Recent capitalised words: [concept, word position]. */
  const names: Array<[number, number]> = []
  let lastNegation = -100
  /** Facts still collecting their object words, with the outcome word's position. */
  const pending: Array<[OutcomeFact, number]> = []
  walkWords(
    text,
    () => {
      // A new sentence or clause: its subject is named anew.
      names.length = 0
      pending.length = 0
      lastNegation = -100
    },
    ({ word, lower, concept, position }) => {
      if (concept === NEGATION) {
        lastNegation = position
        return
      }
      if (concept < 0) return
      for (const [fact, at] of pending) if (position - at <= OBJECT_WINDOW) fact.objects.push(concept)
      if (word !== lower) {
        names.push([concept, position])
        return
      }
      if (oppositesOf(concept) === undefined) return
      const subjects = names.filter(([, at]) => position - at <= SUBJECT_WINDOW).map(([c]) => c)
      if (subjects.length === 0) return
      const firstSubject = Math.min(...names.filter(([, at]) => position - at <= SUBJECT_WINDOW).map(([, at]) => at))
      out.push({ subjects, outcome: concept, objects: [], negated: lastNegation > firstSubject, word })
      pending.push([out[out.length - 1] as OutcomeFact, position])
    },
  )
  return out
}

/**
 * A stated intention: a word of readiness, plan or support followed by the action it is about, and the names the
 * action is aimed at ("allies are prepared to *repel* an invasion of eastern *Ukraine*", "the alliance has no plans
 * to *deploy* forces in *Ukraine*", "does not support *sending* troops to fight in *Ukraine*").
 */
export interface IntentFact {
  /** The concept of the action (through the synonym groups: "send", "deploy" and "intervene" are one). */
  action: number
  /** Concepts of the capitalised words the action is aimed at, within its clause. */
  targets: number[]
  /** Those words as written, in the same order. */
  targetWords: string[]
  /** A negation stands just before the intention word ("no plans", "does not support", "not ready"). */
  negated: boolean
  /** The words from the negation or intention word to the action, as written ("does not support sending"). */
  words: string
}

/**
 * Words that state an intention towards an action: readiness, plans, promises and support (general English usage;
 * "will" alone is not one, it is too common to mark a stance).
 */
const INTENT_WORDS = new Set(
  [
    'ready',
    'prepared',
    'plan',
    'plans',
    'intend',
    'intention',
    'vow',
    'vowed',
    'pledge',
    'pledged',
    'promise',
    'promised',
    'support',
    'supports',
    'want',
    'wants',
    'committed',
    'determined',
    'poised',
  ].map((w) => roleOf(w)),
)
/** Shared by every sentence without a stated intention. */
const NO_INTENTS: IntentFact[] = []
/** Shared by every sentence without a count of things. */
const NO_COUNTS: Amount[] = []
/** Shared by every sentence without a movement word. */
const NO_MOVES: MovementFact[] = []

/** Words between a negation and the intention word it negates, at most ("does not *support*", "has no *plans*"). */
const INTENT_NEGATION_WINDOW = 3
/** Words between the intention word and its action, at most ("prepared to repel", "no plans at all to deploy"). */
const INTENT_ACTION_WINDOW = 3
/** Content words after the action searched for its target ("sending troops to fight in Ukraine"). */
const INTENT_TARGET_WINDOW = 5

/** The stated intentions of a sentence. */
export function intentFactsOf(text: string): IntentFact[] {
  const out: IntentFact[] = []
  let lastNegation = -100
  let negationAt = 0
  /** The intention word waiting for its action: [position, negated, offset where its words start]. */
  let intent: [number, boolean, number] | null = null
  /** The fact collecting its targets, with the number of content words read after its action. */
  let open: [IntentFact, number] | null = null
  walkWords(
    text,
    () => {
      lastNegation = -100
      intent = null
      open = null
    },
    ({ word, lower, concept, index, position }) => {
      if (concept === NEGATION) {
        lastNegation = position
        negationAt = index
        return
      }
      if (concept < 0) {
        if (intent && position - intent[0] > INTENT_ACTION_WINDOW) intent = null
        return
      }
      if (open) {
        if (word !== lower) {
          open[0].targets.push(concept)
          open[0].targetWords.push(word)
        }
        if (++open[1] >= INTENT_TARGET_WINDOW) open = null
      }
      if (intent && position - intent[0] <= INTENT_ACTION_WINDOW && !INTENT_WORDS.has(concept) && word === lower) {
        const words = text.slice(intent[2], index + word.length)
        const fact: IntentFact = { action: concept, targets: [], targetWords: [], negated: intent[1], words }
        out.push(fact)
        open = [fact, 0]
        intent = null
        return
      }
      if (INTENT_WORDS.has(concept) && word === lower) {
        const negated = position - lastNegation <= INTENT_NEGATION_WINDOW
        intent = [position, negated, negated ? negationAt : index]
      }
    },
  )
  return out.filter((f) => f.targets.length > 0)
}

/** True when fact `h` states what fact `g` states about `subject` (same outcome, same polarity). */
function agreesWith(h: OutcomeFact, g: OutcomeFact, subject: number): boolean {
  return h.subjects.includes(subject) && h.outcome === g.outcome && h.negated === g.negated
}

/**
 * The key facts of an article's statements, computed once per report. `sentences` are all the report's sentences
 * (the article's), for the ages of people told apart from their names; without them its claims stand for them.
 */
export function reportFactsOf(
  article: string,
  statements: readonly Statement[],
  sentences?: SentenceSource,
): ReportFacts {
  const keyed: KeyedStatement[] = []
  const ages: Amount[] = []
  const facts: OutcomeFact[] = []
  const intents: IntentFact[] = []
  const moves: MovementFact[] = []
  const counts: Amount[] = []
  const names = new Set<number>()
  for (const statement of statements) {
    for (const c of namesOf(statement)) names.add(c)
    const own = statement.amounts.filter(isAge)
    ages.push(...own)
    if (statement.quote !== null) continue
    const found = statement.concepts.some((c) => oppositesOf(c) !== undefined) ? outcomeFactsOf(statement.text) : []
    facts.push(...found)
    // Most sentences state no intention: the word scan runs only when one of their concepts is an intention word.
    const stated = statement.concepts.some((c) => INTENT_WORDS.has(c)) ? intentFactsOf(statement.text) : NO_INTENTS
    intents.push(...stated)
    // Most sentences move nothing: the fact reader runs only after the movement-word gate.
    const moved = hasMovementWord(statement.text, statement.concepts) ? movementFactsOf(statement.text) : NO_MOVES
    moves.push(...moved)
    const counted = statement.amounts.length > 0 ? statement.amounts.filter(isCount) : NO_COUNTS
    counts.push(...counted)
    if (own.length > 0 || found.length > 0 || stated.length > 0 || moved.length > 0 || counted.length > 0)
      keyed.push({ statement, ages: own, facts: found, intents: stated, moves: moved, counts: counted })
  }
  // Most reports state no age of anyone: `personAgesOf` reads names only in a report with an age next to a name.
  const people = personAgesOf(
    sentences && sentences.length > 0
      ? sentences
      : statements.filter((s) => s.quote === null).map((s) => ({ span: s.span, text: s.text })),
  )
  return { article, keyed, ages, facts, intents, moves, counts, names, people }
}

/**
 * The age of one named person told differently by two reports across their sentences (see `07-person-ages.ts`):
 * the two sentences and the verdict, or null.
 */
export function comparePersonAges(
  reportA: ReportFacts,
  reportB: ReportFacts,
): { from: PersonAge; to: PersonAge; verdict: Verdict } | null {
  if (reportA.people.length === 0 || reportB.people.length === 0) return null
  const agesOf = (r: ReportFacts) => new Set([...r.ages.map((m) => m.value), ...r.people.map((p) => p.value)])
  const found = personAgeConflict(reportA.people, reportB.people, agesOf(reportA), agesOf(reportB))
  if (!found) return null
  const [x, y] = found
  const name = x.name.length >= y.name.length ? x.name : y.name
  return {
    from: x,
    to: y,
    verdict: {
      kind: 'contradicts',
      rule: 'contradicts/key-fact-person-age',
      note: `${name}: ${x.text} vs ${y.text}`,
      confidence: 0.55,
    },
  }
}

/** The names of a statement: its concepts that are not claim words (capitalised after the first word). */
function namesOf(s: Statement): number[] {
  if (s.plain.length === s.concepts.length) return []
  return s.concepts.filter((c) => !s.plain.includes(c))
}

/** True when the statements share enough anchors besides the concepts in `besides`. */
function anchored(a: Statement, b: Statement, besides: readonly number[]): boolean {
  let shared = 0
  for (const c of a.concepts) if (!besides.includes(c) && b.concepts.includes(c)) shared++
  if (shared < KEY_FACT_ANCHORS) return false
  if (shared >= KEY_FACT_UNNAMED_ANCHORS) return true
  const names = namesOf(a).filter((c) => !besides.includes(c))
  return sharedCount(names, namesOf(b)) >= KEY_FACT_NAMED_ANCHORS
}

/** Words either side of an amount whose concepts belong to it ("Lahren, a 24-year-old"). */
const AGE_WINDOW = 5

/** Concepts of the words within `window` words of the first occurrence of `amount` in a sentence. */
function conceptsNear(text: string, amount: string, window = AGE_WINDOW): number[] {
  const at = text.indexOf(amount)
  if (at < 0) return []
  const words = Array.from(text.matchAll(WORD), (m) => [m.index, m[0]] as const).filter(([, w]) => !/^[.;:!?]$/.test(w))
  const index = words.findIndex(([start, w]) => start + w.length > at)
  const out: number[] = []
  for (const [, w] of words.slice(Math.max(0, index - window), index + window + 1)) {
    const concept = roleOf(w.toLowerCase())
    if (concept >= 0) out.push(concept)
  }
  return out
}

/** True for a count of things with its unit ("count:minute"; not a bare "count"). */
function isCount(amount: Amount): boolean {
  return amount.kind.startsWith('count:') && amount.kind.length > 6
}

/** Words either side of a vague quantity or the figure it is compared with whose concepts belong to it. */
const COUNT_WINDOW = 8

/**
 * A vague quantity against a figure of the same counted thing outside its range ("lasted a few minutes" / "lasted
 * about 75 minutes"): the words around the two share a concept besides the unit, the statements share anchors, and
 * neither report gives a figure of that thing that the other's fits. The pair, or null.
 */
function vagueCountConflict(
  keyedA: KeyedStatement,
  keyedB: KeyedStatement,
  reportA: ReportFacts,
  reportB: ReportFacts,
) {
  for (const x of keyedA.counts)
    for (const y of keyedB.counts) {
      if (x.kind !== y.kind || (x.bound === 'range') === (y.bound === 'range') || compatibleAmounts(x, y)) continue
      if (reportB.counts.some((m) => m.kind === x.kind && compatibleAmounts(m, x))) continue
      if (reportA.counts.some((m) => m.kind === y.kind && compatibleAmounts(m, y))) continue
      const unit = conceptId(x.kind.split(':')[1] as string)
      const a = keyedA.statement
      const b = keyedB.statement
      // Anchors: the statements share a few concepts besides the unit, one of them next to both amounts.
      const both = a.concepts.includes(unit) && b.concepts.includes(unit) ? 1 : 0
      if (sharedCount(a.concepts, b.concepts) - both < KEY_FACT_ANCHORS) continue
      const nearB = conceptsNear(b.text, y.text, COUNT_WINDOW)
      if (!conceptsNear(a.text, x.text, COUNT_WINDOW).some((c) => c !== unit && nearB.includes(c))) continue
      return [x, y] as const
    }
  return null
}

/** True for an age ("age:girl", or "age:" when the words after it name no one). */
function isAge(amount: Amount): boolean {
  return amount.kind.startsWith('age:')
}

/**
 * Compares the key facts of two statements from two reports of one story. Returns a contradiction when `b` states,
 * about the same anchors, another figure for what `a` counts, or the same named subject with the opposite outcome
 * (or the same outcome denied), and neither report states the other's version anywhere; otherwise null.
 */
export function compareKeyFacts(
  keyedA: KeyedStatement,
  keyedB: KeyedStatement,
  reportA: ReportFacts,
  reportB: ReportFacts,
): Verdict | null {
  const a = keyedA.statement
  const b = keyedB.statement
  // The age of one person: the same kind of person ("a 5-year-old girl" / "4 year old girl"), however differently
  // the two sentences run, or the only age in two sentences naming the same person ("Lahren, a 24-year-old" /
  // "Lahren, a young (25-year-old) woman"). (Other amounts need aligned sentences, see `compareClaims`: on consistent
  // reports, sums and shares anchored only by names are too often of different things.)
  const agesA = keyedA.ages
  const agesB = keyedB.ages
  // A sentence may open with the name ("Lahren, a 24-year-old, ..."): a name is what either report capitalises inside
  // a sentence somewhere.
  let onlyAges = false
  if (agesA.length === 1 && agesB.length === 1) {
    const nearB = conceptsNear(b.text, (agesB[0] as Amount).text)
    onlyAges = conceptsNear(a.text, (agesA[0] as Amount).text).some(
      (c) => nearB.includes(c) && (reportA.names.has(c) || reportB.names.has(c)),
    )
  }
  for (const x of agesA)
    for (const y of agesB) {
      if (x.value === y.value || !(onlyAges || (y.kind === x.kind && x.kind !== 'age:'))) continue
      if (reportB.ages.some((m) => m.value === x.value) || reportA.ages.some((m) => m.value === y.value)) continue
      return {
        kind: 'contradicts',
        rule: 'contradicts/key-fact-age',
        note: `${x.text} vs ${y.text}`,
        confidence: 0.6,
      }
    }
  // A vague quantity against a figure outside its range, of the same counted thing.
  const counts = vagueCountConflict(keyedA, keyedB, reportA, reportB)
  if (counts)
    return {
      kind: 'contradicts',
      rule: 'contradicts/key-fact-vague-count',
      note: `${counts[0].text} vs ${counts[1].text} (${counts[0].kind.slice(6)})`,
      confidence: 0.5,
    }
  // Who did what: the same named subject and object with the opposite outcome, or the same outcome denied.
  for (const f of keyedA.facts)
    for (const g of keyedB.facts) {
      const subject = f.subjects.find((c) => g.subjects.includes(c))
      if (subject === undefined || !f.objects.some((c) => g.objects.includes(c))) continue
      if (!anchored(a, b, [f.outcome, g.outcome])) continue
      const opposite = oppositesOf(f.outcome)?.includes(g.outcome) === true
      if (!(opposite ? f.negated === g.negated : f.outcome === g.outcome && f.negated !== g.negated)) continue
      // Either report telling the other's version about this subject too is telling both, not the opposite.
      if (reportA.facts.some((h) => agreesWith(h, g, subject)) || reportB.facts.some((h) => agreesWith(h, f, subject)))
        continue
      return {
        kind: 'contradicts',
        rule: 'contradicts/key-fact-outcome',
        note: `${conceptName(subject)}: ${f.negated ? 'not ' : ''}"${f.word}" vs ${g.negated ? 'not ' : ''}"${g.word}"`,
        confidence: 0.6,
      }
    }
  // Stated intentions: ready to take an action against no plans to, aimed at the same named target.
  for (const f of keyedA.intents)
    for (const g of keyedB.intents) {
      if (f.action !== g.action || f.negated === g.negated) continue
      const at = f.targets.findIndex((c) => g.targets.includes(c))
      const target = f.targets[at]
      if (target === undefined) continue
      // Either report stating the other's stance towards this target too is telling both, not the opposite.
      const states = (h: IntentFact, x: IntentFact) =>
        h.action === x.action && h.negated === x.negated && h.targets.includes(target)
      if (reportA.intents.some((h) => states(h, g)) || reportB.intents.some((h) => states(h, f))) continue
      return {
        kind: 'contradicts',
        rule: 'contradicts/key-fact-intent',
        note: `${f.targetWords[at]}: "${f.words}" vs "${g.words}"`,
        confidence: 0.6,
      }
    }
  // The same measured thing moved in opposite directions (sales rose / sales plummeted), in the same period.
  for (const f of keyedA.moves)
    for (const g of keyedB.moves) {
      const measured = opposedMovement(f, g)
      if (measured === undefined || !anchoredMovement(a.concepts, b.concepts, measured)) continue
      if (differentPeriods(a.text, b.text)) continue
      // Either report giving the other's direction for this thing too is telling both (a monthly rise, a quarterly
      // fall), not the opposite.
      if (statesMovement(reportA.moves, measured, g.direction) || statesMovement(reportB.moves, measured, f.direction))
        continue
      return {
        kind: 'contradicts',
        rule: 'contradicts/key-fact-direction',
        note: movementNote(measured, f, g),
        confidence: 0.55,
      }
    }
  return null
}
