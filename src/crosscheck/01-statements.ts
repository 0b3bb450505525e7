/**
 * Step 1: the statements of an article. Every sentence that says something checkable (enough content words),
 * and every attributed quote, reduced to what comparison needs: concepts (stemmed content words mapped through
 * the synonym groups), whether it is negated, and the amounts it states.
 */

import { createSpanMemo } from '../language/span-memo.js'
import { isLowerCase, wordSpans } from '../language/words.js'
import type { Article, Quote, Span } from '../model/index.js'
import { contentTerm } from '../stories/terms.js'
import { conceptId, conceptOf, NEGATION_CUES, oppositesOf, readIdioms } from './lexicon.js'

/** An amount in a statement: its kind ("money:$", "percent", "year", "count:troop") and value. */
export interface Amount {
  kind: string
  value: number
  text: string
  /**
   * How the report bounds the figure: "at least"/"more than" (`min`), "almost"/"up to"/"as high as" (`max`),
   * "about"/"an estimated" (`about`), a vague quantity ("a few", "dozens of": `range`, from `value` to `upper`);
   * absent for a figure given as exact.
   */
  bound?: AmountBound
  /** The top of a vague quantity's range (`bound` is `range`). */
  upper?: number
}

/** How a figure is bounded by the words before it (see `Amount.bound`). */
export type AmountBound = 'min' | 'max' | 'about' | 'nearly' | 'range'

/**
 * Hedges before a figure and the range they give it (common English news usage): "more than 2.8 million" and
 * "almost 3 million" are one figure told twice.
 */
const BOUND_BEFORE: ReadonlyArray<[RegExp, AmountBound]> = [
  [/\b(?:at least|more than|over|above|upwards of|in excess of|no fewer than|no less than)\s*$/i, 'min'],
  [/\b(?:almost|nearly|just under|close to|approaching)\s*$/i, 'nearly'],
  [/\b(?:up to|as (?:high|much|many|low) as|at most|less than|fewer than|under|below|no more than)\s*$/i, 'max'],
  [/\b(?:about|around|roughly|some|approximately|estimated|an estimated|est\.)\s*$/i, 'about'],
]

/** "by" (and a hedge) just before a share: the share is a change ("fell by 5 percent", "by at least 1%"). */
const CHANGE_BEFORE = /\bby(?:\s+\p{L}+){0,2}\s*$/iu

/**
 * A lead or margin: "by" after a word of being ahead or behind ("led Trump by 5 points", "ahead by 3%"). A lead is
 * the gap between two figures, compared only with other leads.
 */
