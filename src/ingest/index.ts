/**
 * Ingest stage: turns what the user names (files, folders, URLs, JSON/JSONL of articles, RSS/Atom feeds, lists of
 * URLs) into `Source`s. A bad input is reported as an `IngestError` (path and reason) and never stops the others.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { z } from 'zod'
import { looksLikeFeed, parseFeed } from '../feeds/index.js'
import type { Source } from '../model/index.js'
import { IngestError } from './errors.js'
import { type FetchOptions, fetchSource } from './fetch.js'

export { IngestError } from './errors.js'
export { type FetchOptions, fetchSource, isPrivateAddress, USER_AGENT } from './fetch.js'

/** File name endings Triangulate reads, and how. */
const READERS: Array<[suffix: string, kind: 'html' | 'text' | 'json' | 'jsonl' | 'html.gz' | 'feed' | 'urls']> = [
  ['.html.gz', 'html.gz'],
  ['.htm.gz', 'html.gz'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.txt', 'text'],
  ['.md', 'text'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.json', 'json'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
  ['.xml', 'feed'],
  ['.urls', 'urls'],
]

/** Largest file read, in bytes (a bigger one is reported, not read). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024

const URL_PATTERN = /^https?:\/\//i

/** One article record in a JSON or JSONL input. */
export const ArticleRecord = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().nullish(),
    title: z.string().nullish(),
    outlet: z.string().nullish(),
    byline: z.string().nullish(),
    author: z.string().nullish(),
    published: z.string().nullish(),
    date: z.string().nullish(),
    language: z.string().nullish(),
  })
  .refine((r) => typeof r.text === 'string' || typeof r.html === 'string', { message: 'needs "text" or "html"' })

/** Either a source to extract or an input that failed, in input order. */
export type IngestItem = { source: Source } | { error: IngestError }

/** Options of `readSources`. */
export interface ReadOptions {
  fetch?: FetchOptions
}

function readerFor(path: string): (typeof READERS)[number][1] | undefined {
  const lower = path.toLowerCase()
  return READERS.find(([suffix]) => lower.endsWith(suffix))?.[1]
}

function recordToSource(record: unknown, origin: string, fetchedAt: string): Source {
  const parsed = ArticleRecord.safeParse(record)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ')
    throw new IngestError(origin, `invalid article record (${issues})`)
  }
  return sourceFromRecord(parsed.data, origin, fetchedAt)
}

/**
 * The source a validated article record stands for (a JSON/JSONL line, an API body): its text or HTML, with the
 * metadata it gives (`author` and `date` are read as `byline` and `published`; an unreadable date is dropped).
 */
