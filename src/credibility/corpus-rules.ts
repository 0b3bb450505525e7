/**
 * Credibility rules that need the rest of the corpus: officials no other report and no knowledge base knows,
 * statements other reports contradict, statements no independent outlet carries.
 */
import type { CredibilityContext } from '../model/corpus.js'
import type { Article, Entity, StatementRef } from '../model/index.js'
import { findPerson, holdersOf, normalizeName, officesForRole } from './knowledge-base.js'
import { SPOKESPERSON, STOPWORDS } from './lexicons.js'
import { styleReading } from './reading.js'
import { type FindingDraft, impliedPeriod, type RuleInput } from './rules.js'
import { specificFacts } from './style.js'

/**
 * Qualifiers that make a role another office than the one its title names ("deputy spokesman", "assistant
 * secretary of state", "the group's senior vice president"). Hand-compiled from common English rank qualifiers.
 */
const SUBORDINATE_ROLE = /\b(?:deputy|assistant|associate|senior|executive|junior|under)\b/i

/** How many distinct articles name this person, from the entities stage (0 when it does not know the name). */
function articlesNaming(name: string, context: CredibilityContext): number {
  const wanted = normalizeName(name)
  let most = 0
  for (const e of context.entities.values()) {
    const names = [e.name, ...e.aliases].map(normalizeName)
    if (!names.includes(wanted)) continue
    most = Math.max(most, context.entityArticleCount.get(e.id) ?? articleIds(e).size)
  }
  return most
}

function articleIds(e: Entity): Set<string> {
  return new Set(e.mentions.map((m) => m.article))
}

/**
 * A speaker given an official role ("NATO spokesman Dan Lund") that no other report in the corpus names and the
 * knowledge base does not list. When the knowledge base covers that office, it says who held it instead.
 */
export function unknownOfficials(input: RuleInput, context: CredibilityContext): FindingDraft[] {
  const out: FindingDraft[] = []
  const seen = new Set<string>()
  const period = impliedPeriod(input)
  for (const r of input.roles) {
    const key = normalizeName(r.name)
    if (seen.has(key) || r.former) continue
    const found = officesForRole(input.kb, r.role)
    // A deputy, assistant or senior vice president holds another office than the one the knowledge base lists.
    const qualified = found.qualified && !SUBORDINATE_ROLE.test(r.role)
    const offices = qualified ? found.offices : []
    const official = SPOKESPERSON.test(r.role) || offices.length > 0
    if (!official) continue
    seen.add(key)
    if (findPerson(input.kb, r.name)) continue
    if (articlesNaming(r.name, context) > 1) continue
    const then = period
      ? offices
          .flatMap((o) => holdersOf(input.kb, o))
          .filter((h) => period.some(([s, e]) => (h.start ?? '0000') < e && s < (h.end ?? '9999')))
      : []
    // When the article's time is known (from office-holders it names) and the knowledge base lists nobody in the
    // office then, it does not cover that time: it cannot say this person did not hold the office.
    const holders = period && then.length === 0 ? [] : offices.flatMap((o) => holdersOf(input.kb, o))
    const known = (then.length > 0 ? then : holders).map((h) => `${h.person} (${h.start ?? '?'}–${h.end ?? 'now'})`)
    out.push({
      rule: 'speaker/unknown-official',
      // Without the knowledge base covering the office, "no other report names them" is weak evidence on its own:
      // real reporting names many officials once. With it, the office's holders are known and this is not one.
      severity: holders.length > 0 ? 'alert' : 'info',
      message:
        holders.length > 0
          ? `No other report names ${r.name}, "${r.role}", and the knowledge base lists other holders of that office${then.length ? ' at the time' : ''}: ${known.slice(-3).join(', ')}`
          : `No other report and no knowledge-base entry knows ${r.name}, presented as "${r.role}"`,
      span: r.nameSpan,
    })
  }
  return out
}

