/**
 * How the credibility stage reads an article's headline and body: an untitled text whose first line is a headline
 * is read with that line as its headline and the rest as body. Shared by the style model, the story-specificity
 * count and `scripts/train-style-model.mjs`, so all of them read the same words.
 */
import type { Article } from '../model/index.js'

/**
 * The first line of the text when the extractor kept no title but the text opens with a headline-like line: up to
 * 30 words and 200 characters, followed by a blank line and more text.
 */
export function leadingHeadline(text: string): string | null {
  const m = text.match(/^\s*([^\n]{8,200})\n\s*\n\s*\S/)
  const line = m?.[1]?.trim()
  if (!line || (line.match(/\S+/g)?.length ?? 0) > 30) return null
  return line
}

/**
 * The headline and body the style model reads: the article's title and text, or, with no title, a headline left at
 * the top of the text (`leadingHeadline`) as the headline and the rest as body. Shared with
 * `scripts/train-style-model.mjs` so the model is trained on what this stage computes.
 */
export function styleReading(article: Pick<Article, 'title' | 'text'>): { title: string; body: string } {
  const leading = article.title ? null : leadingHeadline(article.text)
  if (!leading) return { title: article.title ?? '', body: article.text }
  return { title: leading, body: article.text.slice(article.text.indexOf(leading) + leading.length).trimStart() }
}
