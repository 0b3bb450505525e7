/**
 * Extract stage: from a `Source` (bytes) to an `Article` with clean text and metadata.
 * Bytes are decoded by BOM, declared charset or detection. HTML goes through the numbered steps (a light tree from
 * one htmlparser2 pass, the body found by prose density, metadata, language), with Readability on linkedom only as a
 * fallback for pages where no prose block is found. Plain text goes through the line-shape cleaner, which keeps a
 * `rawMap` from text offsets back to the input.
 */
import { createRequire } from 'node:module'
import { decodeBytes } from '../ingest/charset.js'
import type { Article, RawMap, Source } from '../model/index.js'
import { parsePage } from './01-html-tree.js'
import { extractParagraphs, type Paragraph } from './02-main-text.js'
import { readMetadata } from './03-metadata.js'
import { guessLanguage } from './04-language.js'
import { cleanText, isClutterParagraph, isTailStart } from './05-text-clean.js'
import { articleId } from './article-id.js'

export { learnRepeatedLines, lineKey } from './06-corpus-clutter.js'
export { articleId } from './article-id.js'

/** Options of `extractArticle`. */
export interface ExtractOptions {
  /** Take text input as it is, no cleaning (spans then index the file as read). Default false. */
  noClean?: boolean
  /** Lines learnt as clutter across the batch (`learnRepeatedLines`), dropped from text input. Default none. */
  repeatedLines?: ReadonlySet<string>
}

