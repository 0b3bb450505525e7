import type { CorpusView, CredibilityContext } from '../../src/model/corpus.js'

/** A corpus that knows no other article. */
export const EMPTY_VIEW: CorpusView = { article: () => undefined, storyOf: () => undefined, copyOf: () => undefined }

/** The credibility context of an article alone: no other report, relation, corroboration or entity. */
export const ALONE: CredibilityContext = {
  corpus: EMPTY_VIEW,
  relations: [],
  corroboration: [],
  entities: new Map(),
  entityArticleCount: new Map(),
}

/** Signals for `combineSignals` that move the score neither way (no findings, neutral style, no reputation). */
export const NEUTRAL_SIGNALS = {
  findings: [],
  style: { logit: 0, parts: [] },
  reputation: null,
  corroborations: 0,
  attribution: { sentences: 1, attributed: 0, named: 0 },
}
