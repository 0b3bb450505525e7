/**
 * Extract stage: from a `Source` (bytes) to an `Article` with clean text and metadata.
 * FOUNDATION VERSION: Readability on linkedom for HTML, a line-based cleaner for text. Issue 3 deepens it.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Article, RawMap, Source } from '../model/index.js'
import { parsePage } from './01-html-tree.js'
import { extractMainText } from './02-main-text.js'
import { articleId } from './article-id.js'

export { articleId } from './article-id.js'

/** Options of `extractArticle`. */
export interface ExtractOptions {
  /** Take text input as it is, no cleaning (spans then index the file as read). Default false. */
  noClean?: boolean
}

const CLUTTER_LINE = /^(read more\b|leave a (comment|reply)|subscribe\b|back to top|-?advertisement-?$|share this\b)/i

/** Decodes bytes as UTF-8, dropping a BOM. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}

/** An article with every stage field empty, for the stages to fill. */
export function emptyArticle(source: Source, raw: string, text: string, rawMap: RawMap | null): Article {
  const given = source.given ?? {}
  return {
    id: articleId(text || raw, given.outlet ?? ''),
    source: source.origin,
    url: given.url ?? null,
    outlet: given.outlet ?? null,
    title: given.title ?? null,
    byline: given.byline ?? null,
    published: given.published ?? null,
    language: given.language ?? null,
    text,
    raw,
    rawMap,
    extraction: { method: 'none', warnings: [], empty: text.trim() === '' },
    sentences: [],
    mentions: [],
    dates: [],
    figures: [],
    quotes: [],
  }
}

/** Reads one source into an article: clean body text, title, outlet, byline, date, language. Pure. */
export function extractArticle(source: Source, options: ExtractOptions = {}): Article {
  const raw = decodeText(source.bytes)
  if (source.contentType === 'html') {
    // 1. One parse into a light tree, with the head data on the side.
    const page = parsePage(raw)
    // 2. The body container and its paragraphs.
    let text = extractMainText(page.root)
    let method = 'blocks'
    if (text === '') {
      const { document } = parseHTML(raw)
      const parsed = new Readability(document as unknown as Document).parse()
      text = (parsed?.textContent ?? '').replace(/\n\s*\n+/g, '\n\n').trim()
      method = 'readability'
    }
    const article = emptyArticle(source, raw, text, null)
    article.title ??= page.head.title
    article.extraction.method = method
    return article
  }
  if (options.noClean) {
    const article = emptyArticle(source, raw, raw, { segments: [[0, 0, raw.length]] })
    article.extraction.method = 'as-is'
    return article
  }
  // Keep lines that are not clutter; map each kept line back to the raw input.
  const segments: RawMap['segments'] = []
  const kept: string[] = []
  let title: string | null = null
  let offset = 0
  let textLength = 0
  for (const line of raw.split('\n')) {
    const start = offset
    offset += line.length + 1
    const trimmed = line.trim()
    if (trimmed === '' || CLUTTER_LINE.test(trimmed)) continue
    if (title === null) {
      title = trimmed
      continue
    }
    if (kept.length > 0) textLength += 2
    segments.push([textLength, start + line.indexOf(trimmed), trimmed.length])
    kept.push(trimmed)
    textLength += trimmed.length
  }
  const text = kept.join('\n\n')
  const article = emptyArticle(source, raw, text, { segments })
  article.title ??= title
  article.extraction.method = 'text-lines'
  return article
}
