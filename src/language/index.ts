/**
 * Language stage: paragraphs and sentences, mentions (people, organisations, places, roles), dates and figures.
 * Each step is its own file, run in order here.
 */
import type { Article } from '../model/index.js'
import { splitSentences } from './01-sentences.js'
import { findMentions } from './02-mentions.js'
import { findDates } from './03-dates.js'
import { findFigures } from './04-figures.js'

export { splitParagraphs, splitSentences } from './01-sentences.js'
export { findMentions } from './02-mentions.js'
export { findDates } from './03-dates.js'
export { findFigures } from './04-figures.js'

/** Adds sentences, mentions, dates and figures to an article. Pure. */
export function analyzeLanguage(article: Article): Article {
  const text = article.text
  // 1. Sentences that survive "U.S.", "Gen.", "Jan. 5" and initials: quotes and claims are cut along them.
  const sentences = splitSentences(text)
  // 2. People, organisations and places with their roles: the candidates quotes resolve "she" and "Smith" to.
  const mentions = findMentions(text)
  // 3. Dates, resolved against the publication date when the article has one.
  const dates = findDates(text, article.published)
  // 4. Amounts with units, for cross-checking figures between reports.
  const figures = findFigures(text)
  return { ...article, sentences, mentions, dates, figures }
}
