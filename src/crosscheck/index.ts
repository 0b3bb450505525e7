/**
 * Cross-check stage: match quotes and claims across articles (same-quote, altered-quote, agrees, contradicts).
 * FOUNDATION VERSION: exact same-quote by normalised text. Issue 5 deepens it.
 */
import type { CorpusView, StatementIndex } from '../model/corpus.js'
import type { Article, Corroboration, Quote, Relation } from '../model/index.js'

const NON_WORD = /[^\p{L}\p{N}]+/gu

function normalise(text: string): string {
  return text.toLowerCase().replace(NON_WORD, ' ').trim()
}

/** A new, empty statement index. */
export function createStatementIndex(): StatementIndex {
  const byText = new Map<string, Quote[]>()
  const relations: Relation[] = []
  return {
    add(article: Article, _corpus: CorpusView): Relation[] {
      const made: Relation[] = []
      for (const q of article.quotes) {
        const key = normalise(q.text)
        if (key.length < 12) continue
        const earlier = byText.get(key) ?? []
        for (const other of earlier) {
          if (other.article === article.id) continue
          made.push({
            id: `r${relations.length + made.length + 1}`,
            kind: 'same-quote',
            from: { article: other.article, span: other.span, text: other.text },
            to: { article: q.article, span: q.span, text: q.text },
            note: 'same words',
            rule: 'same-quote/exact',
            confidence: 1,
          })
        }
        earlier.push(q)
        byText.set(key, earlier)
      }
      relations.push(...made)
      return made
    },
    relations: () => [...relations],
    corroboration(corpus: CorpusView): Corroboration[] {
      const out: Corroboration[] = []
      for (const quotes of byText.values()) {
        const first = quotes[0]
        if (!first) continue
        const originals = new Map<string, string>()
        for (const q of quotes) {
          const original = corpus.copyOf(q.article) ?? q.article
          const outlet = corpus.article(original)?.outlet ?? original
          originals.set(outlet, original)
        }
        out.push({
          statement: { article: first.article, span: first.span, text: first.text },
          outlets: [...originals.keys()],
          articles: [...new Set(quotes.map((q) => q.article))],
        })
      }
      return out
    },
  }
}