const LEAD_BEFORE =
  /\b(?:led|leads|leading|ahead|trails?|trailed|trailing|behind|won|beat|edged)\b(?:\s+[\p{L}'’]+){0,3}\s+by\s*$/iu

/** A movement: a verb of rising or falling just before the figure ("rose 1 percentage point", "fell 5%"). */
const MOVE_BEFORE =
  /\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|gained|gains?|lost|loses|dropped|drops?|climbed|slipped|jumped|grew|shrank|up|down)\s*$/i

/**
 * A poll's sampling error ("a margin of error of plus or minus 3 percentage points", "±4%"): a property of one
 * poll, not a figure about the news, so it is not compared (two polls of one race have different ones).
 */
const SAMPLING_ERROR_BEFORE = /(?:plus or minus|±|\+\/-|margin of error(?:\s+(?:of|is|was))?)\s*$/i

/**
 * A total that is the whole of a part ("a majority of the 538 electoral votes", "eight of the state's 12 votes"):
 * compared only with a total of the same whole, written the same way.
 */
const WHOLE_BEFORE = /\b(?:of|out of)\s+((?:the|its|their|his|her)(?:\s+[\p{L}'’]+){0,2})\s*$/iu

/** A count written in words that refers back to a known group ("the same two emails", "those three men"). */
const REFERENCE_BEFORE = /\b(?:the same|these|those|both|the other|the first|the last)\s*$/i

/** A share measured in points ("5 percentage points", "3 points"): compared like a percentage. */
const POINTS_AFTER = /^\s*(?:percentage\s+)?points?\b/i

/** The bound the words just before an amount give it. */
function boundBefore(before: string): AmountBound | undefined {
  for (const [pattern, bound] of BOUND_BEFORE) if (pattern.test(before)) return bound
  return undefined
}

/**
 * Words before a share that make it the name of a group, not a figure ("the top 1 percent", "the bottom 20
 * percent"): an income or wealth bracket stated, not measured.
 */
const GROUP_SHARE_BEFORE = /\b(?:top|bottom|richest|poorest|wealthiest|lowest|highest|middle)\s*$/i

/** A statement ready for comparison. */
export interface Statement {
  article: string
  span: Span
  text: string
  /** The quote this statement is, or null for a sentence (claim). */
  quote: Quote | null
  /** Distinct concept ids (see `conceptId`), ascending; numbers excluded. (Plain arrays of small integers: far
   * cheaper per statement than typed arrays when there are millions.) */
  concepts: number[]
  /** The concepts that are not names (what is claimed rather than who or where), ascending. */
  plain: number[]
  negated: boolean
  /** Concepts inside the scope of a negation (from the cue to the end of its clause), ascending; empty when none. */
  negatedScope: number[]
  /**
   * The negated predicates: the first concept after each negation cue ("did not *approve*", "no *evidence*"),
   * ascending, leaving out one the statement also states outside a negation ("doesn't know much, but one thing he
   * does know"); empty when none.
   */
  negatedHeads: number[]
  /**
   * Concepts the statement gives only as what someone intended, planned or pledged to do ("originally intended to
   * *give* away"), not as done; ascending, empty when none. A denial of the deed does not deny the intention.
   */
  intendedOnly: number[]
  /** A negated predicate is itself an intention ("pledged not to vote", "no plans to deploy"). */
  negationIntended: boolean
  amounts: Amount[]
  /**
   * For a quote: surnames (lower case) the sentences around it name as someone it cites or shares with ("quoting
   * Abraham *Lincoln*", "in a joint statement with Tomas *Brell*", "Ada Linden and Tomas *Brell* said"); empty when
   * none, and for sentences.
   */
  cited: string[]
}

/**
 * Words after which an action is intended, not done ("intended to give", "pledged to vote", "plans to sell"): general
 * English usage. Matched as written (lower case).
 */
const INTENT_LEAD = new Set(
  `intend intends intended meant supposed plan plans planned planning pledge pledged pledges promise promised
  promises vow vowed vows hope hoped hopes want wanted wants expect expected expects aim aims aimed seek seeks sought
  trying tried urged urge asked appealing ready prepared willing going threatened threatens`.split(/\s+/),
)
/** Words after an intention word that its action may sit at ("intended to give": 2; "pledged to vote for": 2). */
const INTENT_REACH = 3

/** What ends a negation's scope: clause punctuation, or a conjunction that starts a new clause. */
const CLAUSE_BREAK = /[,;:.!?()\u2013\u2014]|\s-\s/
/** Conjunctions that start a new clause (general English usage). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'as',
  'after',
  'before',
])

/**
 * Adverbs between a negation cue and what it negates ("no *longer* under its control", "nobody *really* knows",
 * "did not *even* mention"): skipped when looking for the negated predicate. Common English usage.
 */
const HEAD_FILLER = new Set([
  'longer',
  'even',
  'really',
  'yet',
  'ever',
  'always',
  'necessarily',
  'quite',
  'very',
  'much',
  'actually',
  'just',
  'immediately',
  'further',
  'also',
  'currently',
  'fully',
  'entirely',
])

/** Sentences with fewer concepts than this say too little to match ("He said so."). */
const MIN_CONCEPTS = 3
/** Longest sentence taken as one statement; longer "sentences" are unsplit paragraphs and match too much. */
const MAX_SENTENCE_CHARS = 600

/**
 * A sentence worth checking names someone or something (a capitalised word after the first), states an amount (a
 * figure, or a vague quantity: see `vagueAmounts`), quotes, denies, or states an outcome (a word with an opposite):
 * narrative filler without any of these is not matched.
 */
const CLAIM_MARK = /\s[\p{Lu}]|\d|["“”]/u

const CURRENCY: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR' }
const CURRENCY_WORD = /^(?:dollars?|euros?|pounds?|yen|yuan|rubles?|roubles?)$/
const MULTIPLIER: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
}

/**
 * Amounts with their unit: a currency sign before, a multiplier and a unit word after.
 * "£235m", "$14 billion", "30%", "25,000 troops", "in 2014".
 */
const AMOUNT =
  /([$£€])?\s?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mn|tn|[mkb])\b)?(\s?%|\s(?:percent|per cent)\b)?/gi

/**
 * An age: "5-year-old girl", "4 year old boy", "a 23-year-old". The kind keeps the noun it describes ("age:girl"),
 * so ages of the same kind of person meet and ages of a girl and of her grandmother do not.
 */
const AGE = /^\s?-?\s?years?[-\s]old\b(?:\s+(\p{L}+))?/iu

/** Counts written as words ("three plants", "twenty years"); "one" is left out, it is more often a pronoun. */
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
}
const NUMBER_WORD = new RegExp(
  `\\b(${Object.keys(NUMBER_WORDS).join('|')})(?:\\s+(thousand|million|billion))?\\b`,
  'gi',
)

const HAS_NUMBER_WORD = new RegExp(NUMBER_WORD.source, 'i')

/**
 * Vague quantities before a counted noun and the range of values English usage gives them: "a few minutes" is two to
 * nine minutes, "dozens of protesters" two dozen to a couple of hundred. The tops are generous ("several" may
 * stretch to a dozen, reporters round 1,500 to "hundreds" and 15,000 to "thousands"): only a figure outside the
 * range conflicts.
 */
const VAGUE_RANGES: Record<string, [number, number]> = {
  'a couple of': [2, 3],
  'a few': [2, 9],
  'a handful of': [2, 9],
  several: [3, 12],
  'dozens of': [24, 199],
  'hundreds of': [200, 1999],
  'thousands of': [2000, 99_999],
  'millions of': [2e6, 999e6],
}
const VAGUE = /\b(a couple of|a few|a handful of|several|dozens of|hundreds of|thousands of|millions of)\s+/gi
const HAS_VAGUE = /\b(?:few|couple|handful|several|dozens|hundreds|thousands|millions)\b/i
/**
 * Words after a vague quantity that make it no count of its own: a scale ("a few hundred", "several million",
 * "hundreds of thousands"), a count added to another ("dozens more", "a few other"), a part of a known whole
 * ("several of the 75 members", "dozens of the"), or a number ("a few 100-year-old trees").
 */
const VAGUE_NOT_COUNT_AFTER =
  /^(?:hundreds?|thousands?|millions?|billions?|dozens?|more|other|others|additional|extra|fewer|less|of|the|these|those|them|us|its|their|his|her|our)\b|^\d/i
/** Words before one that change its sense: "quite a few" and "not a few" are many; "tens of thousands" is a scale. */
const VAGUE_NOT_COUNT_BEFORE = /\b(?:quite|not|of)\s*$/i

/** Vague quantities with the unit that follows (see `VAGUE_RANGES`). */
function vagueAmounts(text: string): Amount[] {
  const out: Amount[] = []
  for (const m of text.matchAll(VAGUE)) {
    const [whole, phrase = ''] = m
    const range = VAGUE_RANGES[phrase.toLowerCase()]
    if (!range) continue
    const following = text.slice(m.index + whole.length, m.index + whole.length + 40)
    if (VAGUE_NOT_COUNT_AFTER.test(following)) continue
    if (VAGUE_NOT_COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue
    const unit = Array.from(following.toLowerCase().matchAll(/[\p{L}-]+/gu), (w) => contentTerm(w[0]))
      .slice(0, 3)
      .find((t) => t !== null)
    if (!unit || /^\d/.test(unit)) continue
    out.push({ kind: `count:${conceptOf(unit)}`, value: range[0], upper: range[1], text: phrase, bound: 'range' })
  }
  return out
}

/** Amounts written in words, with the unit that follows. */
function wordAmounts(text: string): Amount[] {
  const out: Amount[] = []
  for (const m of text.matchAll(NUMBER_WORD)) {
    const [whole, word = '', mult] = m
    const value = (NUMBER_WORDS[word.toLowerCase()] ?? 0) * (mult ? (MULTIPLIER[mult.toLowerCase()] ?? 1) : 1)
    const following = text.slice(m.index + whole.length, m.index + whole.length + 40).toLowerCase()
    const unit = Array.from(following.matchAll(/[\p{L}-]+/gu), (w) => contentTerm(w[0]))
      .slice(0, 3)
      .find((t) => t !== null)
    // Without a unit "two" is too vague to compare ("the two said").
    if (!unit || /^\d/.test(unit)) continue
    const lead = text.slice(Math.max(0, m.index - 24), m.index)
    if (REFERENCE_BEFORE.test(lead)) continue
    const bound = boundBefore(lead)
    out.push({ kind: `count:${conceptOf(unit)}`, value, text: whole, ...(bound ? { bound } : {}) })
  }
  return out
}

/**
 * A tally: two small numbers joined by a dash ("voted 7-2", "won 3-1"), a vote or a score. The value keeps both
 * sides (larger first), so "7-2" and "5-4" differ and "2-7" is the same tally.
 */
const TALLY = /(?<![\d.,\-–])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d.,\-–]|\s?%)/g

