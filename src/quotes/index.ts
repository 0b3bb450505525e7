/**
 * Quotes stage: direct, mixed and indirect quotes with their cue and speaker.
 * FOUNDATION VERSION: direct quotes followed by "Name said". Issue 4 deepens it.
 */
import type { Article, Quote } from '../model/index.js'

const DIRECT_THEN_SPEAKER =
  /[“"]([^“”"]{8,}?)[,.!?]?[”"],?\s+((?:[A-Z][\w'’-]+\s?){1,3})\s+(said|says|added|told|stated|warned)\b/g

/** Finds the article's quotes and attributes them. Pure. */
export function attributeQuotes(article: Article): Article {
  const quotes: Quote[] = []
  for (const m of article.text.matchAll(DIRECT_THEN_SPEAKER)) {
    const content = m[1] ?? ''
    const start = m.index + 1
    const name = (m[2] ?? '').trim()
    const nameStart = m.index + m[0].indexOf(name, m[0].length - name.length - (m[3]?.length ?? 0) - 2)
    const cueStart = m.index + m[0].length - (m[3]?.length ?? 0)
    quotes.push({
      id: `${article.id}:q${quotes.length + 1}`,
      article: article.id,
      text: content,
      span: [start, start + content.length],
      kind: 'direct',
      cue: m[3] ?? null,
      cueSpan: [cueStart, cueStart + (m[3]?.length ?? 0)],
      speaker: { entity: null, name, role: null, mention: name, mentionSpan: [nameStart, nameStart + name.length] },
    })
  }
  return { ...article, quotes }
}
