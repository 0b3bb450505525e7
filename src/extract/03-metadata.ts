/**
 * Step 3 of HTML extraction: the page's metadata from JSON-LD (`NewsArticle` and kin), Open Graph, `<meta>` tags,
 * `<link rel=canonical>`, `<time>` and URL patterns: title without the " | Site" suffix, outlet name, authors,
 * publication date (ISO 8601), canonical URL and declared language.
 */
import type { HtmlNode, PageHead } from './01-html-tree.js'

/** What the page says about the article. Every field is null when the page does not say. */
export interface PageMetadata {
  title: string | null
  outlet: string | null
  byline: string | null
  published: string | null
  url: string | null
  language: string | null
  /** JSON-LD `articleBody`, for pages that render their text with scripts (the HTML body is then empty). */
  articleBody: string | null
}

/** JSON-LD `@type`s that describe the article itself (schema.org Article and its news subtypes). */
const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/

/** Separators between an article title and the site name in `<title>` ("Headline | Site", "Site - Headline"). */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»~/]\s+|\s+::\s+|\s*\|\s*/

/** `<meta>` keys for the publication date, most specific first (Open Graph, Dublin Core, Parse.ly, Sailthru, …). */
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'date',
  'article.published',
  'cxenseparse:recs:publishtime',
  'last-modified',
]

/** `<meta>` keys for the author. */
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'byline']

/** `<meta>` keys for the site name. */
const OUTLET_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:app:name:iphone']

/** Dates in URLs: /2019/11/20/, /2019-11-20, /20191120/. */
const URL_DATE =
  /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)|\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\//

/** ISO 8601 date-times as pages write them; kept as written (local date and offset), not shifted to UTC. */
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every JSON object in the page's JSON-LD, flattening arrays and `@graph`. */
function jsonLdObjects(blocks: string[]): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = []
  const visit = (value: Json, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1)
      return
    }
    out.push(value)
    const graph = value['@graph']
    if (graph) visit(graph, depth + 1)
  }
  for (const block of blocks) {
    try {
      visit(JSON.parse(block.trim().replace(/^<!--|-->$/g, '')) as Json, 0)
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines in strings); the other sources remain.
    }
  }
  return out
}

function types(o: Record<string, Json>): string[] {
  const t = o['@type']
  if (typeof t === 'string') return [t]
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : []
}

function str(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (Array.isArray(value)) return str(value[0])
  if (value && typeof value === 'object') return str(value.name ?? value['@value'])
  return null
}

/** Names in a JSON-LD `author`/`creator`: a string, an object with `name`, or a list of them. */
function names(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(names)
  if (value && typeof value === 'object') {
    const n = value.name
    return typeof n === 'string' ? [n] : []
  }
  return []
}

/** Where a byline runs on into a date or time: a month name, a weekday, "Updated", or a number. */
const BYLINE_DATE_TAIL =
  /\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,|updated\b|published\b|\d).*$/i

/** A bare month name, left over when a date after a byline is split at its comma. */
const MONTH_ONLY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i

/** Cleans author names: drops "By", URLs and duplicates; joins with ", ". */
export function normaliseByline(list: string[]): string | null {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of list) {
    for (const part of raw.split(/\s*(?:,|;|\band\b|&|\|)\s*/)) {
      const name = part
        .replace(/^\s*(?:(?:posted|written|reported|words|story)\s+by|by|von|par|por|di|door|av)\b:?\s+/i, '')
        // A byline element often runs on into the date: "Associated Press November 19, 9:02 AM".
        .replace(BYLINE_DATE_TAIL, '')
        .replace(/\s+/g, ' ')
        .trim()
      if (!name || /^https?:|www\.|@|\.com\b|\d|[()]/i.test(name) || name.length > 60 || !/\p{L}/u.test(name)) continue
      if (MONTH_ONLY.test(name)) continue
      const key = name.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      out.push(name)
    }
  }
  return out.length ? out.join(', ') : null
}