/** The tallies of a text. */
function tallies(text: string): Amount[] {
  const out: Amount[] = []
  for (const m of text.matchAll(TALLY)) {
    const x = Number(m[1])
    const y = Number(m[2])
    out.push({ kind: 'tally', value: Math.max(x, y) * 1000 + Math.min(x, y), text: m[0] })
  }
  return out
}

/** Shared by every statement without a negation. */
const NO_CONCEPTS: number[] = []

/** True when a speaker's name has two words or more (a full name, not "Trump" or "spokesman"). */
export function isFullName(name: string): boolean {
  return name.trim().split(/\s+/).length >= 2
}

/** Shared by every statement that cites no one (most of them). */
const NO_NAMES: string[] = []

/**
 * A word that puts the name after it beside the speaker's own: a citation ("as", "quoting", "in the words of",
 * "echoing") or a shared statement ("with", "and", "joined by", "on behalf of"). General English usage.
 */
const CITING_BEFORE_NAME =
  /\b(?:[Aa]s|[Qq]uot(?:ing|ed)|[Cc]it(?:ing|ed)|[Ee]cho(?:ing|ed)|[Pp]araphrasing|words of|[Ww]ith|and|[Jj]oined by|[Aa]longside|behalf of)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/gu

/**
 * Surnames the quote's own sentences (its text left out) name after a citing or sharing word: who the speaker may
 * be quoting, or who said the words with them.
 */
