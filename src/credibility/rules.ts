/**
 * Credibility rules that read one article alone. Each rule is a function of the article (and the knowledge base)
 * to draft findings; `assessCredibility` numbers them and adds the corpus rules.
 */
import { splitSentences } from '../language/index.js'
import type { Article, Severity, Span } from '../model/index.js'
import {
  findPerson,
  holderOf,
  holdersOf,
  holdingPeriod,
  type KnowledgeBase,
  normalizeName,
  officesForRole,
} from './knowledge-base.js'
import {
  AID_FLOW,
  ALARM_DENIAL,
  ALARM_HEADLINE,
  ANAPHOR,
  ANAPHOR_GROUPS,
  ATTRIBUTION_CUE,
  DATE_ANCHOR,
  ONCE_ONLY_EVENTS,
  SENSATIONAL_STEMS,
  STOPWORDS,
  UNNAMED_SOURCE,
  UNVERIFIABLE_PROVENANCE,
} from './lexicons.js'
import { findRoleMentions, type RoleMention } from './officials.js'
import { type NarratorVoice, narratorVoice } from './voice.js'

/** A finding before it gets its id and article. */
export interface FindingDraft {
  rule: string
  severity: Severity
  message: string
  span?: Span
  related?: string[]
}

/** What every article rule reads. */
export interface RuleInput {
  article: Article
  sentences: Span[]
  roles: RoleMention[]
  kb: KnowledgeBase
  /** First-person pronouns of the narration (`narratorVoice`): a finding per sentence and a score term. */
  voice: NarratorVoice
  /** The headline's content words and those the body never uses (`headlineSupport`): a finding and a score term. */
  headline: { words: string[]; missing: string[] }
}

/**
 * Builds the rule input: sentences (the language stage's, or a split here), role mentions, the narrator's voice and
 * the headline's support, each computed once for the rules and the score.
 */
export function ruleInput(article: Article, kb: KnowledgeBase): RuleInput {
  const sentences = article.sentences.length > 0 ? article.sentences : splitSentences(article.text)
  return {
    article,
    sentences,
    roles: findRoleMentions(article.text),
    kb,
    voice: narratorVoice(article.text),
    headline: headlineSupport(article.title ?? '', bodyAfterHeadline(article)),
  }
}

function sentenceAt(input: RuleInput, offset: number): Span {
  return input.sentences.find(([s, e]) => offset >= s && offset < e) ?? [offset, offset]
}

const quoteOf = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** "Read the full story at NBC News" with no link to follow. */
export function unverifiableProvenance({ article }: RuleInput): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const m of article.text.matchAll(UNVERIFIABLE_PROVENANCE)) {
    const line = m[0]
    if (/https?:\/\/|www\.|\.(?:com|org|net)\b/i.test(line)) continue
    out.push({
      rule: 'provenance/unverifiable-source-line',
      severity: 'warning',
      message: `Points to a source it does not link, so the claim of origin cannot be checked: "${line.trim()}"`,
      span: [m.index, m.index + line.length],
    })
  }
  return out
}

/** Statements attributed to unnamed sources; a warning when no statement has a named source at all. */
export function unnamedSources(input: RuleInput): FindingDraft[] {
  const { article } = input
  const out: FindingDraft[] = []
  const seen = new Set<number>()
  for (const m of article.text.matchAll(UNNAMED_SOURCE)) {
    const sentence = sentenceAt(input, m.index)
    if (seen.has(sentence[0])) continue
    seen.add(sentence[0])
    out.push({
      rule: 'sourcing/unnamed-source',
      severity: 'info',
      message: `Claim attributed to unnamed sources ("${m[0].trim()}")`,
      span: [m.index, m.index + m[0].length],
    })
  }
  const share = attributionShare(input)
  if (out.length > 0 && share.named === 0) {
    out.push({
      rule: 'sourcing/only-unnamed-sources',
      severity: 'warning',
      message: `Every attributed claim rests on unnamed sources (${out.length}); none names who said it`,
      ...(out[0]?.span ? { span: out[0].span } : {}),
    })
  }
  return out
}