/** Normalises a date string to ISO 8601 (as written when already ISO; else via `Date.parse`), or null. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null
  const v = value.trim()
  const iso = ISO_DATE.exec(v)
  if (iso) {
    const [, day, time, zone] = iso
    if (!time) return day as string
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : ''
    return `${day}T${time.length === 5 ? `${time}:00` : time}${z}`
  }
  if (/^\d{10}$/.test(v)) return new Date(Number(v) * 1000).toISOString()
  if (/^\d{13}$/.test(v)) return new Date(Number(v)).toISOString()
  const t = Date.parse(v)
  if (Number.isNaN(t)) return null
  const year = new Date(t).getUTCFullYear()
  if (year < 1990 || year > 2100) return null
  return new Date(t).toISOString()
}

/** A date from a URL path, as YYYY-MM-DD, or null. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null
  const m = URL_DATE.exec(url)
  if (!m) return null
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]]
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Readable outlet name from a host ("www.theguardian.com" → "theguardian.com"). */
function hostName(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^(?:www|m|amp|edition|mobile)\./, '') || null
  } catch {
    return null
  }
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * Strips the site name from a title: "Headline | Site", "Site - Headline", "Headline - Section - Site". A part is
 * the site name when it matches the outlet or the host; failing that, a short last part after a long first part is.
 */
export function stripTitleSuffix(title: string, outlet: string | null, host: string | null): string {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim())
  if (parts.length < 2) return title
  const site = [outlet, host, host?.split('.')[0]].filter((x): x is string => Boolean(x)).map(comparable)
  const isSite = (p: string) => {
    const c = comparable(p)
    return c.length > 0 && site.some((s) => s === c || (s.length > 3 && (c.includes(s) || s.includes(c))))
  }
  const kept = parts.filter((p) => !isSite(p))
  if (kept.length === 0) return title
  if (kept.length < parts.length) {
    // The title is what is left, rejoined with its own separators.
    if (kept.length === 1) return kept[0] as string
    const first = title.indexOf(kept[0] as string)
    const last = kept[kept.length - 1] as string
    const end = title.lastIndexOf(last) + last.length
    return first >= 0 && end > first ? title.slice(first, end) : (kept[0] as string)
  }
  // No part names the site: drop a short trailing part ("… | Reuters") when the rest reads as a headline.
  const last = parts[parts.length - 1] as string
  const head = title.slice(0, title.lastIndexOf(last)).replace(/[\s|\-–—:·•»~/]+$/, '')
  if (
    last.split(/\s+/).length <= 3 &&
    head.split(/\s+/).length >= 4 &&
    /^[|\-–—·•»]|\|/.test(title.slice(head.length).trim())
  )
    return head
  return title
}

/** The site name a document title carries after its headline ("Headline | Riverside Daily News"), or null. */
function siteFromTitle(docTitle: string | null, host: string | null): string | null {
  if (!docTitle) return null
  const stripped = stripTitleSuffix(docTitle, null, host)
  if (stripped === docTitle) return null
  const rest = docTitle.startsWith(stripped)
    ? docTitle.slice(stripped.length)
    : docTitle.slice(0, docTitle.indexOf(stripped))
  const site = rest.replace(/^[\s|\-–—:·•»~/]+|[\s|\-–—:·•»~/]+$/g, '')
  return site && site.split(/\s+/).length <= 5 ? site : null
}

/** First text of an element matching `pick`, depth-first, bounded. */
function findText(root: HtmlNode, pick: (n: HtmlNode) => boolean, limit = 20000): string | null {
  const stack: HtmlNode[] = [root]
  let seen = 0
  while (stack.length && seen++ < limit) {
    const node = stack.pop() as HtmlNode
    if (pick(node)) {
      const text = squash(textOf(node))
      if (text) return text
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i]
      if (c !== undefined && typeof c !== 'string') stack.push(c)
    }
  }
  return null
}

function textOf(node: HtmlNode): string {
  let out = ''
  for (const c of node.children) out += typeof c === 'string' ? c : ` ${textOf(c)} `
  return out
}

/** Elements that show the publication date (after trafilatura's date XPaths). */
const DATE_CLASS =
  /(?:^|[\s_-])(?:date|pubdate|published|publish-date|post-date|entry-date|timestamp|dateline|article-date|story-date)(?:$|[\s_-])/