function citedAround(article: Article, quote: Quote): string[] {
  const [start, end] = quote.span
  const pieces: string[] = []
  for (const [s, e] of article.sentences) {
    if (e <= start || s >= end) continue
    if (s < start) pieces.push(article.text.slice(s, start))
    if (e > end) pieces.push(article.text.slice(end, e))
  }
  if (quote.speaker?.mention) pieces.push(quote.speaker.mention)
  let out: string[] | null = null
  for (const piece of pieces)
    for (const m of piece.matchAll(CITING_BEFORE_NAME)) {
      const last = (m[1] as string).split(/\s+/).pop() as string
      out ??= []
      out.push(last.replace(/['’]s$/, '').toLowerCase())
    }
  return out ?? NO_NAMES
}

/** Shared by every statement without an amount (most of them). */
const NO_AMOUNTS: Amount[] = []

/** The amounts stated in a text. */
export function amountsOf(text: string): Amount[] {
  const counted = HAS_NUMBER_WORD.test(text) ? wordAmounts(text) : NO_AMOUNTS
  const inWords = HAS_VAGUE.test(text) ? [...counted, ...vagueAmounts(text)] : counted
  if (!/\d/.test(text)) return inWords
  const out: Amount[] = [...inWords, ...tallies(text)]
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, sign, digits = '', mult, percent] = m
    // Either side of a tally is not an amount of its own.
    if (
      !sign &&
      !percent &&
      digits.length <= 3 &&
      (/^\s?[-–]\s?\d/.test(text.slice(m.index + whole.length)) ||
        /\d\s?[-–]\s?$/.test(text.slice(0, m.index + whole.indexOf(digits))))
    )
      continue
    // A digit inside a word or a code ("F-35", "COVID-19") is not an amount.
    const before = text[m.index + whole.indexOf(digits) - 1]
    if (!sign && before && /[\p{L}\p{N}-]/u.test(before)) continue
    let value = Number(digits.replace(/,/g, ''))
    if (mult) value *= MULTIPLIER[mult.toLowerCase()] ?? 1
    // The unit is the first content word among the next three ("25,000 more US troops": troops).
    const following = text.slice(m.index + whole.length, m.index + whole.length + 40).toLowerCase()
    const nextWords = Array.from(following.matchAll(/[\p{L}-]+/gu), (w) => w[0]).slice(0, 3)
    // The currency word may follow its country ("9.1 billion US dollars", "5 million Canadian dollars").
    const currency = nextWords.slice(0, 2).find((w) => CURRENCY_WORD.test(w))
    let kind: string
    const age = mult || sign || percent ? null : AGE.exec(text.slice(m.index + whole.length))
    const described = age?.[1] ? contentTerm(age[1].toLowerCase()) : null
    if (age) kind = `age:${described ? conceptOf(described) : ''}`
    else if (sign) kind = `money:${CURRENCY[sign]}`
    else if (percent) kind = 'percent'
    else if (currency) kind = `money:${currency.replace(/s$/, '')}`
    else if (!mult && /^(?:19|20)\d\d$/.test(digits)) kind = 'year'
    else {
      const unit = nextWords.map((w) => contentTerm(w)).find((t) => t !== null) ?? null
      kind = unit && !/^\d/.test(unit) ? `count:${conceptOf(unit)}` : 'count'
    }
    const lead = text.slice(Math.max(0, m.index - 32), m.index)
    if (SAMPLING_ERROR_BEFORE.test(lead)) continue
    if (percent && GROUP_SHARE_BEFORE.test(lead)) continue
    const share = percent ? 'percent' : POINTS_AFTER.test(following) ? 'points' : null
    if (share) {
      // "led by 5 points" is a lead, "rose by 5 percent" or "rose 1 point" a change, "30%" a level: each compared
      // only with its own kind.
      if (LEAD_BEFORE.test(lead)) kind = `${share}:lead`
      else if (CHANGE_BEFORE.test(lead) || MOVE_BEFORE.test(lead)) kind = `${share}:change`
      else kind = share
    }
    const ofWhole = age ? null : WHOLE_BEFORE.exec(lead)
    if (ofWhole) kind = `${kind}:of ${(ofWhole[1] as string).toLowerCase()}`
    const bound = age ? undefined : boundBefore(lead)
    const written = age ? `${whole.trim()}${age[0].replace(/\s+\p{L}+$/u, '')}` : whole.trim()
    out.push({ kind, value, text: written, ...(bound ? { bound } : {}) })
  }
  return out
}

/** Lower-cased words of a text as written, for word-level differences (computed when needed, not stored). */
export function wordsOf(text: string): string[] {
  const out: string[] = []
  const spans = wordSpans(text)
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] as number
    const end = spans[k + 1] as number
    const word = text.slice(start, end)
    const lower = isLowerCase(text, start, end) ? word : word.toLowerCase()
    out.push(lower.includes('’') ? lower.replace(/’/g, "'") : lower)
  }
  return out
}