/** How many sentences carry an attribution, and how many of those name the source. */
export function attributionShare(input: RuleInput): { sentences: number; attributed: number; named: number } {
  const { article } = input
  // The quotes stage knows who said what: a quote whose speaker has a name is a named, attributed statement.
  if (article.quotes.length > 0) {
    const named = article.quotes.filter((q) => {
      if (!q.speaker?.name) return false
      UNNAMED_SOURCE.lastIndex = 0
      return !UNNAMED_SOURCE.test(q.speaker.mention) && /[A-Z]/.test(q.speaker.name)
    }).length
    return { sentences: input.sentences.length, attributed: article.quotes.length, named }
  }
  let attributed = 0
  let named = 0
  for (const [s, e] of input.sentences) {
    const sentence = article.text.slice(s, e)
    ATTRIBUTION_CUE.lastIndex = 0
    const quoted = /[“"].{12,}[”"]/.test(sentence)
    if (!ATTRIBUTION_CUE.test(sentence) && !quoted) continue
    attributed++
    UNNAMED_SOURCE.lastIndex = 0
    if (UNNAMED_SOURCE.test(sentence)) continue
    // A name (two capitalised words not at the very start), a known speaker, or a pronoun for one.
    if (
      /(?:^|[^.!?]\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+/.test(sentence.slice(1)) ||
      /\b(?:he|she|the (?:spokes\w+|minister|president|ambassador|secretary))\b/i.test(sentence)
    )
      named++
  }
  return { sentences: input.sentences.length, attributed, named }
}

/** A headline that raises an alarm (warns, threat, war) over a body that denies it ("no imminent threat"). */
export function headlineFraming({ article }: RuleInput): FindingDraft[] {
  const title = article.title ?? ''
  if (!ALARM_HEADLINE.test(title)) return []
  // A headline that itself says "no threat" is not alarmist.
  if (/\b(?:no|not|n['’]t|denies|rules? out|dismiss\w*)\b/i.test(title)) return []
  const denials = [...article.text.matchAll(ALARM_DENIAL)]
  const first = denials[0]
  if (!first) return []
  return [
    {
      rule: 'headline/framing-unsupported',
      severity: 'warning',
      message: `The headline raises an alarm ("${quoteOf(title)}") that the body does not support: it reports "${first[0]}"${denials.length > 1 ? ` and ${denials.length - 1} more denial(s)` : ''}`,
      span: [first.index, first.index + first[0].length],
    },
  ]
}

const SENSATIONAL = new RegExp(
  `(?<![\\w-])(?:${SENSATIONAL_STEMS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\w’'-]*`,
  'gi',
)

/** Sensational and clickbait wording, in the headline and in the body; shouting in capitals and "!!". */
export function sensationalLanguage({ article }: RuleInput): FindingDraft[] {
  const out: FindingDraft[] = []
  const title = article.title ?? ''
  const inTitle = [...title.matchAll(SENSATIONAL)].map((m) => m[0])
  const shouting =
    title.match(/\b[A-Z]{4,}\b/g)?.filter((w) => !/^(?:NATO|FBI|USA|NASA|OPEC|UNESCO|UNICEF)$/.test(w)) ?? []
  if (inTitle.length > 0 || shouting.length > 1 || /[!?]{2,}|!/.test(title)) {
    out.push({
      rule: 'language/sensational-headline',
      severity: 'warning',
      message: `Sensational headline: ${[...inTitle.map((w) => `"${w}"`), ...(shouting.length > 1 ? [`capitals (${shouting.join(' ')})`] : []), ...(/!/.test(title) ? ['exclamation'] : [])].join(', ')}`,
    })
  }
  // A headline left at the top of the text (no title extracted) was judged above, not again as body.
  const at = title ? article.text.indexOf(title) : -1
  const bodyStart = at >= 0 && article.text.slice(0, at).trim() === '' ? at + title.length : 0
  for (const m of article.text.matchAll(SENSATIONAL)) {
    if (m.index < bodyStart) continue
    out.push({
      rule: 'language/sensational-word',
      severity: 'info',
      message: `Sensational wording: "${m[0]}"`,
      span: [m.index, m.index + m[0].length],
    })
  }
  for (const m of article.text.matchAll(/[!?]{2,}|!(?=\s|$)/g)) {
    if (m.index < bodyStart) continue
    out.push({
      rule: 'language/exclamation',
      severity: 'info',
      message: 'Exclamation in a news report',
      span: [m.index, m.index + m[0].length],
    })
  }
  return out
}

/** Headline words too common to carry its claim, beside the stop list. Hand-picked headline filler. */
const HEADLINE_FILLER = new Set(['after', 'over', 'new', 'says', 'said', 'just', 'out', 'about', 'into', 'more'])

/** A headline word's light stem: lower case, no possessive, its first five letters ("apologizes" ~ "apologized"). */
const headlineStem = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .slice(0, 5)

/** The headline's content words (three letters or more, no stop words) and those whose stem the body never uses. */
export function headlineSupport(title: string, body: string): { words: string[]; missing: string[] } {
  const wordsOf = (text: string) => text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []
  const inBody = new Set(wordsOf(body).map(headlineStem))
  const words = wordsOf(title).filter(
    (w) => w.length > 2 && !STOPWORDS.has(w.toLowerCase()) && !HEADLINE_FILLER.has(w.toLowerCase()),
  )
  return { words, missing: words.filter((w) => !inBody.has(headlineStem(w))) }
}

/** The text after a headline that opens it (an untitled text whose first line is the headline), else all of it. */
export function bodyAfterHeadline(article: Article): string {
  const title = article.title ?? ''
  const at = title ? article.text.indexOf(title) : -1
  return at >= 0 && article.text.slice(0, at).trim() === '' ? article.text.slice(at + title.length) : article.text
}

/** Share of a headline's content words left unsupported above which a finding is drafted. */
export const HEADLINE_UNSUPPORTED_SHARE = 0.5

/**
 * A headline whose words the body never uses ("Universities Agree with Trump" over a body about working with him):
 * it promises what the report does not state. An info finding when half or more of three or more content words are
 * missing; the score weighs the share (see `HEADLINE_SUPPORT_WEIGHT`), not the finding.
 */
export function headlineUnsupportedWords({ article, headline }: RuleInput): FindingDraft[] {
  const title = article.title ?? ''
  const { words, missing } = headline
  if (words.length < 3 || missing.length / words.length < HEADLINE_UNSUPPORTED_SHARE) return []
  const at = article.text.indexOf(title)
  return [
    {
      rule: 'headline/unsupported-words',
      severity: 'info',
      message: `${missing.length} of the headline's ${words.length} content words never appear in the body (${missing.map((w) => `"${w}"`).join(', ')}): the headline says more than the report`,
      ...(at >= 0 && article.text.slice(0, at).trim() === '' ? { span: [at, at + title.length] as Span } : {}),
    },
  ]
}

/**
 * The writer speaking in the first person outside quotation marks ("we were told", "my view"): one info finding per
 * sentence. The score weighs the rate of such pronouns (see `FIRST_PERSON_WEIGHT`), not these findings.
 */
export function firstPersonNarration(input: RuleInput): FindingDraft[] {
  const out: FindingDraft[] = []
  const seen = new Set<number>()
  for (const span of input.voice.mentions) {
    const sentence = sentenceAt(input, span[0])
    if (seen.has(sentence[0])) continue
    seen.add(sentence[0])
    out.push({
      rule: 'voice/first-person',
      severity: 'info',
      message: `The report speaks in the first person outside any quotation ("${input.article.text.slice(...span)}"): the writer's own voice, as in opinion, not reporting`,
      span,
    })
  }
  return out
}

/** "This proposal …" or "the envoy" with nothing earlier in the article to refer to: a sign of spliced text. */
export function unresolvedReferences({ article }: RuleInput): FindingDraft[] {
  const out: FindingDraft[] = []
  const title = article.title ?? ''
  for (const m of article.text.matchAll(ANAPHOR)) {
    const noun = (m[1] ?? m[2] ?? '').toLowerCase()
    const group = ANAPHOR_GROUPS.find((g) => g.nouns.includes(noun))
    if (!group) continue
    const before = `${title}\n${article.text.slice(0, m.index)}`
    if (group.antecedents.test(before)) continue
    out.push({
      rule: 'coherence/unresolved-reference',
      severity: 'warning',
      message: `"${m[0]}" refers to something the article never introduced: a sign of text spliced from elsewhere`,
      span: [m.index, m.index + m[0].length],
    })
  }
  return out
}

/** A date anchor reduced to what it says: a year, a month, or a relative period. */
function dateValue(anchor: string): string {
  const year = anchor.match(/(?:19|20)\d{2}/)?.[0]
  const month = anchor.match(
    /January|February|March|April|May|June|July|August|Sept?|October|November|December|Jan|Feb|Aug|Oct|Nov|Dec/,
  )?.[0]
  const relative = anchor.match(/(?:last|this|next)\s+\w+/)?.[0]
  return [year, month?.slice(0, 3), relative].filter(Boolean).join(' ')
}

/** Two dates are incompatible when both give years that differ, or one gives a year and the other only a month. */
function incompatibleDates(a: string, b: string): boolean {
  if (a === b) return false
  const ya = a.match(/\d{4}/)?.[0]
  const yb = b.match(/\d{4}/)?.[0]
  if (ya && yb) return ya !== yb
  return true
}

/** One event given two dates ("In September, … annexed Crimea after Russia annexed the peninsula … in 2014"). */
export function eventDateConflicts(input: RuleInput): FindingDraft[] {
  const { article } = input
  const out: FindingDraft[] = []
  for (const [s, e] of input.sentences) {
    const sentence = article.text.slice(s, e)
    for (const [lemma, pattern] of ONCE_ONLY_EVENTS) {
      const events = [...sentence.matchAll(pattern)]
      if (events.length < 2) continue
      const anchors = [...sentence.matchAll(DATE_ANCHOR)].map((m) => ({ text: m[0], value: dateValue(m[0]) }))
      const distinct = anchors.filter((a, i) => anchors.findIndex((b) => b.value === a.value) === i)
      const clash = distinct.flatMap((a, i) =>
        distinct
          .slice(i + 1)
          .filter((b) => incompatibleDates(a.value, b.value))
          .map((b) => [a, b] as const),
      )[0]
      if (!clash) continue
      out.push({
        rule: 'internal/event-date-conflict',
        severity: 'alert',
        message: `One event ("${lemma}") is given two dates in one passage: "${clash[0].text}" and "${clash[1].text}"`,
        span: [s, e],
      })
    }
  }
  return out
}

/** Office titles no one holds at once (a spokesman is not the Secretary General). Lowercase title stems. */
const EXCLUSIVE_TITLES = [
  'spokes',
  'press secretary',
  'secretary general',
  'secretary-general',
  'prime minister',
  'president',
  'chancellor',
  'foreign minister',
  'defen',
  'ambassador',
  'commander',
]

function titleClass(role: string): string | null {
  const lower = role.toLowerCase()
  if (/vice[- ]president/.test(lower)) return 'vice president'
  return EXCLUSIVE_TITLES.find((t) => lower.includes(t)) ?? null
}

/** One person given two incompatible roles ("Prime Minister X" and later "President X"). */
export function incompatibleRoles(input: RuleInput): FindingDraft[] {
  const byPerson = new Map<string, RoleMention[]>()
  for (const r of input.roles) {
    if (r.former) continue
    const key = normalizeName(r.name)
    byPerson.set(key, [...(byPerson.get(key) ?? []), r])
  }
  const out: FindingDraft[] = []
  for (const mentions of byPerson.values()) {
    const first = mentions[0]
    if (!first) continue
    const firstClass = titleClass(first.role)
    const other = mentions.find((m) => {
      const c = titleClass(m.role)
      return c !== null && firstClass !== null && c !== firstClass && !(c === 'chief' || firstClass === 'chief')
    })
    if (!other) continue
    // The knowledge base may know the person held both (Kirby: State Department, Pentagon, NSC spokesman).
    const person = findPerson(input.kb, first.name)
    if (person) {
      const held = new Set(input.kb.holdings.filter((h) => h.person === person).map((h) => h.office))
      const a = officesForRole(input.kb, first.role).offices.some((o) => held.has(o))
      const b = officesForRole(input.kb, other.role).offices.some((o) => held.has(o))
      if (a && b) continue
    }
    out.push({
      rule: 'internal/incompatible-roles',
      severity: 'warning',
      message: `${first.name} is called "${first.role}" and also "${other.role}"`,
      span: other.roleSpan,
    })
  }
  return out
}

const NUMBER_WORD = '(\\d[\\d,]*(?:\\.\\d+)?)'
const PART_OF_WHOLE = new RegExp(
  `\\b${NUMBER_WORD}\\s+(?:out\\s+of|of\\s+(?:the|its|their|all)(?:\\s+\\w+)?)\\s+${NUMBER_WORD}\\b`,
  'g',
)
const PERCENT = /(\d+(?:\.\d+)?)\s*(?:%|per ?cent)\s+of\b/gi

/** Numbers that do not add up: a part larger than its whole ("12 out of 10"), more than 100 per cent of something. */
export function numbersNotAddingUp({ article }: RuleInput): FindingDraft[] {
  const out: FindingDraft[] = []
  const value = (s: string) => Number(s.replace(/,/g, ''))
  for (const m of article.text.matchAll(PART_OF_WHOLE)) {
    if (value(m[1] ?? '0') > value(m[2] ?? '0') && !/^(?:19|20)\d{2}$/.test(m[2] ?? '')) {
      out.push({
        rule: 'internal/part-exceeds-whole',
        severity: 'warning',
        message: `A part larger than its whole: "${m[0]}"`,
        span: [m.index, m.index + m[0].length],
      })
    }
  }
  for (const m of article.text.matchAll(PERCENT)) {
    const before = article.text.slice(Math.max(0, m.index - 30), m.index)
    if (value(m[1] ?? '0') > 100 && !/\b(?:up|rose|increase|grew|jump|more than|higher)\w*\b/i.test(before)) {
      out.push({
        rule: 'internal/over-hundred-percent',
        severity: 'warning',
        message: `More than all of something: "${m[0]}"`,
        span: [m.index, m.index + m[0].length],
      })
    }
  }
  return out
}

/** The later of two ISO dates (compared as strings, which ISO 8601 allows). */
const laterOf = (a: string, b: string) => (a > b ? a : b)
/** The earlier of two ISO dates. */
const earlierOf = (a: string, b: string) => (a < b ? a : b)

function overlaps(a: [string, string], b: [string, string]): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

/**
 * Role and date facts against the knowledge base: a person given an office the knowledge base says others held; an
 * office-holder named outside their term when the article is dated; office-holders who never served at one time.
 */
export function knowledgeBaseConflicts(input: RuleInput): FindingDraft[] {
  const { kb, article } = input
  const out: FindingDraft[] = []
  const periods: Array<{ who: string; role: string; spans: Array<[string, string]> }> = []
  const reported = new Set<string>()
  for (const r of input.roles) {
    if (r.former) continue
    const { offices, qualified } = officesForRole(kb, r.role)
    if (offices.length === 0) continue
    const person = findPerson(kb, r.name)
    const held = holderOf(kb, person, offices)
    if (held.length > 0) {
      periods.push({ who: person ?? r.name, role: r.role, spans: held.map(holdingPeriod) })
      const published = article.published?.slice(0, 10)
      if (published && !held.some((h) => overlaps(holdingPeriod(h), [published, `${published}~`]))) {
        out.push({
          rule: 'kb/out-of-term',
          severity: 'info',
          message: `${r.name} is called "${r.role}" in an article dated ${published}, outside their term (${held.map((h) => `${h.start ?? '?'}–${h.end ?? 'now'}`).join(', ')})`,
          span: r.roleSpan,
        })
      }
      continue
    }
    if (!qualified || !person || reported.has(person)) continue
    // A known office-holder given an office the knowledge base says someone else held.
    reported.add(person)
    const theirs = [...new Set(kb.holdings.filter((h) => h.person === person).map((h) => h.office))]
    out.push({
      rule: 'kb/role-conflict',
      severity: 'warning',
      message: `${r.name} is called "${r.role}", but the knowledge base lists ${person} only as ${theirs.join(', ')}; holders of that office: ${offices
        .flatMap((o) => holdersOf(kb, o).map((h) => h.person))
        .slice(-4)
        .join(', ')}`,
      span: r.roleSpan,
    })
  }
  // The named office-holders should have served at one time.
  let window: Array<[string, string]> = [['0000', '9999']]
  for (const p of periods) {
    const next: Array<[string, string]> = []
    for (const w of window)
      for (const s of p.spans) {
        const start = laterOf(w[0], s[0])
        const end = earlierOf(w[1], s[1])
        if (start < end) next.push([start, end])
      }
    if (next.length === 0) {
      out.push({
        rule: 'kb/inconsistent-period',
        severity: 'warning',
        message: `The office-holders named never served at the same time: ${p.who} (${p.role}) does not overlap ${periods
          .slice(0, periods.indexOf(p))
          .map((q) => q.who)
          .filter((w, i, all) => all.indexOf(w) === i)
          .join(', ')}`,
        ...(input.roles.find((r) => normalizeName(r.name) === normalizeName(p.who))
          ? { span: input.roles.find((r) => normalizeName(r.name) === normalizeName(p.who))?.roleSpan as Span }
          : {}),
      })
      break
    }
    window = next
  }
  return out
}

/** The period the article's office-holders imply, or null: where all their terms overlap. */
export function impliedPeriod(input: RuleInput): Array<[string, string]> | null {
  let window: Array<[string, string]> | null = null
  for (const r of input.roles) {
    if (r.former) continue
    const { offices } = officesForRole(input.kb, r.role)
    const held = holderOf(input.kb, findPerson(input.kb, r.name), offices)
    if (held.length === 0) continue
    const spans = held.map(holdingPeriod)
    if (!window) {
      window = spans
      continue
    }
    const next: Array<[string, string]> = []
    for (const w of window)
      for (const s of spans) {
        const start = laterOf(w[0], s[0])
        const end = earlierOf(w[1], s[1])
        if (start < end) next.push([start, end])
      }
    if (next.length > 0) window = next
  }
  return window
}

const DETERMINERS = /^(?:(?:many|some|all|several|other|the|its|their|every time|time|when|while|and|but|as)\s+)+/i

/** The party a clause names just before its verb ("every time NATO members" → "nato members"), or null. */
function giverOf(clause: string, textBefore: string): string | null {
  // "Ukraine, which has been supplying …": the giver is what "which" refers to, just before the comma.
  if (/^\s*(?:which|who)\b/i.test(clause)) {
    const antecedent = textBefore.match(
      /([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*(?:\s+(?:members|allies|countries|forces|states))?)\s*,\s*$/,
    )
    return antecedent?.[1]?.toLowerCase() ?? null
  }
  // Greedy lead: the capitalised run nearest the verb, not a sentence-initial "Every".
  const named = clause.match(
    /^.*\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*(?:\s+(?:members|allies|countries|forces|states))?)\s+(?:\w+\s+){0,3}$/,
  )
  return named?.[1]?.toLowerCase() ?? null
}

/**
 * Aid said to flow both ways between the same two parties ("NATO members provide support to Ukraine" and "Ukraine
 * … has been supplying weapons to many NATO members"): one of the two is garbled, often by a bad splice.
 */
export function reversedAidFlows({ article }: RuleInput): FindingDraft[] {
  const flows: Array<{ from: string; to: string; span: Span; text: string }> = []
  for (const m of article.text.matchAll(AID_FLOW)) {
    const clause = m[1] ?? ''
    const from = giverOf(clause, article.text.slice(Math.max(0, m.index - 80), m.index))
    const to = (m[4] ?? '').replace(DETERMINERS, '').toLowerCase()
    if (!from || !to || from === to) continue
    const start = m.index + clause.length
    flows.push({ from, to, span: [start, m.index + m[0].length], text: m[0].slice(clause.length) })
  }
  const out: FindingDraft[] = []
  for (const [i, later] of flows.entries()) {
    const earlier = flows.slice(0, i).find((f) => f.from === later.to && f.to === later.from)
    if (!earlier) continue
    out.push({
      rule: 'internal/reversed-relation',
      severity: 'warning',
      message: `The article has aid flowing both ways: "${earlier.text}" and "${later.text}"`,
      span: later.span,
    })
  }
  return out
}

/** The article-alone rules, in the order their findings are listed. */
export const ARTICLE_RULES: ReadonlyArray<(input: RuleInput) => FindingDraft[]> = [
  eventDateConflicts,
  incompatibleRoles,
  numbersNotAddingUp,
  reversedAidFlows,
  knowledgeBaseConflicts,
  unverifiableProvenance,
  unnamedSources,
  headlineFraming,
  unresolvedReferences,
  sensationalLanguage,
  firstPersonNarration,
  headlineUnsupportedWords,
]
