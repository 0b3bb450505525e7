/**
 * Quotes stage: direct, mixed and indirect quotes with their cue and speaker, every span into `article.text`.
 * Rule-based: cue verbs and role words are data (`cues.ts`, `../language/lexicon.ts`); the steps run in order.
 */
import { splitParagraphs, splitSentences } from '../language/01-sentences.js'
import type { Article, Quote, Span } from '../model/index.js'
import { findAttributions } from './03-attribution.js'
import { resolveSpeakers } from './04-speakers.js'

export { findQuotedPassages } from './01-quote-marks.js'

/** Finds the article's quotes and attributes them. Pure. */
export function attributeQuotes(article: Article): Article {
  const text = article.text
  // 1–3. Quoted passages and their cues, paragraph by paragraph (sentences from the language stage if present).
  const sentences = article.sentences.length > 0 ? article.sentences : splitSentences(text)
  const attributions = findAttributions(text, splitParagraphs(text), sentences)
  // 4. Speakers: surnames, pronouns and "the spokesman" resolved to the full name met earlier in the article.
  const speakers = resolveSpeakers(attributions, article.mentions, text)
  const quotes: Quote[] = []
  attributions.forEach((a, i) => {
    const first = a.spans[0]
    const last = a.spans[a.spans.length - 1]
    if (!first || !last) return
    const span: Span = [first[0], last[1]]
    const quote: Quote = {
      id: '',
      article: article.id,
      // The contract: `text` is exactly `article.text.slice(...span)`; the pieces are in `spans`.
      text: text.slice(span[0], span[1]),
      span,
      kind: a.kind,
      cue: a.cue,
      cueSpan: a.cueSpan,
      speaker: speakers[i] ?? null,
    }
    if (a.spans.length > 1) quote.spans = a.spans.map(([s, e]) => [s, e] as Span)
    quotes.push(quote)
  })
  quotes.sort((x, y) => x.span[0] - y.span[0])
  quotes.forEach((q, n) => {
    q.id = `${article.id}:q${n + 1}`
  })
  return { ...article, quotes }
}