/* Words and numbers are the tokens of `/\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*\/gu`, as the stories stage
 * tokenises them, found by `wordSpans` (words.ts) without the regex. */
/** What a lower-cased word is to the cross-check: a concept id (>= 0), a negation, a number or nothing. */
/** The role of a negation cue ("not", "never", "didn't"). */
export const NEGATION = -2
const NOTHING = -1
const NUMBER = -3
const WORD_ROLE = new Map<string, number>()
/** Words remembered at most; past this the memo is cleared (a long run meets ever more rare words). */
const WORD_ROLE_CAP = 500_000

/** What a lower-cased word is to the cross-check (memoised): a concept id (>= 0), `NEGATION`, or below zero. */
export function roleOf(lower: string): number {
  let role = WORD_ROLE.get(lower)
  if (role === undefined) {
    const word = lower.replace(/’/g, "'")
    if (NEGATION_CUES.has(word) || word.endsWith("n't")) role = NEGATION
    else if (/^\d/.test(word)) role = NUMBER
    else {
      const term = contentTerm(word)
      role = term ? conceptId(conceptOf(term)) : NOTHING
    }
    if (WORD_ROLE.size >= WORD_ROLE_CAP) WORD_ROLE.clear()
    WORD_ROLE.set(lower, role)
  }
  return role
}

