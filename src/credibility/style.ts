/**
 * A statistical text signal: a logistic model over a few dozen style features that are not about any topic
 * (length, sentence shape, attribution, quotes, numbers, dates, pronouns, hyperbole, shouting, specific facts,
 * hedges, vague attributions, judging words in the writer's own voice, precise figures, named attributions). Trained by `scripts/train-style-model.mjs` on all of the dev sets and measured by
 * cross-fitting (`bench/credibility.mjs`: a model per half, each article scored by the one that did not see it);
 * the weights ship in `data/style-model.json`, the texts do not. Function-word rates are no longer computed: out of
 * fold they cost pairs 0.842 -> 0.817 (l2 10) and 0.867 -> 0.833 (l2 30) for at most +0.011 Horne AUROC.
 */
import { existsSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import model from './data/style-model.json' with { type: 'json' }
import {
  AMOUNT,
  ATTRIBUTION_CUE,
  CERTAINTY,
  EMOTIVE,
  EVALUATIVE,
  FIRST_PERSON,
  HYPERBOLE,
  INTENSIFIERS,
  LOADED_LABELS,
  OPINION_MARKERS,
  REASONING,
  REPORTING_HEDGE,
  SECOND_PERSON,
  SENSATIONAL_STEMS,
  SLIPS,
  SPECULATION,
  STOPWORDS,
  UNNAMED_SOURCE,
  WEASEL_ATTRIBUTION,
} from './lexicons.js'
import { findRoleMentions } from './officials.js'
import { MIN_WORDS, narration } from './voice.js'

/** The trained model: feature names, standardisation, weights. */
export interface StyleModel {
  $comment: string
  features: string[]
  mean: number[]
  scale: number[]
  weights: number[]
  bias: number
  /** Features the model reads as ln(1 + value) (counts and rates: skewed, a long tail of heavy users). */
  log?: string[]
  /** How it was trained and how it did on held-out data. */
  trained: Record<string, unknown>
}

/**
 * The features that are counts per 100 words or per sentence: skewed towards zero with a long tail, so the trainer
 * reads them as ln(1 + value) (`StyleModel.log`). Out-of-fold on the dev sets (2 halves, no function words, l2 10,
 * STYLE_WEIGHT 0.5): pairs real above fabricated 0.842 -> 0.867, Horne AUROC 0.882 -> 0.889.
 */
export const RATE_FEATURES: readonly string[] = [
  'quoteMarks',
  'attributionCues',
  'unnamedSources',
  'digits',
  'dates',
  'firstPerson',
  'secondPerson',
  'opinionMarkers',
  'hyperbole',
  'sensational',
  'exclamations',
  'questions',
  'allCapsWords',
  'parentheses',
  'intensifiers',
  'evaluative',
  'speculation',
  'amounts',
  'slips',
  'adverbs',
  'saidPerSentence',
  'namedRoles',
  'factDensity',
  'factsLog',
  'weaselAttribution',
  'reportingHedges',
  'quotesPerSentence',
  'certainty',
  'reasoning',
  'pastTense',
  'narratorJudgement',
  'preciseFigures',
  'namedAttributions',
]

/**
 * Validates a style-model file read from outside (`--style-model`, `TRIANGULATE_STYLE_MODEL`): one mean, scale and
 * weight per feature, all finite.
 */
export const StyleModelFile = z
  .object({
    $comment: z.string().default(''),
    features: z.array(z.string().min(1)),
    mean: z.array(z.number()),
    scale: z.array(z.number()),
    weights: z.array(z.number()),
    bias: z.number().default(0),
    log: z.array(z.string()).optional(),
    trained: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((m, ctx) => {
    for (const key of ['mean', 'scale', 'weights'] as const) {
      if (m[key].length !== m.features.length)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `has ${m[key].length} values for ${m.features.length} features`,
        })
    }
  })

/** A style-model file that is missing or not a style model: a setup error, naming the file. */
export class StyleModelError extends Error {
  /** The file that was read. */
  readonly file: string
  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`style model ${file}: ${reason}`, options)
    this.name = 'StyleModelError'
    this.file = file
  }
}

/**
 * Reads and validates a style model written by `scripts/train-style-model.mjs --out=FILE`; throws `StyleModelError`
 * naming the file and every problem found.
 */
