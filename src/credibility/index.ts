/**
 * Credibility stage: explainable findings per article and a score built from them.
 *
 * Findings come from the article alone (`rules.ts`: internal contradictions, provenance, sourcing, headline framing,
 * headline words the body never uses, sensational wording, spliced text, knowledge-base conflicts, the writer's
 * first-person voice), from the corpus (`corpus-rules.ts`: unknown officials, contradicted statements (a warning
 * unless backed by other reports, or the contradictor's other sentences echo this version (`versionEcho`), or, when
 * that cue is silent, the contradictor is the vaguer report), quotes altered in meaning, uncorroborated
 * statements, a report much vaguer than the rest of its story), and from outlet reputation (`reputation.ts`).
 * An untitled text whose first line is a headline is read with that line as its headline (`leadingHeadline`).
 *
 * Score: a logistic combination, documented in `score.ts`: log-odds = prior + Σ finding weights (capped per rule,
 * once per other report for cross-check findings) + style model + reputation + corroboration + story specificity
 * (specific facts beside the story's other reports) + first-person voice (pronouns outside quotations) + headline
 * support (share of headline words the body uses); score = 1 / (1 + e^-log-odds). Every term is listed in
 * `contributions`.
 */
import type { Assessment, CredibilityContext } from '../model/corpus.js'
import type { Article, Finding } from '../model/index.js'
import {
  alteredQuotes,
  contradictedStatements,
  corroboratedNames,
  corroboratingRelations,
  lessSpecificThanStory,
  storySpecificity,
  uncorroboratedStatements,
  unknownOfficials,
} from './corpus-rules.js'
import { loadKnowledgeBase } from './knowledge-base.js'
import { styleReading } from './reading.js'
import { articleReputation } from './reputation.js'
import { ARTICLE_RULES, attributionShare, type FindingDraft, ruleInput } from './rules.js'
import { combineSignals } from './score.js'
import { type StyleModel, styleLogit } from './style.js'
import { firstPersonRate } from './voice.js'

export { MATES_COMPARED } from './corpus-rules.js'
export { leadingHeadline, styleReading } from './reading.js'
export { articleReputation, buildReputation, findReputation } from './reputation.js'
export { combineSignals } from './score.js'
export { loadStyleModel, type StyleModel, StyleModelError, styleFeatures } from './style.js'

/** Options of the credibility stage. */
export interface CredibilityOptions {
  /** The style model to score with; default the shipped one, or the file `TRIANGULATE_STYLE_MODEL` names. */
  styleModel?: StyleModel
}

/**
 * Judges one article: findings with spans, and a score in [0, 1] with each signal's contribution.
 * @param options the style model to use (default: `defaultStyleModel()`)
 */
export function assessCredibility(
  article: Article,
  context: CredibilityContext,
  options: CredibilityOptions = {},
): Assessment {
  const kb = loadKnowledgeBase()
  // With no title, a headline left at the top of the text is read as one: by the rules, and (not as body) by the
  // style model.
  const reading = styleReading(article)
  const input = ruleInput(!article.title && reading.title ? { ...article, title: reading.title } : article, kb)
  const specificity = storySpecificity(article, context)
  const drafts: FindingDraft[] = [
    ...ARTICLE_RULES.flatMap((rule) => rule(input)),
    ...unknownOfficials(input, context),
    ...contradictedStatements(article.id, context),
    ...alteredQuotes(article.id, context),
    ...uncorroboratedStatements(article.id, context),
    ...lessSpecificThanStory(specificity),
  ]
  const reputation = articleReputation(article)
  if (reputation && reputation.entry.status !== 'generally reliable' && reputation.entry.status !== 'no consensus') {
    drafts.push({
      rule: 'reputation/outlet-rated',
      severity: 'info',
      message: `${reputation.entry.name} is rated "${reputation.entry.status}"${reputation.entry.qualifier ? ` ${reputation.entry.qualifier}` : ''} on Wikipedia's perennial-sources list (matched by ${reputation.matchedBy}); one signal, not a verdict`,
    })
  }
  const findings: Finding[] = drafts.map((d, i) => ({ id: `${article.id}:f${i + 1}`, article: article.id, ...d }))
  const style = styleLogit(reading.title, reading.body, options.styleModel)
  const combined = combineSignals({
    findings,
    style,
    reputation: reputation?.entry.status ?? null,
    corroborations: corroboratingRelations(article.id, context),
    names: corroboratedNames(article.id, context),
    attribution: attributionShare(input),
    specificity,
    headline: { words: input.headline.words.length, missing: input.headline.missing.length },
    voice: { pronouns: input.voice.mentions.length, words: input.voice.words, rate: firstPersonRate(input.voice) },
  })
  return {
    credibility: {
      score: combined.score,
      findings: findings.map((f) => f.id),
      contributions: combined.contributions,
      reputation: reputation
        ? {
            outlet: reputation.entry.name,
            status: reputation.entry.status,
            source: 'Wikipedia:Reliable sources/Perennial sources (CC BY-SA 4.0)',
          }
        : null,
    },
    findings,
  }
}