/** Statements another report contradicts (from the cross-check stage). */
export function contradictedStatements(articleId: string, context: CredibilityContext): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const r of context.relations) {
    if (r.kind !== 'contradicts') continue
    const mine = r.from.article === articleId ? r.from : r.to
    const other = r.from.article === articleId ? r.to : r.from
    if (other.article === articleId) continue
    // The side that other reports back is not the one in doubt: a statement that independent outlets repeat or
    // agree with, contradicted by one report, is noted, not held against the article.
    // A headline (`field: 'title'`) has no span in the body: no body statement backs it, and the finding has no span.
    const inTitle = mine.field === 'title'
    const backers = inTitle ? 0 : supportersOf(articleId, mine.span, context, other.article)
    // Of two reports that contradict each other, which is the likelier wrong? First, when both versions have words
    // of their own, the one whose words the other report uses elsewhere (`versionEcho`): the contradictor then
    // knows this version too. Otherwise the vaguer report: a contradiction from a report with fewer specific facts
    // than this one is noted, not held against it.
    const self = context.corpus.article(articleId)
    const contradictor = context.corpus.article(other.article)
    const echo = self && contradictor ? versionEcho(mine, other, self, contradictor) : 0
    const echoed = echo > 0
    const vaguer = echo === 0 && self && contradictor ? factCount(contradictor) < factCount(self) : false
    // The odd one out: a report that other independent reports contradict too, where nothing but it contradicts
    // this one, is more likely the wrong side.
    // (The map's keys are the independent reports that contradict this one.)
    const opponent = context.corpus.copyOf(other.article) ?? other.article
    const againstContradictor = context.contradictorsOpposed?.get(opponent)?.length ?? 0
    const othersAgainstMe = [...(context.contradictorsOpposed?.keys() ?? [])].some((o) => o !== opponent)
    const outlier = againstContradictor > 0 && !othersAgainstMe
    out.push({
      rule: 'crosscheck/contradicted',
      severity: backers > 0 || echoed || vaguer || outlier ? 'info' : 'warning',
      message:
        backers > 0
          ? `Contradicted by another report (${r.note}), but ${backers} other report${backers > 1 ? 's agree' : ' agrees'} with this statement`
          : echoed
            ? `Contradicted by a report that uses this version's own words elsewhere, where this report does not use the other version's (${r.note})`
            : vaguer
              ? `Contradicted by a less specific report (${r.note})`
              : outlier
                ? `Contradicted by a report that ${againstContradictor} other report${againstContradictor > 1 ? 's' : ''} also contradict${againstContradictor > 1 ? '' : 's'} (${r.note})`
                : echo < 0
                  ? `Contradicted by another report (${r.note}), whose version this report's other sentences echo: the words of this version are its own`
                  : `Contradicted by another report: ${r.note}`,
      ...(inTitle ? {} : { span: mine.span }),
      related: [r.id, other.article],
    })
  }
  return out
}

/**
 * Fewest words of its own (content words the other version lacks) each version of a contradicted statement needs
 * before `versionEcho` reads anything into them: a one-word change ("blocked" / "accepted") says nothing about which
 * report knows which version. Chosen on the paired stories' out-of-fold scores (bench/credibility.mjs): real above
 * fabricated 0.883 without the cue, 0.917 / 0.925 / 0.925 / 0.917 at 3 / 4 / 5 / 6 words, 0.892 at 8; other-source
 * 0.800 without, 0.808 / 0.817 / 0.825 / 0.817 at 3 / 4 / 5 / 6 (simulated from the dossiers' contributions).
 */
export const ECHO_MIN_WORDS = 4

/** A content word's stem: lowercase, without common inflections, its first six letters ("blocked" ~ "blocks"). */
const echoStem = (word: string) => word.replace(/(?:ing|ed|es|s|ly)$/, '').slice(0, 6)