/** Decodes bytes by BOM, declared charset (`<meta charset>` for HTML) or detection; see `decodeBytes`. */
export function decodeText(bytes: Uint8Array, declared?: string | null, html = false): string {
  return decodeBytes(bytes, declared, html).text
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

/** Characters of HTML read; the rest of a bigger page is dropped with a warning (bounded time and memory). */
export const MAX_HTML_CHARS = 8 * 1024 * 1024

const require = createRequire(import.meta.url)

/** Readability on linkedom, loaded only for the rare page where the block method finds no prose. */
function readabilityText(html: string): { text: string; title: string | null; byline: string | null } | null {
  const { parseHTML } = require('linkedom') as typeof import('linkedom')
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability')
  let parsed: ReturnType<InstanceType<typeof Readability>['parse']>
  try {
    const { document } = parseHTML(html)
    parsed = new Readability(document as unknown as Document).parse()
  } catch {
    // Readability rejects documents it cannot walk (no <html>, no body): nothing found, not an error.
    return null
  }
  if (!parsed) return null
  const text = (parsed.textContent ?? '').replace(/[ \t]*\n\s*\n\s*/g, '\n\n').trim()
  // Only prose counts: Readability returns a menu or a headline list when a page has no article.
  if (!PROSE_LINE.test(text)) return null
  return { text, title: parsed.title ?? null, byline: parsed.byline ?? null }
}

/** A run of at least seven words ending a sentence: the least an article has. */
const PROSE_LINE = /(?:\p{L}+[^\p{L}\n]+){6,}\p{L}+[.!?…]/u

function extractHtml(source: Source, raw: string): Article {
  const warnings: string[] = []
  let html = raw
  if (html.length > MAX_HTML_CHARS) {
    html = html.slice(0, MAX_HTML_CHARS)
    warnings.push(`page is ${raw.length} characters; only the first ${MAX_HTML_CHARS} were read`)
  }
  // 1. One parse into a light tree, with the head data on the side.
  const page = parsePage(html)
  // 2. The body container and its paragraphs, each with where it starts in the page.
  let paragraphs = extractParagraphs(page.root)
  let method = 'blocks'
  // 3. Title, outlet, authors, date, canonical URL, declared language.
  const meta = readMetadata(page.head, page.root, source.origin)
  // The headline repeated as the body's first line (a bold line in old layouts, a second <h2>): it is the title.
  if (meta.title && paragraphs[0] && sameWords(paragraphs[0].text, meta.title)) paragraphs = paragraphs.slice(1)
  // Furniture that templates put inside the article element: teaser links, comment prompts, the page tail.
  const tail = paragraphs.findIndex((p, i) => i >= paragraphs.length / 2 && isTailStart(p.text))
  if (tail > 0) paragraphs = paragraphs.slice(0, tail)
  paragraphs = paragraphs.filter((p) => !isClutterParagraph(p.text))
  let text = paragraphs.map((p) => p.text).join('\n\n')
  let rawMap: RawMap | null = paragraphMap(paragraphs, raw.length)
  if (text === '' && meta.articleBody && PROSE_LINE.test(meta.articleBody)) {
    // A page that renders its text with scripts: the JSON-LD body is all the HTML carries.
    text = meta.articleBody
      .split(/\s*\n\s*/)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n')
    rawMap = null
    method = 'json-ld'
  }
  if (text === '' && html.length < MAX_READABILITY_CHARS) {
    const fallback = readabilityText(html)
    if (fallback?.text) {
      text = fallback.text
      rawMap = null
      method = 'readability'
      meta.byline ??= fallback.byline
    }
  }
  if (text === '') warnings.push('no article text found on the page')
  const article = emptyArticle(source, raw, text, rawMap)
  article.url ??= meta.url
  article.title ??= meta.title
  article.outlet ??= meta.outlet
  article.byline ??= meta.byline
  article.published ??= meta.published
  // 4. Language: as declared, else guessed from the text.
  // A template's lang="en" on a German article is common: a long text that clearly reads as another language wins.
  const guessed = guessLanguage(text)
  article.language ??=
    guessed && meta.language && guessed !== meta.language && text.length >= 1000 ? guessed : (meta.language ?? guessed)
  article.extraction = { method, warnings, empty: text === '' }
  return article
}

/** True when two strings have the same letters and digits (case, spacing and punctuation aside). */
function sameWords(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  const k = key(a)
  return k !== '' && k === key(b)
}

/**
 * Maps each HTML paragraph to where its text starts in the page: `text[start, start+n)` is derived from (entities
 * decoded, spaces collapsed) the page from `rawStart` on, so a span can be shown at its place in the original.
 */
function paragraphMap(paragraphs: Paragraph[], rawLength: number): RawMap {
  const segments: RawMap['segments'] = []
  let textStart = 0
  for (const p of paragraphs) {
    if (p.rawStart >= 0 && p.rawStart < rawLength)
      segments.push([textStart, p.rawStart, Math.min(p.text.length, rawLength - p.rawStart)])
    textStart += p.text.length + 2
  }
  return { segments }
}

/** Largest page handed to the Readability fallback (a DOM costs about ten times the page in memory). */
const MAX_READABILITY_CHARS = 2 * 1024 * 1024

/** Reads one source into an article: clean body text, title, outlet, byline, date, language. Pure. */
export function extractArticle(source: Source, options: ExtractOptions = {}): Article {
  const raw = decodeText(source.bytes, source.charset ?? null, source.contentType === 'html')
  if (source.contentType === 'html') return extractHtml(source, raw)
  if (options.noClean) {
    const article = emptyArticle(source, raw, raw, { segments: [[0, 0, raw.length]] })
    article.extraction.method = 'as-is'
    return article
  }
  // Plain text: title and clutter from the shape of the lines; every kept paragraph is a slice of the input.
  const cleaned = cleanText(raw, {
    ...(options.repeatedLines ? { repeatedLines: options.repeatedLines } : {}),
    ...(source.given?.title ? { knownTitle: source.given.title } : {}),
  })
  if (cleaned.text === '' && cleaned.title && cleaned.rawMap.segments.length === 0) {
    // A headline alone ("titles" corpora, a pasted headline): it is also the only text there is.
    const start = raw.indexOf(cleaned.title)
    if (start >= 0) {
      cleaned.text = cleaned.title
      cleaned.rawMap.segments.push([0, start, cleaned.title.length])
    }
  }
  const article = emptyArticle(source, raw, cleaned.text, cleaned.rawMap)
  article.title ??= cleaned.title
  article.outlet ??= cleaned.outlet
  article.language ??= guessLanguage(cleaned.text)
  if (cleaned.text === '') article.extraction.warnings.push('no article text left after cleaning')
  article.extraction.method = 'text-clean'
  return article
}
