/**
 * Step 7 (a key fact, see `03-key-facts.ts`): the age of a named person, across sentences. Reports often give a
 * person's age apart from the sentence that names them ("Dana Ruiz is one of them. ... The 22-year-old is months away
 * from graduating."), or in a sentence that shares nothing else with the other report's ("Dana Ruiz, a 20 year old
 * fan from Ohio"). Each report's ages are tied to the people they are stated of, and two reports of one story that
 * tie the same person to different ages (each to one age only, and neither stating the other's figure anywhere)
 * contradict each other.
 *
 * A person is tied to an age by the words next to the name (general English usage):
 * - an appositive: "Ruiz, 22,", "Ruiz (22)", "Ruiz, aged 22,", "Ruiz, a 22-year-old student";
 * - a copula: "Ruiz is 22.", "Ruiz is a 22-year-old", "Ruiz, who is 22,";
 * - a modifier before the name: "22-year-old Dana Ruiz", "a 5-year-old girl, Maria Lopez" (without the comma);
 * - or, across sentences, a sentence whose subject is "The 22-year-old" (or "the 22-year-old <person noun>"): it
 *   refers to the person most recently named as a sentence subject in the three sentences before, when that person
 *   is the only one named there.
 * An age told of the past ("who was 19 when she joined", "at the time", "in 2010") ties nothing, nor does an age of
 * a thing ("a 10-year-old company", "the 50-year-old law").
 */
import { HONORIFICS, NOT_NAME_WORDS, ORGANISATION_WORDS, PLACE_WORDS, ROLE_WORDS } from '../language/lexicon.js'
import type { Span } from '../model/index.js'

/** An age a report ties to a named person. */
export interface PersonAge {
  /** The person's name, the fullest the report gives ("Dana Ruiz" for a later "Ruiz"). */
  name: string
  /** The words of the name before the surname, lower-cased, initials left out (none for a surname alone). */
  given: string[]
  /** The last word of the name (the surname), lower-cased. */
  last: string
  value: number
  /** The age as written ("22-year-old", "20 year old", "22"). */
  text: string
  /** The sentence that states the age. */
  span: Span
  sentence: string
}

/** The sentences of a report in order, with their spans (the article's, or its claims when that is all there is). */
export type SentenceSource = ReadonlyArray<{ span: Span; text: string }>

/** Sentences before a "The 22-year-old ..." sentence searched for the person it refers to. */
const REFERENCE_WINDOW = 3
/** Words a name has at most ("Ursula von der Leyen" is four). */
const MAX_NAME_WORDS = 4
/** Ages above this are no person's. */
const MAX_AGE = 120

/** "22-year-old", "22 year old", "22-years-old": the number is group 1. */
const YEAR_OLD = String.raw`(\d{1,3})(?:\s?-\s?|\s)years?(?:\s?-\s?|\s)old\b`

/**
 * A run of capitalised words and initials, with name particles ("Morgan O. John", "Ursula von der Leyen"). Unlike
 * the mentions stage's runs it does not join names with "of" or "and" ("Ruiz and Lopez" are two people).
 */
