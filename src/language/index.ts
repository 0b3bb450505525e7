/**
 * Language stage: sentences, mentions (people, organisations, places, roles), dates and figures.
 * FOUNDATION VERSION: sentence split only. Issue 4 deepens it.
 */
import type { Article, Span } from '../model/index.js'

const SENTENCE_END = /[.!?]["”’)]?(?=\s+[A-Z“"‘]|\s*\n|\s*$)|\n{2,}/g

/** Splits text into sentence spans. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length
    const s = text.slice(start, end)
    const lead = s.length - s.trimStart().length
    if (s.trim()) spans.push([start + lead, start + s.trimEnd().length])
    start = end
  }
  const rest = text.slice(start)
  if (rest.trim()) spans.push([start + rest.length - rest.trimStart().length, start + rest.trimEnd().length])
  return spans
}

/** Adds sentences, mentions, dates and figures to an article. Pure. */
export function analyzeLanguage(article: Article): Article {
  return { ...article, sentences: splitSentences(article.text) }
}