/** A date written in the page near the headline ("November 20, 2019 10:43"), from an element classed as a date. */
function visibleDate(root: HtmlNode): string | null {
  const text = findText(root, (n) => DATE_CLASS.test(n.classId))
  if (!text || text.length > 80) return null
  const cleaned = text
    .replace(/^(?:published|posted|updated|on)\s*:?\s*/i, '')
    .replace(/\s*(?:\||•|·).*$/, '')
    .replace(/(\d)(?:st|nd|rd|th)\b/, '$1')
    .replace(/\s+at\s+/i, ' ')
  return normaliseDate(cleaned)
}

/** Byline elements by class (after trafilatura's author XPaths): "byline", "author-name", `rel=author`. */
const BYLINE_CLASS =
  /(?:^|[\s_-])(?:byline|by-line|author-name|authorname|author|article-author|story-byline|contributor)(?:$|[\s_-])/

/**
 * Reads the page's metadata.
 * @param head what the parser collected outside the body
 * @param root the light tree, for `<h1>` and byline elements
 * @param origin where the page came from (a URL gives a fallback for the canonical URL and the date)
 */
export function readMetadata(head: PageHead, root: HtmlNode, origin: string): PageMetadata {
  const meta = head.meta
  const ld = jsonLdObjects(head.jsonLd)
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t))) ?? null
  const webPage = ld.find((o) => types(o).some((t) => /WebPage$/.test(t))) ?? null
  const org = ld.find((o) => types(o).some((t) => /^(?:NewsMediaOrganization|Organization|WebSite)$/.test(t))) ?? null

  const originUrl = /^https?:\/\//i.test(origin) ? origin : null
  const urlCandidates = [
    head.canonical,
    meta.get('og:url'),
    str(article?.url),
    str(article?.mainEntityOfPage),
    str(webPage?.url),
    originUrl,
  ]
  let url: string | null = null
  for (const candidate of urlCandidates) {
    if (!candidate) continue
    try {
      url = new URL(candidate, meta.get('og:url') ?? originUrl ?? undefined).href
      break
    } catch {
      // A relative canonical without a base: try the next source.
    }
  }
  const host = hostName(url)

  const outlet =
    meta.get('og:site_name') ||
    str(article?.publisher) ||
    str(webPage?.publisher) ||
    (org ? str(org.name) : null) ||
    OUTLET_KEYS.slice(1)
      .map((k) => meta.get(k))
      .find((v) => v && !/^https?:/.test(v)) ||
    null

  const rawTitle =
    meta.get('og:title') ||
    str(article?.headline) ||
    meta.get('twitter:title') ||
    findText(root, (n) => n.tag === 'h1') ||
    head.title ||
    null
  const title = rawTitle ? stripTitleSuffix(squash(rawTitle), outlet, host) : null

  const ldAuthors = names(article?.author ?? article?.creator ?? null)
  const metaAuthors = AUTHOR_KEYS.map((k) => meta.get(k)).filter(
    (v): v is string => Boolean(v) && !/^https?:/.test(v as string),
  )
  let byline = normaliseByline(ldAuthors.length ? ldAuthors : metaAuthors)
  if (!byline) {
    const el = findText(
      root,
      (n) => n.attrs.itemprop === 'author' || n.attrs.rel === 'author' || BYLINE_CLASS.test(n.classId),
    )
    if (el && el.length < 120) byline = normaliseByline([el])
  }

  const published =
    normaliseDate(str(article?.datePublished)) ??
    normaliseDate(str(webPage?.datePublished)) ??
    DATE_KEYS.map((k) => normaliseDate(meta.get(k))).find((d) => d !== null) ??
    normaliseDate(head.times[0]) ??
    visibleDate(root) ??
    dateFromUrl(url) ??
    null

  const language =
    primaryLanguage(head.lang) ??
    primaryLanguage(meta.get('content-language')) ??
    primaryLanguage(meta.get('og:locale')) ??
    primaryLanguage(str(article?.inLanguage))

  return {
    title: title || null,
    outlet: outlet ? squash(outlet) : (siteFromTitle(head.title, host) ?? host),
    byline,
    published,
    url,
    language,
    articleBody: typeof article?.articleBody === 'string' ? article.articleBody : null,
  }
}

/** The primary subtag of a language tag ("en-US" → "en", "pt_BR" → "pt"), or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag)
  return m ? (m[1] as string).toLowerCase() : null
}