const NAME_RUN =
  /(?<![\p{L}\p{N}'’-])(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)(?:[ \t]+(?:(?:de|da|del|van|von|der|bin|al|la|le)[ \t]+)*(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*))*/gu

/**
 * After a name: ", 22," / ", aged 22." / ", now 22," / ", 22 years old," — the age alone as an appositive (not ", 27 and
 * 29": two ages, and which is whose is told elsewhere).
 */
const BARE_AGE_AFTER =
  /^\s*,\s*(?:aged\s+|now\s+)?(\d{1,3})(?:(?:\s?-\s?|\s)years?(?:\s?-\s?|\s)old)?\s*(?:[,;.)]|$|\s+and\b(?!\s+\d))/
/** After a name: " (22)". */
const PAREN_AGE_AFTER = /^\s*\((\d{1,3})\)/
/** After a name: ", a 22-year-old ...", ", the 22-year-old ..."; group 2 is what follows. */
const APPOSITIVE_AGE_AFTER = new RegExp(String.raw`^\s*,\s*(?:a|an|the)\s+${YEAR_OLD}(.{0,60})`)
/** After a name: " is 22.", " is a 22-year-old ...", ", who is 22,"; group 2 is what follows a "year-old". */
const COPULA_AGE_AFTER = new RegExp(
  String.raw`^(?:\s+|\s*,\s*who\s+)is\s+(?:now\s+|only\s+|just\s+)?(?:(?:a|an)\s+)?(?:${YEAR_OLD}(.{0,60})|(\d{1,3})(?:\s+years\s+old)?\s*(?:[,;.)]|$|\s+and\b))`,
)
/** Before a name: "22-year-old ", "the 5-year-old girl "; group 2 holds the words between (at most two). */
const MODIFIER_AGE_BEFORE = new RegExp(String.raw`${YEAR_OLD}\s+((?:[\p{Ll}-]+\s+){0,2})$`, 'u')
/** A sentence whose subject is "The 22-year-old"; group 2 is what follows. */
const SUBJECT_AGE = new RegExp(
  String.raw`^\s*(?:(?:But|And|Now|Still|Today|Meanwhile)\s*,?\s+the|The)\s+${YEAR_OLD}(.{0,60})`,
)
/** A sentence that may tie an age to a name (cheap test before the names are read). */
const AGE_HINT = /\d\s?-?\s?years?[-\s]old|\(\d{1,3}\)|,\s*(?:aged\s+|now\s+)?\d{1,3}\b|\bis\s+(?:a\s+|an\s+)?\d{1,3}\b/
/** An age told of the past, not of the person now ("who was 19 when she joined", "in 2010"). */
const PAST_AGE = /\b(?:when|then|at the time|back in|at age|as an? \d|in (?:19|20)\d\d)\b/i
/** A sentence about polls or scores, where "Clinton, 46," is a share, not an age. */
const TALLY_WORDS = /%|\b(?:percent|per cent|points?|polls?|polling|votes?|seats?|score[sd]?|scoring|goals?)\b/i

/**
 * Nouns of people an age describes ("a 22-year-old student", "the 64-year-old oilman"): common English usage. Words
 * ending in "-man", "-woman", "-ist" or "-ian" are people too ("chairman", "pianist", "musician").
 */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `man men woman women boy boys girl girls child children kid kids baby toddler teen teens teenager teenagers youth
  adult person people student students pupil fan fans superfan female male mother father mom mum dad parent son
  daughter wife husband brother sister sibling twin twins grandmother grandfather grandson granddaughter aunt uncle
  niece nephew cousin friend boyfriend girlfriend fiance fiancee partner widow widower suspect victim driver passenger
  pedestrian shooter attacker officer soldier veteran worker employee nurse doctor teacher actor actress singer rapper
  star player athlete swimmer runner boxer model entrepreneur executive founder owner resident native immigrant
  refugee migrant graduate undergraduate senior junior freshman sophomore mayor senator lawmaker candidate leader
  president minister director manager coach captain champion winner contestant volunteer activist protester
  supremacist inmate prisoner defendant patient survivor hero mom-of-two father-of-two mother-of-two`.split(/\s+/),
)
/** Nouns of things an age may describe ("a 10-year-old company", "the 50-year-old law"): common English usage. */
const THING_NOUNS: ReadonlySet<string> = new Set(
  `company firm business brand law rule policy treaty building house home bridge tree car tradition festival event
  show series case record program programme institution organization organisation school church restaurant store
  shop newspaper magazine website network franchise project plan idea system machine ship plane vehicle file report
  photo picture video song film movie book war conflict feud rivalry dispute relationship marriage friendship career
  partnership band team club league`.split(/\s+/),
)
/**
 * One person brought into a sentence by a noun ("her son", "a friend", "the driver"), not a person already named
 * described by a copula or an appositive ("she is a student", "Dana Ruiz, a student,"): the person a later "The
 * 10-year-old" refers to may be them.
 */
const OTHER_PERSON = new RegExp(
  String.raw`(?<!(?:\b(?:is|was)|['’]s|\p{Lu}[\p{L}'’.-]*,)\s+)\b(?:his|her|their|whose|a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:${[
    ...PERSON_NOUNS,
  ]
    .filter((w) => !/s$|^(?:men|women|children|people)$/.test(w))
    .join('|')})\b`,
  'u',
)

/**
 * Words after "The 22-year-old" that show it is the subject, not an adjective ("The 22-year-old is", "has been",
 * "told", "who"): auxiliaries, common verbs of news and function words. Words ending in "-ed" or "-ly" count too.
 */