/** How often each content-word stem (three letters or more, no stop words) occurs in a text. */
function stemCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const w of text.toLowerCase().match(/[a-z][a-z'’-]+/g) ?? [])
    if (w.length > 2 && !STOPWORDS.has(w)) counts.set(echoStem(w), (counts.get(echoStem(w)) ?? 0) + 1)
  return counts
}

/** Stem counts of each article's body and the stems of its headline, once per article object. */
const articleStems = new WeakMap<Article, { body: Map<string, number>; title: Set<string> }>()

function stemsOf(article: Article): { body: Map<string, number>; title: Set<string> } {
  let stems = articleStems.get(article)
  if (!stems) {
    stems = { body: stemCounts(article.text), title: new Set(stemCounts(article.title ?? '').keys()) }
    articleStems.set(article, stems)
  }
  return stems
}

/**
 * The share of the words of `version` that `counter` lacks which `counterArticle` uses outside `counter` (in its
 * headline or its other sentences; a headline's rest is the body).
 */
function echoShare(
  version: StatementRef,
  counter: StatementRef,
  counterArticle: Article,
): { own: number; share: number } {
  const theirs = stemCounts(counter.text)
  const own = [...stemCounts(version.text).keys()].filter((w) => !theirs.has(w))
  const { body, title } = stemsOf(counterArticle)
  const inTitle = counter.field === 'title'
  const inStatement = inTitle ? null : stemCounts(counterArticle.text.slice(counter.span[0], counter.span[1]))
  const elsewhere = (w: string) => (body.get(w) ?? 0) > (inStatement?.get(w) ?? 0) || (!inTitle && title.has(w))
  return { own: own.length, share: own.length ? own.filter(elsewhere).length / own.length : 0 }
}

/**
 * Which of two contradicting versions of a statement both reports know: +1 when the contradictor's other sentences
 * (and headline) use more of this version's own words than this article's other sentences use of the contradictor's,
 * −1 the other way, 0 when either version has fewer than ECHO_MIN_WORDS words of its own or the shares are equal.
 * When one report was written from another and one sentence altered, the original's words survive elsewhere in the
 * altered report, while the altered words are new: the version the other report echoes is the likelier original.
 * On the paired stories' contradicted findings where the cue speaks it sides with the real report 42 times, with the
 * fabricated one 24 times, and it is right on pairs where the fact count is not (a fabricated rewrite that invents
 * new names and figures is the more specific).
 */
export function versionEcho(mine: StatementRef, theirs: StatementRef, self: Article, contradictor: Article): number {
  const mineEchoed = echoShare(mine, theirs, contradictor)
  const theirsEchoed = echoShare(theirs, mine, self)
  if (mineEchoed.own < ECHO_MIN_WORDS || theirsEchoed.own < ECHO_MIN_WORDS) return 0
  return Math.sign(mineEchoed.share - theirsEchoed.share)
}

/**
 * How many other independent articles repeat or agree with the statement of this article at `span`, leaving out
 * `except` (the report it is weighed against) and its copies.
 */
function supportersOf(articleId: string, span: [number, number], context: CredibilityContext, except: string): number {
  // The report on the other side of the relation in question does not back this article's side of it.
  const opponent = context.corpus.copyOf(except) ?? except
  const backers = new Set<string>()
  for (const r of context.relations) {
    if (r.kind !== 'agrees' && r.kind !== 'same-quote') continue
    const mine = r.from.article === articleId ? r.from : r.to
    const other = r.from.article === articleId ? r.to : r.from
    if (other.article === articleId || mine.span[1] <= span[0] || span[1] <= mine.span[0]) continue
    const original = context.corpus.copyOf(other.article) ?? other.article
    if (original !== articleId && original !== opponent && context.corpus.copyOf(articleId) !== original)
      backers.add(original)
  }
  return backers.size
}

/**
 * Statements of this article that no independent outlet carries, when other reports of the story exist (the
 * article has relations with them); a lone article is not penalised for being alone.
 */
export function uncorroboratedStatements(articleId: string, context: CredibilityContext): FindingDraft[] {
  const others = new Set(
    context.relations.flatMap((r) => [r.from.article, r.to.article]).filter((a) => a !== articleId),
  )
  if (others.size === 0) return []
  const out: FindingDraft[] = []
  for (const c of context.corroboration) {
    if (c.statement.article !== articleId || c.outlets.length > 1) continue
    out.push({
      rule: 'crosscheck/uncorroborated',
      severity: 'info',
      message: `No independent outlet reports this statement: "${c.statement.text.slice(0, 80)}"`,
      span: c.statement.span,
    })
  }
  return out
}

/** Relations in which another report agrees with or repeats a statement of this article. */
export function corroboratingRelations(articleId: string, context: CredibilityContext): number {
  return context.relations.filter(
    (r) =>
      (r.kind === 'agrees' || r.kind === 'same-quote') &&
      (r.from.article === articleId ? r.to.article : r.from.article) !== articleId &&
      context.corpus.copyOf(r.from.article === articleId ? r.to.article : r.from.article) !== articleId,
  ).length
}

/** Relation rule of an altered quote whose change alters its meaning (dropped negation, changed number, ...). */
const MEANING_CHANGED = 'altered-quote/meaning-changed'

/** A quote's words without the quotation marks around them, to be quoted once in a message. */
function unquoted(text: string): string {
  return text.replace(/^\s*[“"‘'«]+|[”"’'»]+\s*$/g, '')
}

/**
 * A quote another report carries with a change of meaning (the cross-check stage marks the change): the finding goes
 * to the version that altered it: the later one when both articles are dated; otherwise the odd one out, when other
 * reports carry the quote (they group with the other version) and none backs this one. A version that an
 * independent report repeats is not the altered one. When nothing tells them apart, an info finding says that one of
 * the two versions altered it.
 */
export function alteredQuotes(articleId: string, context: CredibilityContext): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const r of context.relations) {
    if (r.kind !== 'altered-quote' || r.rule !== MEANING_CHANGED) continue
    const mine = r.from.article === articleId ? r.from : r.to
    const other = r.from.article === articleId ? r.to : r.from
    if (other.article === articleId || context.corpus.copyOf(other.article) === articleId) continue
    const mineDate = Date.parse(context.corpus.article(articleId)?.published ?? '')
    const otherDate = Date.parse(context.corpus.article(other.article)?.published ?? '')
    const dated = Number.isFinite(mineDate) && Number.isFinite(otherDate) && mineDate !== otherDate
    let alterer: 'mine' | 'other' | null = dated ? (mineDate > otherDate ? 'mine' : 'other') : null
    if (!alterer) {
      const independent = (id: string) => context.corpus.copyOf(id) ?? id
      const thirdParties = new Set(
        context.corroboration
          .filter((c) => c.articles.includes(other.article))
          .flatMap((c) => c.articles.map(independent))
          .filter((id) => id !== independent(articleId) && id !== independent(other.article)),
      )
      if (supportersOf(articleId, mine.span, context, other.article) > 0) alterer = 'other'
      else if (thirdParties.size > 0) alterer = 'mine'
    }
    if (alterer === 'other') continue
    out.push({
      rule: 'crosscheck/altered-quote',
      severity: alterer === 'mine' ? 'warning' : 'info',
      message:
        alterer === 'mine'
          ? `Quotes "${unquoted(mine.text).slice(0, 80)}" with a change of meaning from ${dated ? 'an earlier report' : 'other reports'} (${r.note})`
          : `This quote and another report's version of it differ in meaning; one of the two altered it (${r.note})`,
      span: mine.span,
      related: [r.id, other.article],
    })
  }
  return out
}

/**
 * Other reports of a story compared at most (the first ones listed), so a large story costs a bounded amount and a
 * newcomer to a large story does not change the assessment of every earlier report.
 */
export const MATES_COMPARED = 20

/** Distinct specific facts per article, computed once per article object. */
const factCounts = new WeakMap<Article, number>()

function factCount(article: Article): number {
  let n = factCounts.get(article)
  if (n === undefined) {
    // The body as the stage reads it: a Title Case headline left at the top of an untitled text is not a run of names.
    n = specificFacts(styleReading(article).body).size
    factCounts.set(article, n)
  }
  return n
}

/** How specific an article is beside the other reports of its story. */
export interface StorySpecificity {
  /** Distinct specific facts (numbers, names) the article states. */
  own: number
  /** The median of the same count over the story's other independent reports. */
  median: number
  /** How many other reports were compared. */
  reports: number
}

/**
 * The article's specific facts (numbers and names a reader can check: `specificFacts`) beside the median of the
 * other independent reports of its story; null when it is the story's only report. Reports of one event are about the
 * same facts, so the comparison holds the topic fixed: a report that gives a fraction of the checkable detail the
 * others give is vaguer about the same event.
 */
export function storySpecificity(article: Article, context: CredibilityContext): StorySpecificity | null {
  const mates = (context.storyMates ?? [])
    .slice(0, MATES_COMPARED)
    .map((id) => context.corpus.article(id))
    .filter((a): a is Article => a !== undefined && a.id !== article.id)
  if (mates.length === 0) return null
  const counts = mates.map(factCount).sort((a, b) => a - b)
  const mid = Math.floor(counts.length / 2)
  const median = counts.length % 2 ? (counts[mid] ?? 0) : ((counts[mid - 1] ?? 0) + (counts[mid] ?? 0)) / 2
  return { own: factCount(article), median, reports: mates.length }
}

/** A report much vaguer than the other reports of its story: fewer than half their specific facts, 3 or more fewer. */
export function lessSpecificThanStory(specificity: StorySpecificity | null): FindingDraft[] {
  if (!specificity) return []
  const { own, median, reports } = specificity
  if (own >= median / 2 || median - own < 3) return []
  return [
    {
      rule: 'crosscheck/less-specific',
      severity: 'info',
      message: `Gives ${own} checkable specifics (numbers, names) where the other ${reports > 1 ? `${reports} reports` : 'report'} of this story give${reports > 1 ? ' a median of' : ''} ${median}: vaguer about the same event`,
    },
  ]
}

/** The entity ids each article mentions, built once per dossier (per entity map) in one pass over the mentions. */
const entitiesByArticle = new WeakMap<Map<string, Entity>, Map<string, string[]>>()

function entityIdsOf(articleId: string, context: CredibilityContext): string[] {
  let index = entitiesByArticle.get(context.entities)
  if (!index) {
    index = new Map()
    for (const e of context.entities.values())
      for (const article of articleIds(e)) {
        const list = index.get(article) ?? []
        list.push(e.id)
        index.set(article, list)
      }
    entitiesByArticle.set(context.entities, index)
  }
  return index.get(articleId) ?? []
}

/**
 * The people, organisations and places the article names, and how many of them another independent report also
 * names (from the entities stage): a report about the known world names what others name; one whose every name is
 * its own gives a reader nothing to check it against. Null when no two reports of the corpus share a name (an
 * article alone, or a corpus of unrelated ones), where the comparison says nothing.
 */
export function corroboratedNames(
  articleId: string,
  context: CredibilityContext,
): { names: number; shared: number } | null {
  if (!namesCanBeShared(context)) return null
  const ids = entityIdsOf(articleId, context)
  return { names: ids.length, shared: ids.filter((id) => (context.entityArticleCount.get(id) ?? 0) > 1).length }
}

/** Whether any two reports of the corpus name one entity, per dossier: if none do, there is nothing to check against. */
const sharingCorpora = new WeakMap<Map<string, number>, boolean>()

function namesCanBeShared(context: CredibilityContext): boolean {
  let known = sharingCorpora.get(context.entityArticleCount)
  if (known === undefined) {
    known = [...context.entityArticleCount.values()].some((n) => n > 1)
    sharingCorpora.set(context.entityArticleCount, known)
  }
  return known
}