/** Flags of a word for `describe`, beside its role (see `wordInfo`). */
const INTENT_FLAG = 1
const CLAUSE_FLAG = 2
const FILLER_FLAG = 4
/** Roles are at least `NUMBER`; shifted up so the packed value is never negative. */
const ROLE_BIAS = 8

/** A lower-cased word's role and flags packed in one integer: what `describe` asks of every word. */
function wordInfo(lower: string): number {
  return (
    ((roleOf(lower) + ROLE_BIAS) << 3) |
    (INTENT_LEAD.has(lower) ? INTENT_FLAG : 0) |
    (CLAUSE_WORDS.has(lower) ? CLAUSE_FLAG : 0) |
    (HEAD_FILLER.has(lower) ? FILLER_FLAG : 0)
  )
}

/** `wordInfo` of words by their spans (see `span-memo.ts`): no string is made for a word met before. */
const WORD_INFO = createSpanMemo()

/** Concepts, negation and word count of a piece of text. */
function describe(text: string): {
  concepts: number[]
  plain: number[]
  negated: boolean
  negatedScope: number[]
  negatedHeads: number[]
  intendedOnly: number[]
  negationIntended: boolean
  words: number
} {
  const concepts = new Set<number>()
  const scope = new Set<number>()
  let inScope = false
  /** A negation cue was just read and its predicate is still to come. */
  let awaitingHead = false
  const heads = new Set<number>()
  const outside = new Set<number>()
  let previousEnd = 0
  const named = new Set<number>()
  const plain = new Set<number>()
  const writtenLower = new Set<number>()
  let negated = false
  /** The position of the last intention word in this clause. */
  let intentAt = -100
  /** Concepts met only as intended actions so far (made when the first one is met: most sentences have none). */
  let intended: Set<number> | null = null
  let negationIntended = false
  let words = 0
  let capitalised = 0
  /** Negated predicates written with a capital: names ("she isn't Donald Trump") unless the text is a title. */
  let namedHeads: Set<number> | null = null
  /** Words of four letters or more written in lower case: a title in title case has (almost) none. */
  let lowerWords = 0
  /** The sentence's first word when it is a concept and capitalised: a name if the next word is capitalised too. */
  let opening = -1
  const spans = wordSpans(text)
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] as number
    const end = spans[k + 1] as number
    const writtenLowerCase = isLowerCase(text, start, end)
    words++
    const info = WORD_INFO.valueAt(text, start, end, wordInfo)
    const role = (info >> 3) - ROLE_BIAS
    if (writtenLowerCase && end - start >= 4) lowerWords++
    // A clause break matters only inside a negation's scope or after an intention word (most words are neither).
    const clauseBreak =
      (inScope || intentAt >= 0) && ((info & CLAUSE_FLAG) !== 0 || CLAUSE_BREAK.test(text.slice(previousEnd, start)))
    if (inScope && clauseBreak) {
      inScope = false
      awaitingHead = false
    }
    if (clauseBreak) intentAt = -100
    if ((info & INTENT_FLAG) !== 0) intentAt = words
    previousEnd = end
    if (role === NEGATION) {
      negated = true
      inScope = true
      awaitingHead = true
    }
    // An action met after an intention word is intended; met anywhere else outside a negation, it is stated as done.
    if (role >= 0 && !inScope) {
      if (words > intentAt && words - intentAt <= INTENT_REACH) {
        if (!outside.has(role)) {
          intended ??= new Set()
          intended.add(role)
        }
      } else if (intended !== null && words !== intentAt) intended.delete(role)
    }
    if (inScope && role >= 0) {
      scope.add(role)
      if (awaitingHead && (info & FILLER_FLAG) === 0) {
        heads.add(role)
        if (!writtenLowerCase) {
          namedHeads ??= new Set()
          namedHeads.add(role)
        }
        awaitingHead = false
        if (words - intentAt <= INTENT_REACH + 1) negationIntended = true
      }
    } else if (role >= 0) outside.add(role)

    if (words === 2 && opening >= 0 && !writtenLowerCase) {
      // "Port Authority Director ...": the opening word starts a name.
      plain.delete(opening)
      named.add(opening)
    }
    if (role < 0) continue
    concepts.add(role)
    if (writtenLowerCase) writtenLower.add(role)
    // A capitalised word after the first names someone or something; the claim is in the other words.
    if (!writtenLowerCase && words > 1) {
      named.add(role)
      capitalised++
    } else {
      plain.add(role)
      if (words === 1 && !writtenLowerCase) opening = role
    }
  }
  // In a title-case headline capitals say nothing: every word counts as a claim word.
  // A word also written in lower case is a claim word even when a name contains it ("drones" and "Drone Challenge").
  const claimWords =
    capitalised > 0.6 * concepts.size
      ? concepts
      : new Set([...plain].filter((c) => !named.has(c) || writtenLower.has(c)))
  const ascending = (a: number, b: number) => a - b
  return {
    concepts: [...concepts].sort(ascending),
    plain: [...claimWords].sort(ascending),
    negated,
    negatedScope: scope.size ? [...scope].sort(ascending) : NO_CONCEPTS,
    // A name after a negation ("she isn't Donald Trump") denies an identity, not a claim; in a title written in title
    // case ("Will Not Accept GRE Scores") the capital says nothing.
    negatedHeads: heads.size
      ? [...heads].filter((c) => !outside.has(c) && !(namedHeads?.has(c) && lowerWords > 1)).sort(ascending)
      : NO_CONCEPTS,
    intendedOnly: intended?.size ? [...intended].sort(ascending) : NO_CONCEPTS,
    negationIntended,
    words,
  }
}

