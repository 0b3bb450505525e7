import type { Article, Source } from '../../src/model/index.js'
import { processSource } from '../../src/pipeline/index.js'

/** A plain-text news article with a headline, a quote by a named person and a closing line. */
export function storyText(n: number, options: { town?: string; speaker?: string; extra?: string } = {}): string {
  const town = options.town ?? `Larkspur${n}`
  const speaker = options.speaker ?? 'Ada Linden'
  return `${town} bridge to reopen on Monday

The ${town} Bridge will reopen to traffic on Monday after ${n + 2} weeks of repairs, city officials said.

“We expect the first cars across by seven in the morning,” Mayor ${speaker} said on Friday.

Engineers replaced ${n + 10} steel cables and the deck of the ${town} crossing. ${options.extra ?? ''}
`
}

/** A text source as ingest would read it. */
export function textSource(origin: string, text: string, given: Source['given'] = {}): Source {
  return {
    origin,
    bytes: new TextEncoder().encode(text),
    contentType: 'text',
    fetchedAt: '2024-06-01T00:00:00.000Z',
    given,
  }
}

/** An article through the article stages. */
export function article(origin: string, text: string, given: Source['given'] = {}): Article {
  return processSource(textSource(origin, text, given))
}

/**
 * An article with only its text, as a stage test starts from before the article stages fill it in; `fields`
 * overrides any part (id, outlet, published, sentences, quotes…).
 */
export function bareArticle(text: string, fields: Partial<Article> = {}): Article {
  return {
    id: 't',
    source: 't.txt',
    url: null,
    outlet: null,
    title: null,
    byline: null,
    published: null,
    language: 'en',
    text,
    raw: text,
    rawMap: null,
    extraction: { method: 'text', warnings: [], empty: false },
    sentences: [],
    mentions: [],
    dates: [],
    figures: [],
    quotes: [],
    ...fields,
  }
}
