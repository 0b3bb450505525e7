/**
 * Stories stage: group articles reporting the same event; detect copies.
 * FOUNDATION VERSION: word-set overlap against every story's first article. Issue 5 replaces it with an index.
 */
import type { StoryIndex } from '../model/corpus.js'
import type { Article, CopyLink, Story } from '../model/index.js'

const WORD = /\p{L}[\p{L}'’-]{3,}/gu

function words(text: string): Set<string> {
  return new Set(Array.from(text.toLowerCase().matchAll(WORD), (m) => m[0]))
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0
  for (const w of a) if (b.has(w)) inter++
  return inter / (a.size + b.size - inter || 1)
}

/** A new, empty story index. */
export function createStoryIndex(): StoryIndex {
  const stories: Array<Story & { words: Set<string> }> = []
  const copies: CopyLink[] = []
  const seen: Array<{ id: string; words: Set<string> }> = []
  return {
    add(article: Article) {
      const w = words(`${article.title ?? ''} ${article.text}`)
      let copyOf: CopyLink | null = null
      for (const s of seen) {
        const sim = jaccard(w, s.words)
        if (sim >= 0.9) {
          copyOf = { article: article.id, of: s.id, similarity: sim }
          copies.push(copyOf)
          break
        }
      }
      seen.push({ id: article.id, words: w })
      let best: (typeof stories)[number] | undefined
      let bestSim = 0.12
      for (const s of stories) {
        const sim = jaccard(w, s.words)
        if (sim > bestSim) {
          best = s
          bestSim = sim
        }
      }
      if (!best) {
        best = {
          id: `s${stories.length + 1}`,
          title: article.title ?? '(untitled)',
          articles: [],
          start: null,
          end: null,
          words: w,
        }
        stories.push(best)
      }
      best.articles.push(article.id)
      if (article.published) {
        if (!best.start || article.published < best.start) best.start = article.published
        if (!best.end || article.published > best.end) best.end = article.published
      }
      return { story: best.id, copyOf }
    },
    stories: () => stories.map(({ words: _w, ...s }) => s),
    copies: () => [...copies],
  }
}
