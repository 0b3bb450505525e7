/**
 * The article stages in order. Each is a pure function of one article, so this runs anywhere (a worker, a test)
 * and its output can be cached by article id.
 */
import { type ExtractOptions, extractArticle } from '../extract/index.js'
import { analyzeLanguage } from '../language/index.js'
import type { Article, Source } from '../model/index.js'
import { attributeQuotes } from '../quotes/index.js'

/** Options of `processSource`. */
export interface ArticleStageOptions extends ExtractOptions {}

/** Runs extract, language and quotes on one source. */
export function processSource(source: Source, options: ArticleStageOptions = {}): Article {
  // 1. Clean text and metadata: every later span points into this text.
  const extracted = extractArticle(source, options)
  // 2. Sentences, mentions, dates and figures: what quotes and claims are built from.
  const analyzed = analyzeLanguage(extracted)
  // 3. Who said what, with coreference resolved to the full name.
  return attributeQuotes(analyzed)
}