const SUBJECT_FOLLOWERS: ReadonlySet<string> = new Set(
  `is was has had have will would can could may might must should shall did does do said says told tells went goes
  got gets made makes took takes came comes began begins brought won lost left ran saw became becomes spent spends
  faces faced lives works plays wants hopes plans needs knows thinks feels says told who whom whose that which from of
  in at on to for with by and or but as also now still then last known`.split(/\s+/),
)

/** Nouns that end in "-ly" like an adverb ("family", "rally"): common English words. */
const NOT_ADVERBS: ReadonlySet<string> = new Set(['family', 'rally', 'ally', 'supply', 'assembly', 'belly', 'reply'])

/** A word that goes on a sentence after its subject: a common verb or function word, "-ed" or an adverb in "-ly". */
function followsSubject(word: string, thirdPerson = false): boolean {
  if (SUBJECT_FOLLOWERS.has(word) || word.endsWith('ed')) return true
  if (word.endsWith('ly')) return !NOT_ADVERBS.has(word)
  return thirdPerson && word.endsWith('s')
}

/** A capitalised run read as a name: its words (titles and sentence words removed), where it is, possessive or not. */
interface NameRun {
  words: string[]
  start: number
  end: number
  possessive: boolean
  /** The run starts the sentence (after sentence words and titles: "But", "Senator"). */
  opening: boolean
}