export function sourceFromRecord(r: z.infer<typeof ArticleRecord>, origin: string, fetchedAt: string): Source {
  const given: NonNullable<Source['given']> = {}
  if (r.url) given.url = r.url
  if (r.title) given.title = r.title
  if (r.outlet) given.outlet = r.outlet
  if (r.byline ?? r.author) given.byline = (r.byline ?? r.author) as string
  const published = r.published ?? r.date
  if (published) {
    const t = Date.parse(published)
    if (!Number.isNaN(t)) given.published = new Date(t).toISOString()
  }
  if (r.language) given.language = r.language
  const isHtml = typeof r.html === 'string'
  return {
    origin,
    bytes: new TextEncoder().encode(isHtml ? r.html : r.text),
    contentType: isHtml ? 'html' : 'text',
    fetchedAt,
    given,
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return n > 0 && control / n > 0.1
}

/** True when every non-blank line of a text is one http(s) URL: a list of articles to fetch, not an article. */
export function isUrlList(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  return lines.length > 0 && lines.every((line) => /^\s*https?:\/\/\S+\s*$/i.test(line))
}

/**
 * The articles of a feed: an item that carries its full text is taken as it is (with the feed's metadata), an item
 * with only a link is fetched. A summary is no article: it is taken only when there is no link to fetch.
 */
async function* feedSources(
  body: string,
  origin: string,
  fetchedAt: string,
  options: ReadOptions,
): AsyncGenerator<IngestItem> {
  const feed = parseFeed(body)
  if (!feed) {
    yield { error: new IngestError(origin, 'not an RSS or Atom feed') }
    return
  }
  if (feed.items.length === 0) yield { error: new IngestError(origin, 'feed has no items') }
  for (const item of feed.items) {
    const content = item.content ?? (item.link ? null : item.summary)
    if (content) {
      const given: NonNullable<Source['given']> = {}
      if (item.link) given.url = item.link
      if (item.title) given.title = item.title
      if (feed.title) given.outlet = feed.title
      if (item.published) given.published = item.published
      if (item.author) given.byline = item.author
      const source: Source = {
        origin: item.link ?? `${origin}#${item.id ?? item.title ?? ''}`,
        bytes: new TextEncoder().encode(content),
        contentType: 'html',
        fetchedAt,
        given,
      }
      yield { source }
    } else if (item.link) {
      for await (const read of readUrl(item.link, options, false)) {
        if ('source' in read && item.published)
          read.source.given = { ...read.source.given, published: read.source.given?.published ?? item.published }
        yield read
      }
    }
  }
}

/** Fetches one URL; a feed found there becomes its items when `expandFeed` (one level: a feed's links are pages). */
async function* readUrl(url: string, options: ReadOptions, expandFeed: boolean): AsyncGenerator<IngestItem> {
  let source: Source
  try {
    source = await fetchSource(url, options.fetch)
  } catch (error) {
    yield { error: error instanceof IngestError ? error : new IngestError(url, String(error), { cause: error }) }
    return
  }
  if (expandFeed && looksLikeFeed(new TextDecoder().decode(source.bytes.subarray(0, 4096)))) {
    yield* feedSources(new TextDecoder().decode(source.bytes), url, source.fetchedAt, options)
    return
  }
  yield { source }
}

async function* readFileSources(path: string, options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  const kind = readerFor(path)
  const fetchedAt = new Date().toISOString()
  try {
    const info = await stat(path)
    if (info.size > MAX_FILE_BYTES)
      throw new IngestError(path, `file is ${info.size} bytes, over the ${MAX_FILE_BYTES}-byte limit`)
    let bytes: Uint8Array = await readFile(path)
    if (kind === 'html.gz') {
      try {
        bytes = gunzipSync(bytes, { maxOutputLength: MAX_FILE_BYTES })
      } catch (cause) {
        throw new IngestError(path, `not a readable gzip file (${(cause as Error).message})`, { cause })
      }
    }
    if (bytes.length === 0) throw new IngestError(path, 'empty file')
    if (looksBinary(bytes)) throw new IngestError(path, 'binary content, not text or HTML')
    if (kind === 'feed') {
      yield* feedSources(new TextDecoder().decode(bytes), path, fetchedAt, options)
      return
    }
    const listed =
      kind === 'urls' || (kind === 'text' && bytes.length < 1024 * 1024) ? new TextDecoder().decode(bytes) : ''
    if (kind === 'urls' || (listed && isUrlList(listed))) {
      const urls = listed
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
      for (const url of urls) {
        if (!URL_PATTERN.test(url)) yield { error: new IngestError(`${path}: ${url}`, 'not an http(s) URL') }
        else yield* readUrl(url, options, true)
      }
      return
    }
    if (kind === 'json' || kind === 'jsonl') {
      const text = new TextDecoder().decode(bytes)
      const records: Array<[unknown, string]> = []
      if (kind === 'jsonl') {
        for (const [i, line] of text.split('\n').entries()) {
          if (!line.trim()) continue
          try {
            records.push([JSON.parse(line), `${path}#${i + 1}`])
          } catch (cause) {
            yield { error: new IngestError(`${path}#${i + 1}`, 'invalid JSON line', { cause }) }
          }
        }
      } else {
        let data: unknown
        try {
          data = JSON.parse(text)
        } catch (cause) {
          throw new IngestError(path, `invalid JSON (${(cause as Error).message})`, { cause })
        }
        const list = Array.isArray(data) ? data : [data]
        for (const [i, r] of list.entries()) records.push([r, list.length > 1 ? `${path}#${i + 1}` : path])
      }
      for (const [record, origin] of records) {
        try {
          yield { source: recordToSource(record, origin, fetchedAt) }
        } catch (error) {
          yield { error: error as IngestError }
        }
      }
      return
    }
    yield { source: { origin: path, bytes, contentType: kind === 'text' ? 'text' : 'html', fetchedAt } }
  } catch (error) {
    if (error instanceof IngestError) yield { error }
    else
      yield { error: new IngestError(path, (error as NodeJS.ErrnoException).code ?? String(error), { cause: error }) }
  }
}

async function* walk(dir: string): AsyncGenerator<{ error: IngestError } | { file: string }> {
  let entries: import('node:fs').Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (cause) {
    yield { error: new IngestError(dir, `cannot read folder (${(cause as NodeJS.ErrnoException).code})`, { cause }) }
    return
  }
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else if (readerFor(entry.name)) yield { file: path }
  }
}

/** Lists the files an input names (a folder recursively), without reading them; for progress totals. */
export async function listInputs(inputs: string[]): Promise<Array<{ input: string } | { error: IngestError }>> {
  const out: Array<{ input: string } | { error: IngestError }> = []
  for (const input of inputs) {
    if (URL_PATTERN.test(input)) {
      out.push({ input })
      continue
    }
    let info: import('node:fs').Stats
    try {
      info = await stat(input)
    } catch (cause) {
      out.push({ error: new IngestError(input, 'no such file or folder', { cause }) })
      continue
    }
    if (info.isDirectory()) {
      for await (const item of walk(input)) out.push('file' in item ? { input: item.file } : item)
    } else out.push({ input })
  }
  return out
}

/**
 * Reads one listed input (file path or URL) into sources or errors. A feed (an `.rss`/`.atom`/`.xml` file or a URL
 * that serves RSS or Atom) becomes its items; a list of URLs (a `.urls` file, or a text file of nothing but URLs)
 * becomes the pages it lists.
 */
export async function* readInput(input: string, options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  if (URL_PATTERN.test(input)) yield* readUrl(input, options, true)
  else yield* readFileSources(input, options)
}

/** Reads every input (files, folders recursively, URLs) into sources; failures come as `{ error }` items. */
export async function* readSources(inputs: string[], options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  for (const item of await listInputs(inputs)) {
    if ('error' in item) yield item
    else yield* readInput(item.input, options)
  }
}