export function loadStyleModel(file: string): StyleModel {
  if (!existsSync(file)) throw new StyleModelError(file, 'no such file')
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new StyleModelError(file, `not JSON (${(error as Error).message})`, { cause: error })
  }
  const parsed = StyleModelFile.safeParse(data)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`)
    throw new StyleModelError(file, `not a style model: ${issues.join('; ')}`)
  }
  return parsed.data as StyleModel
}

const WORD = /[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*/g
const MONTH_OR_DAY =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d{2})\b/g
const SENSATIONAL = new RegExp(
  `(?<![\\w-])(?:${SENSATIONAL_STEMS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
  'gi',
)

const count = (text: string, pattern: RegExp) => {
  pattern.lastIndex = 0
  return text.match(pattern)?.length ?? 0
}

/** Share of the text's characters inside double quotation marks. */
function quotedShare(text: string): number {
  let inside = 0
  for (const m of text.matchAll(/[“"][^“”"]{1,600}[”"]/g)) inside += m[0].length
  return inside / Math.max(text.length, 1)
}

/** A sentence-initial capital does not mark a name; these capitalised words do not either. */
const NOT_A_NAME = new Set(['I', 'The', 'A', 'An', 'Mr', 'Mrs', 'Ms', 'Dr'])

/**
 * The distinct specific facts a text states: numbers (as written, without thousands separators) and capitalised
 * words inside a sentence (names of people, places, organisations, months). Specific reporting checks out or not;
 * vague writing gives a reader nothing to check.
 */
export function specificFacts(text: string): Set<string> {
  const facts = new Set<string>()
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) facts.add(`#${m[0].replace(/,(?=\d{3})/g, '')}`)
  for (const m of text.matchAll(/(?<=[a-z0-9,;:)]\s+)[A-Z][A-Za-z'’.-]*[a-z]/g)) {
    const word = m[0].replace(/['’]s$/, '')
    if (!NOT_A_NAME.has(word)) facts.add(word.toLowerCase())
  }
  return facts
}

/**
 * Judging words in the writer's own voice, per 100 words outside quotations (at least MIN_WORDS): evaluative words,
 * intensifiers, emotive words and loaded political labels. A report quotes people who call things outrageous or
 * heartbreaking; its own sentences describe. On both dev sets fabricated texts use more of them in narration (pairs:
 * fake above real in 47 stories, below in 24; Horne AUROC 0.68 for fake), where the same words counted over the
 * whole text, quotations included, do not separate the pairs (32 / 34).
 */
export function narratorJudgement(text: string): number {
  const own = narration(text)
  const words = own.match(/\S+/g)?.length ?? 0
  const judging = count(own, EVALUATIVE) + count(own, INTENSIFIERS) + count(own, EMOTIVE) + count(own, LOADED_LABELS)
  return (100 * judging) / Math.max(MIN_WORDS, words)
}

/** A figure as written: digits with thousands separators and decimals. */
const FIGURE = /\d[\d,]*(?:\.\d+)?/g
/** A year (1900-2099): a date, not a measured figure. */
const YEAR = /^(?:19|20)\d\d$/
/** A round figure: one digit, or one or two leading digits then zeros (5, 30, 100, 250, 4000). */
const ROUND = /^(?:\d|[1-9]\d?0+)$/

/**
 * Figures that are not round (2.25, 129, 5.64, 89): measured or counted, as records and reports give them. An
 * invented figure tends to be round (thirty percent, a hundred students); a reader can check a precise one. Years
 * do not count. On both dev sets real texts give more (pairs: real above fake in 46 stories, below in 11; Horne
 * AUROC 0.58).
 */
export function preciseFigures(text: string): number {
  let n = 0
  for (const m of text.matchAll(FIGURE)) {
    const figure = m[0].replace(/,/g, '')
    if (!YEAR.test(figure) && !ROUND.test(figure)) n++
  }
  return n
}

/**
 * A statement attributed to someone by name: a capitalised name before a speech verb ("Vestager said", "John
 * Paulson, the president, said" is not matched whole, "Paulson said" is) or after one ("said Ronald-Peter",
 * "according to Ampere"). Rate per 100 words; a report tells who said what.
 */
const NAMED_ATTRIBUTION =
  /[A-Z][a-z]+(?:\s+[A-Z][a-z.]+)*,?\s+(?:said|says|told|wrote|added)\b|\b(?:said|says|told|according to)\s+[A-Z][a-z]+/g

/** Vowel groups as a syllable estimate (the usual readability-formula shortcut). */
function syllables(word: string): number {
  return Math.max(
    1,
    (
      word
        .toLowerCase()
        .replace(/e$/, '')
        .match(/[aeiouy]+/g) ?? []
    ).length,
  )
}

/**
 * Style features of a headline and body, by name. Rates are per 100 words unless named otherwise. With no headline
 * the `title*` features are absent, not zero: a missing headline (an extractor that found none, a pasted body) is
 * no evidence either way, and the model reads an absent feature as the training average. Out of fold (l2 10,
 * STYLE_WEIGHT 0.5) zeros had made a short headline look like real reporting: pairs 0.867 -> 0.867, Horne AUROC
 * 0.889 -> 0.912 when absent.
 */
export function styleFeatures(title: string, text: string): Record<string, number> {
  const words = text.match(WORD) ?? []
  const n = Math.max(words.length, 1)
  const per100 = (k: number) => (100 * k) / n
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z“"‘])|\n{2,}/).filter((s) => s.trim().length > 0)
  const sentenceLengths = sentences.map((s) => (s.match(WORD) ?? []).length)
  const meanSentence = sentenceLengths.reduce((a, b) => a + b, 0) / Math.max(sentenceLengths.length, 1)
  const sdSentence = Math.sqrt(
    sentenceLengths.reduce((a, b) => a + (b - meanSentence) ** 2, 0) / Math.max(sentenceLengths.length, 1),
  )
  const lower = words.map((w) => w.toLowerCase())
  const first200 = lower.slice(0, 200)
  const titleWords = title.match(WORD) ?? []
  const tn = Math.max(titleWords.length, 1)
  const titleContent = titleWords.map((w) => w.toLowerCase()).filter((w) => !STOPWORDS.has(w) && w.length > 2)
  const bodySet = new Set(lower)
  const facts = specificFacts(text)
  const capitalisedMid = words.filter((w, i) => i > 0 && /^[A-Z][a-z]/.test(w)).length
  const features: Record<string, number> = {
    logWords: Math.log1p(words.length),
    meanSentenceWords: Math.min(meanSentence, 80),
    sdSentenceWords: Math.min(sdSentence, 60),
    typeTokenRatio: new Set(first200).size / Math.max(first200.length, 1),
    longWordShare: words.filter((w) => w.length >= 7).length / n,
    stopwordShare: lower.filter((w) => STOPWORDS.has(w)).length / n,
    capitalisedShare: capitalisedMid / n,
    quoteMarks: per100(count(text, /[“”"]/g)),
    attributionCues: per100(count(text, ATTRIBUTION_CUE)),
    unnamedSources: per100(count(text, UNNAMED_SOURCE)),
    digits: per100(count(text, /\d+(?:[.,]\d+)*/g)),
    dates: per100(count(text, MONTH_OR_DAY)),
    firstPerson: per100(count(text, FIRST_PERSON)),
    secondPerson: per100(count(text, SECOND_PERSON)),
    opinionMarkers: per100(count(text, OPINION_MARKERS)),
    hyperbole: per100(count(text, HYPERBOLE)),
    sensational: per100(count(text, SENSATIONAL)),
    exclamations: per100(count(text, /!/g)),
    questions: per100(count(text, /\?/g)),
    allCapsWords: per100(words.filter((w) => w.length >= 4 && w === w.toUpperCase()).length),
    parentheses: per100(count(text, /\(/g)),
    intensifiers: per100(count(text, INTENSIFIERS)),
    evaluative: per100(count(text, EVALUATIVE)),
    speculation: per100(count(text, SPECULATION)),
    amounts: per100(count(text, AMOUNT)),
    slips: per100(count(text, SLIPS)),
    adverbs: per100(words.filter((w) => w.length > 4 && /ly$/i.test(w)).length),
    saidPerSentence: count(text, /\b(?:said|says)\b/g) / Math.max(sentences.length, 1),
    namedRoles: per100(findRoleMentions(text).length),
    quotedShare: quotedShare(text),
    factDensity: Math.min(per100(facts.size), 40),
    factsLog: Math.log1p(facts.size),
    weaselAttribution: per100(count(text, WEASEL_ATTRIBUTION)),
    reportingHedges: per100(count(text, REPORTING_HEDGE)),
    quotesPerSentence: count(text, /[“"][^“”"]{1,600}[”"]/g) / Math.max(sentences.length, 1),
    certainty: per100(count(text, CERTAINTY)),
    reasoning: per100(count(text, REASONING)),
    pastTense: per100(words.filter((w) => w.length > 4 && /ed$/.test(w)).length),
    syllablesPerWord: words.reduce((a, w) => a + syllables(w), 0) / n,
    narratorJudgement: narratorJudgement(text),
    preciseFigures: per100(preciseFigures(text)),
    namedAttributions: per100(count(text, NAMED_ATTRIBUTION)),
    // Share of sentences that say where a statement comes from (a speech verb or a quotation): claims with no
    // source at all against attributed ones.
    attributedSentences:
      sentences.filter((s) => {
        ATTRIBUTION_CUE.lastIndex = 0
        return ATTRIBUTION_CUE.test(s) || /[“"][^“”"]{12,}[”"]/.test(s)
      }).length / Math.max(sentences.length, 1),
  }
  if (!title.trim()) return features
  return {
    ...features,
    titleChars: Math.min(title.length, 200),
    titleQuoteOrColon: count(title, /[“”"‘’':]/g) > 0 ? 1 : 0,
    titleStartsWithNumber: /^\d/.test(title.trim()) ? 1 : 0,
    titleWords: Math.min(titleWords.length, 40),
    titleCapitalisedShare: titleWords.filter((w) => /^[A-Z]/.test(w)).length / tn,
    titleAllCaps: titleWords.filter((w) => w.length >= 3 && w === w.toUpperCase()).length,
    titleExclamQuestion: count(title, /[!?]/g),
    titleSensational: count(title, SENSATIONAL),
    titleBodyOverlap: titleContent.length
      ? titleContent.filter((w) => bodySet.has(w)).length / titleContent.length
      : 0.5,
  }
}

/** The model shipped in `data/style-model.json`. */
export const SHIPPED_STYLE_MODEL = model as StyleModel

let fromEnvironment: { file: string; model: StyleModel } | null = null

/**
 * The model used when none is given: the file named by the `TRIANGULATE_STYLE_MODEL` environment variable when it
 * is set (read once; a bad file throws `StyleModelError`), else the shipped one.
 */
export function defaultStyleModel(): StyleModel {
  const file = process.env.TRIANGULATE_STYLE_MODEL
  if (!file) return SHIPPED_STYLE_MODEL
  if (fromEnvironment?.file !== file) fromEnvironment = { file, model: loadStyleModel(file) }
  return fromEnvironment.model
}

/** The features a model reads as ln(1 + value), as a set made once per model (styleLogit runs per article). */
const LOGGED = new WeakMap<StyleModel, Set<string>>()
function loggedFeatures(m: StyleModel): Set<string> {
  let set = LOGGED.get(m)
  if (!set) {
    set = new Set(m.log ?? [])
    LOGGED.set(m, set)
  }
  return set
}

/** True when a model has weights (a fresh checkout before training has none). */
function ready(m: StyleModel): boolean {
  return m.weights.length > 0 && m.weights.length === m.features.length
}

/**
 * The model's log-odds that the text is real reporting rather than fabricated, centred so that 0 is the training
 * set's average, with each feature's share of it (largest first). 0 and no parts when the model is not trained.
 * @param trained the model; default `defaultStyleModel()` (the shipped one unless `TRIANGULATE_STYLE_MODEL` is set)
 */
export function styleLogit(
  title: string,
  text: string,
  trained: StyleModel = defaultStyleModel(),
): { logit: number; parts: Array<[string, number]> } {
  if (!ready(trained)) return { logit: 0, parts: [] }
  const f = styleFeatures(title, text)
  const logged = loggedFeatures(trained)
  const parts: Array<[string, number]> = trained.features.map((name, i) => {
    const value = f[name]
    // An absent feature (no headline) reads as the training average.
    if (value === undefined) return [name, 0]
    const z =
      ((logged.has(name) ? Math.log1p(Math.max(0, value)) : value) - (trained.mean[i] ?? 0)) / (trained.scale[i] || 1)
    return [name, (trained.weights[i] ?? 0) * Math.max(-4, Math.min(4, z))]
  })
  const logit = parts.reduce((a, [, v]) => a + v, 0)
  return { logit, parts: parts.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])) }
}

/** Where the shipped model came from, for the report and the docs. */
export const STYLE_MODEL_INFO = SHIPPED_STYLE_MODEL.trained