const lower = (w: string): string => w.toLowerCase()
/** A word as a plain lower-case word: possessive and contractions off ("She's" → "she"). */
const bare = (w: string): string => lower(w).replace(/['’](?:s|d|ll|re|ve|m)$/, '')
/** An initial ("O.", "J"), which no name is told by. */
const isInitial = (w: string): boolean => /^\p{Lu}\.?$/u.test(w)

/** True for a word naming a kind of person. */
function isPersonNoun(word: string): boolean {
  const w = bare(word).replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
  return PERSON_NOUNS.has(w) || /(?:man|woman|men|women|ist|ian|ists|ians)$/.test(w)
}

/** The names in a sentence: capitalised runs that may be people (not organisations or places). */
function namesIn(sentence: string): NameRun[] {
  const out: NameRun[] = []
  const lead = sentence.search(/\S/)
  for (const m of sentence.matchAll(NAME_RUN)) {
    const all = m[0].split(/[ \t]+/)
    let skip = 0
    while (
      skip < all.length &&
      (NOT_NAME_WORDS.has(bare(all[skip] as string)) ||
        HONORIFICS.has(all[skip] as string) ||
        ROLE_WORDS.has(lower(all[skip] as string)))
    )
      skip++
    const words = all.slice(skip)
    if (words.length === 0 || words.every(isInitial)) continue
    const lastWord = words[words.length - 1] as string
    const possessive = /['’]s?$/.test(lastWord)
    if (possessive) words[words.length - 1] = lastWord.replace(/['’]s?$/, '')
    const named = words.filter((w) => !isInitial(w))
    if (
      named.length > MAX_NAME_WORDS ||
      PLACE_WORDS.has(lower(words.join(' '))) ||
      named.some((w) => ORGANISATION_WORDS.has(lower(w)) || PLACE_WORDS.has(lower(w)) || /^\p{Lu}{2,}$/u.test(w))
    )
      continue
    const prefix = all.slice(0, skip).join(' ')
    const start = m.index + (skip > 0 ? m[0].indexOf(words[0] as string, prefix.length) : 0)
    out.push({
      words,
      start,
      end: m.index + m[0].length,
      possessive,
      opening: m.index <= lead + 1,
    })
  }
  return out
}

/** A person as a report names them: the fullest name, the given names and the surname. */
type Person = Pick<PersonAge, 'name' | 'given' | 'last'>

/** A name's person: given names and surname lower-cased, initials left out. */
function personOf(words: readonly string[]): Person {
  const named = words.filter((w) => !isInitial(w)).map(lower)
  return { name: words.join(' '), given: named.slice(0, -1), last: named[named.length - 1] as string }
}

/**
 * True when two names can be one person: the same surname, and a given name in common when both give one ("Dana
 * Ruiz" and "Ruiz", "Organiser Dana Ruiz" and "Dana Ruiz"; not "Dana Ruiz" and "Maria Ruiz").
 */
export function samePerson(a: Pick<Person, 'given' | 'last'>, b: Pick<Person, 'given' | 'last'>): boolean {
  return a.last === b.last && (a.given.length === 0 || b.given.length === 0 || a.given.some((w) => b.given.includes(w)))
}

/**
 * True when the words after an age describe a person or stand for one ("the 22-year-old is", "the 22-year-old
 * student", "the 64-year-old Texas oilman"), false for a thing ("the 50-year-old law") or words it cannot tell.
 */
function describesPerson(after: string): boolean {
  if (/^['’]s\b/.test(after)) return true
  const tokens = Array.from(after.matchAll(/[\p{L}'’-]+|[^\s\p{L}]/gu), (m) => m[0])
  const first = tokens[0]
  if (first === undefined || /^[,;:.!?)\u2013\u2014-]$/.test(first)) return true
  // "The 22-year-old lives ...", but not "the 50-year-old laws".
  if (/^\p{Ll}/u.test(first) && followsSubject(first, !THING_NOUNS.has(first.replace(/s$/, '')))) return true
  for (const word of tokens.slice(0, 3)) {
    if (!/^\p{L}/u.test(word)) return false
    if (isPersonNoun(word)) return true
    if (SUBJECT_FOLLOWERS.has(word) || THING_NOUNS.has(bare(word))) return false
  }
  return false
}

/** False when the words after an appositive age name a thing ("Acme, a 10-year-old company"). */
function appositiveOfPerson(after: string): boolean {
  if (/^['’]s\b/.test(after)) return false
  const words = Array.from(after.matchAll(/[\p{L}'’-]+|[^\s\p{L}]/gu), (m) => m[0]).slice(0, 3)
  for (const word of words) {
    if (!/^\p{L}/u.test(word)) return true
    if (isPersonNoun(word)) return true
    if (THING_NOUNS.has(bare(word))) return false
  }
  return true
}

/** The words right after a name continue a sentence about that person, not a longer name ("Ruiz family"). */
function nameEndsPhrase(after: string): boolean {
  const next = /^\s*([\p{L}'’-]+|\S)?/u.exec(after)?.[1]
  if (next === undefined || !/^\p{L}/u.test(next)) return true
  return /^\p{Ll}/u.test(next) && followsSubject(next, true)
}

/** The ages a report ties to named people, in the order it states them. */
export function personAgesOf(source: SentenceSource): PersonAge[] {
  const sentences = source.map((s) => s.text)
  // Most reports give no age next to a name: the names are read only when one might.
  if (!sentences.some((s) => AGE_HINT.test(s))) return []
  const runs = sentences.map(namesIn)
  // Full names the report gives anywhere: a surname or given name alone refers to the one full name it belongs to.
  const full: Person[] = []
  for (const list of runs)
    for (const run of list) {
      const person = personOf(run.words)
      if (person.given.length > 0 && !full.some((f) => samePerson(f, person))) full.push(person)
    }
  const resolve = (run: NameRun): Person | null => {
    const person = personOf(run.words)
    const matches = full.filter((f) =>
      person.given.length > 0 ? samePerson(f, person) : f.last === person.last || f.given.includes(person.last),
    )
    if (matches.length > 1) return null
    return matches[0] ?? person
  }
  /** The person a sentence names as its subject, if any (a single word only when the report gives it in full). */
  const subjectOf = (k: number): Person | null => {
    const run = runs[k]?.[0]
    if (!run?.opening || run.possessive) return null
    if (!/^\s*(?:,|\p{Ll})/u.test((sentences[k] as string).slice(run.end))) return null
    const person = resolve(run)
    return person && person.given.length > 0 ? person : null
  }
  const out: PersonAge[] = []
  sentences.forEach((sentence, k) => {
    if (!/\d/.test(sentence) || PAST_AGE.test(sentence)) return
    const span = source[k]?.span as Span
    const tie = (person: Person | null, value: number, text: string) => {
      if (person && value > 0 && value <= MAX_AGE) out.push({ ...person, value, text, span, sentence })
    }
    const before = out.length
    for (const run of runs[k] ?? []) {
      const age = run.possessive ? null : ageNextTo(sentence, run)
      if (age) tie(resolve(run), age.value, age.text)
    }
    // "The 22-year-old ...": the one person named as a subject just before, when no other person is named there.
    const subject = out.length === before ? SUBJECT_AGE.exec(sentence) : null
    if (!subject || !describesPerson(subject[2] ?? '')) return
    let referent: Person | null = null
    let from = -1
    for (let j = k - 1; j >= Math.max(0, k - REFERENCE_WINDOW); j--) {
      referent = subjectOf(j)
      if (referent) {
        from = j
        break
      }
    }
    if (!referent) return
    const person = referent
    // Another person named as a subject earlier in the window is a candidate too: no referent.
    for (let j = from - 1; j >= Math.max(0, k - REFERENCE_WINDOW); j--) {
      const earlier = subjectOf(j)
      if (earlier && !samePerson(person, earlier)) return
    }
    for (let j = from; j < k; j++) {
      // Another person brought in without a name ("her son was hurt"): "The 10-year-old" may be them.
      if (OTHER_PERSON.test(sentences[j] as string)) return
      for (const run of runs[j] ?? []) {
        const other = resolve(run)
        // Another person named between the subject and the age (or a name the report cannot place): no referent.
        if (!other || (other.given.length > 0 && !samePerson(person, other))) return
      }
    }
    tie(person, Number(subject[1]), ageText(subject[0], subject[1] as string))
  })
  return out
}

/**
 * The age the words next to a name give its person: an appositive, a copula or a modifier before it (see the top of
 * this file), or null.
 */
function ageNextTo(sentence: string, run: NameRun): { value: number; text: string } | null {
  const after = sentence.slice(run.end)
  const appositive = APPOSITIVE_AGE_AFTER.exec(after)
  if (appositive) {
    if (!appositiveOfPerson(appositive[2] ?? '')) return null
    return { value: Number(appositive[1]), text: ageText(appositive[0], appositive[1] as string) }
  }
  const copula = COPULA_AGE_AFTER.exec(after)
  if (copula?.[1] !== undefined) {
    if (!appositiveOfPerson(copula[2] ?? '')) return null
    return { value: Number(copula[1]), text: ageText(copula[0], copula[1]) }
  }
  if (copula?.[3] !== undefined) return { value: Number(copula[3]), text: copula[3] }
  const alone = PAREN_AGE_AFTER.exec(after) ?? BARE_AGE_AFTER.exec(after)
  if (alone) return TALLY_WORDS.test(sentence) ? null : { value: Number(alone[1]), text: alone[1] as string }
  const modifier = MODIFIER_AGE_BEFORE.exec(sentence.slice(0, run.start))
  if (!modifier || !nameEndsPhrase(after)) return null
  const between = (modifier[2] ?? '').trim().split(/\s+/).filter(Boolean)
  if (between.length > 0 && !isPersonNoun(between[between.length - 1] as string)) return null
  return { value: Number(modifier[1]), text: ageText(modifier[0], modifier[1] as string) }
}

/** The age as written, from its number to "old" ("22-year-old", "20 year old"). */
function ageText(matched: string, digits: string): string {
  const at = matched.indexOf(digits)
  const rest = matched.slice(at)
  const old = /^\d+(?:\s?-\s?|\s)years?(?:\s?-\s?|\s)old/.exec(rest)
  return old ? old[0] : digits
}

/**
 * The first person two reports tie to different ages: each report ties them to one age only, and neither report
 * states the other's figure as an age anywhere (`agesA`, `agesB`: every age value the report states). Returns the
 * two ties, or null.
 */
export function personAgeConflict(
  a: readonly PersonAge[],
  b: readonly PersonAge[],
  agesA: ReadonlySet<number>,
  agesB: ReadonlySet<number>,
): [PersonAge, PersonAge] | null {
  const valuesOf = (list: readonly PersonAge[], p: PersonAge) =>
    new Set(list.filter((q) => samePerson(p, q)).map((q) => q.value))
  for (const x of a) {
    const xs = valuesOf(a, x)
    if (xs.size !== 1) continue
    for (const y of b) {
      if (!samePerson(x, y) || y.value === x.value) continue
      const ys = valuesOf(b, y)
      if (ys.size !== 1 || agesA.has(y.value) || agesB.has(x.value)) continue
      return [x, y]
    }
  }
  return null
}