/** A statement of an article from the description of its text (`describe`), with the amounts the text states. */
function statementFrom(
  article: string,
  span: Span,
  text: string,
  quote: Quote | null,
  described: ReturnType<typeof describe>,
  cited: string[] = NO_NAMES,
): Statement {
  const { concepts, plain, negated, negatedScope, negatedHeads, intendedOnly, negationIntended } = described
  return {
    article,
    span,
    text,
    quote,
    concepts,
    plain,
    negated,
    negatedScope,
    negatedHeads,
    intendedOnly,
    negationIntended,
    amounts: amountsOf(text),
    cited,
  }
}

/**
 * A yes/no question ("Does the new dam leak?", "Will the club move?"): it asks, it states nothing either way. (A
 * question of how or why presupposes its proposition: "How does nutrition affect school performance?" states that
 * it does.)
 */
const YES_NO_QUESTION =
  /^\W*(?:is|are|was|were|do|does|did|will|would|can|could|should|shall|has|have|had|may|might|must)\b[^?]*\?\W*$/i

/** A break between two clauses that each say something of their own: a spaced dash or a semicolon. */
const STRONG_CLAUSE_BREAK = /\s+[-–—]\s+|\s*;\s*/g
const HAS_DASH = /\s[-–—]\s/

/**
 * The negated clauses of a long sentence as statements of their own ("dirt floated above the grave, indicating he may
 * be dead - the scene being the director's way of telling fans he won't be returning"): a denial in one clause of a
 * long sentence is diluted by the others' words and meets the claim it denies only on its own. Asserted clauses stay
 * inside their sentence: cut off from their subject ("his plan would raise $15 trillion; hers would raise $1
 * trillion") they met figures of other subjects on consistent reports.
 */
