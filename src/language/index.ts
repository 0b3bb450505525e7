/**
 * Language stage: paragraphs and sentences, mentions (people, organisations, places, roles), dates and figures.
 * Each step is its own file, run in order here.
 */
import type { Article } from '../model/index.js'
import { splitSentences } from './01-sentences.js'

export { splitParagraphs, splitSentences } from './01-sentences.js'

/** Adds sentences, mentions, dates and figures to an article. Pure. */
export function analyzeLanguage(article: Article): Article {
  // 1. Sentences that survive "U.S.", "Gen.", "Jan. 5" and initials: quotes and claims are cut along them.
  const sentences = splitSentences(article.text)
  return { ...article, sentences }
}