function pushNegatedClauses(article: string, offset: number, text: string, out: Statement[]): void {
  if (!text.includes(';') && !HAS_DASH.test(text)) return
  let from = 0
  const push = (end: number) => {
    const clause = text.slice(from, end)
    const described = describe(readIdioms(clause))
    if (described.negated && described.concepts.length >= MIN_CONCEPTS)
      out.push(statementFrom(article, [offset + from, offset + end], clause, null, described))
  }
  for (const m of text.matchAll(STRONG_CLAUSE_BREAK)) {
    push(m.index as number)
    from = (m.index as number) + m[0].length
  }
  push(text.length)
}

/** The statements of an article: its checkable sentences (and the negated clauses of long ones), then its quotes. */
export function statementsOf(article: Article): Statement[] {
  const out: Statement[] = []
  // A sentence or quote repeated in one article (a body scraped twice) is one statement.
  const seen = new Set<string>()
  for (const span of article.sentences) {
    const [start, end] = span
    if (end - start > MAX_SENTENCE_CHARS) continue
    const text = article.text.slice(start, end)
    if (seen.has(text)) continue
    seen.add(text)
    if (YES_NO_QUESTION.test(text)) continue
    const described = describe(readIdioms(text))
    const { concepts, negated } = described
    if (concepts.length < MIN_CONCEPTS) continue
    if (
      !negated &&
      !CLAIM_MARK.test(text) &&
      !concepts.some((c) => oppositesOf(c) !== undefined) &&
      // A vague quantity of something states an amount, as a figure does ("lasted only a few minutes").
      !(HAS_VAGUE.test(text) && vagueAmounts(text).length > 0)
    )
      continue
    out.push(statementFrom(article.id, span, text, null, described))
    if (negated) pushNegatedClauses(article.id, start, text, out)
  }
  for (const quote of article.quotes) {
    if (seen.has(`“${quote.text}`)) continue
    seen.add(`“${quote.text}`)
    const described = describe(readIdioms(quote.text))
    if (described.words < 4) continue
    // Only a named speaker's quote can be misattributed (see `compareQuotes`): the others cite no one.
    const named = isFullName(quote.speaker?.name ?? '')
    out.push(
      statementFrom(
        article.id,
        quote.span,
        quote.text,
        quote,
        described,
        named ? citedAround(article, quote) : NO_NAMES,
      ),
    )
  }
  return out
}

/**
 * The article's headline as a statement (its span is into `article.title`), or null when it has no title or the
 * title says too little to compare. A headline is the report's main claim in a few words.
 */
export function headlineStatement(article: Pick<Article, 'id' | 'title'>): Statement | null {
  const title = article.title?.trim()
  if (!title) return null
  if (YES_NO_QUESTION.test(title)) return null
  const start = (article.title as string).indexOf(title)
  const described = describe(readIdioms(title))
  if (described.concepts.length < MIN_CONCEPTS) return null
  return statementFrom(article.id, [start, start + title.length], title, null, described)
}
