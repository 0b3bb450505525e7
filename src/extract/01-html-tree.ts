/**
 * Step 1 of HTML extraction: one pass of htmlparser2's tokenizer into a light tree of plain objects, collecting the
 * page's metadata (meta tags, JSON-LD, canonical link, `<html lang>`, `<title>`) on the way. A full DOM (linkedom)
 * costs about four times as much and the later steps need only tags, a few attributes and text.
 */
import { Parser } from 'htmlparser2'

/** An element of the light tree. Text children are plain strings (entities decoded). */
export interface HtmlNode {
  tag: string
  /** Lower-cased `class` and `id` joined by a space, for boilerplate patterns. */
  classId: string
  /** A few attributes the later steps read (itemprop, role, href, datetime, rel, hidden, aria-hidden). */
  attrs: Record<string, string>
  children: Array<HtmlNode | string>
  /** Offset in the page's HTML where each text child starts, in the order of the text children. */
  textAt: number[]
  parent: HtmlNode | null
}

/** What the page says about itself outside its body text. */
export interface PageHead {
  title: string | null
  lang: string | null
  canonical: string | null
  /** `<meta>` values by lower-cased `name`/`property`/`itemprop`/`http-equiv`, first value wins. */
  meta: Map<string, string>
  /** Raw text of each `<script type="application/ld+json">`. */
  jsonLd: string[]
  /** `datetime` of `<time>` elements, in page order (first few only). */
  times: string[]
}

/** The parsed page: the root of the tree and the head data. */
export interface ParsedPage {
  root: HtmlNode
  head: PageHead
}

/** Elements whose content is never article text (skipped while parsing). */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'svg',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'button',
  'math',
  'video',
  'audio',
  'map',
])

/** Attributes kept on nodes. */
const KEPT_ATTRS = new Set(['itemprop', 'role', 'href', 'datetime', 'rel', 'hidden', 'aria-hidden', 'type'])

/** Inline styles that hide an element (hidden copies of the body, microdata blocks). */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i

/** Markup with no article text, removed before parsing (JSON-LD scripts are kept for the metadata). */
const INERT_MARKUP =
  /<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi

/** Deeper nesting than this is flattened into the node at the limit (bounded recursion later). */
export const MAX_DEPTH = 256

/** Parses HTML into the light tree and head data. Never throws on bad markup. */
export function parsePage(html: string): ParsedPage {
  const root: HtmlNode = { tag: '#root', classId: '', attrs: {}, children: [], textAt: [], parent: null }
  const head: PageHead = { title: null, lang: null, canonical: null, meta: new Map(), jsonLd: [], times: [] }
  let current = root
  let depth = 0
  // Over the depth limit, opened elements are counted, not built, so closing tags still balance.
  let overflow = 0
  let skipping = 0
  let capture: 'title' | 'jsonld' | null = null
  // Scripts, styles, comments and inline SVG are about half of a news page's bytes: cut them before tokenizing,
  // remembering where, so text offsets still point into the page.
  const { stripped, toPage } = stripInertMarkup(flattenDeepNesting(html))
  let captured = ''
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipping > 0) {
          if (SKIPPED.has(name)) skipping++
          return
        }
        if (name === 'script' && (attribs.type ?? '').toLowerCase().includes('ld+json')) {
          capture = 'jsonld'
          captured = ''
          skipping = 1
          return
        }
        if (SKIPPED.has(name)) {
          skipping = 1
          return
        }
        switch (name) {
          case 'meta': {
            const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs['http-equiv'])?.toLowerCase()
            const value = attribs.content
            if (key && value !== undefined && !head.meta.has(key)) head.meta.set(key, value.trim())
            if (attribs.charset && !head.meta.has('charset')) head.meta.set('charset', attribs.charset)
            return
          }
          case 'link':
            if ((attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && attribs.href && !head.canonical)
              head.canonical = attribs.href.trim()
            return
          case 'html':
            if (attribs.lang && !head.lang) head.lang = attribs.lang
            else if (attribs['xml:lang'] && !head.lang) head.lang = attribs['xml:lang']
            return
          case 'title':
            if (head.title === null && current.tag !== 'svg') {
              capture = 'title'
              captured = ''
            }
            return
          case 'time':
            if (attribs.datetime && head.times.length < 8) head.times.push(attribs.datetime)
            break
        }
        if (depth >= MAX_DEPTH) {
          overflow++
          return
        }
        const attrs: Record<string, string> = {}
        for (const key in attribs) if (KEPT_ATTRS.has(key)) attrs[key] = attribs[key] as string
        if (attribs.style && HIDDEN_STYLE.test(attribs.style)) attrs.hidden = ''
        const classId = `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase()
        const node: HtmlNode = { tag: name, classId, attrs, children: [], textAt: [], parent: current }
        current.children.push(node)
        if (!VOID.has(name)) {
          current = node
          depth++
        }
      },
      ontext(text) {
        if (capture) {
          captured += text
          return
        }
        if (skipping > 0) return
        const last = current.children[current.children.length - 1]
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text
        else {
          current.children.push(text)
          current.textAt.push(toPage(parser.startIndex))
        }
      },
      onclosetag(name) {
        if (skipping > 0) {
          if (SKIPPED.has(name)) skipping--
          if (skipping === 0 && capture === 'jsonld') {
            head.jsonLd.push(captured)
            capture = null
          }
          return
        }
        if (name === 'title' && capture === 'title') {
          head.title = captured.replace(/\s+/g, ' ').trim() || null
          capture = null
          return
        }
        if (VOID.has(name) || name === 'meta' || name === 'link' || name === 'html' || name === 'title') return
        if (overflow > 0) {
          overflow--
          return
        }
        // Close up to the nearest open element of this name; a stray closing tag closes nothing.
        let node: HtmlNode | null = current
        while (node && node.tag !== name) node = node.parent
        if (!node?.parent) return
        while (current !== node && current.parent) {
          current = current.parent
          depth--
        }
        current = node.parent as HtmlNode
        depth--
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  )
  parser.write(stripped)
  parser.end()
  return { root, head }
}

/**
 * Removes scripts, styles, comments and SVG, and maps offsets in the result back to the input.
 * @param html the page
 * @returns the stripped page and `toPage(offset)`
 */
export function stripInertMarkup(html: string): { stripped: string; toPage: (offset: number) => number } {
  // cuts[k] = [offset in the stripped text where the k-th removal happened, characters removed up to it]
  const cuts: Array<[number, number]> = []
  let out = ''
  let last = 0
  let removed = 0
  INERT_MARKUP.lastIndex = 0
  for (let m = INERT_MARKUP.exec(html); m; m = INERT_MARKUP.exec(html)) {
    out += `${html.slice(last, m.index)} `
    removed += m[0].length - 1
    cuts.push([out.length, removed])
    last = m.index + m[0].length
  }
  if (cuts.length === 0) return { stripped: html, toPage: (offset) => offset }
  out += html.slice(last)
  const toPage = (offset: number): number => {
    let lo = 0
    let hi = cuts.length - 1
    let shift = 0
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const cut = cuts[mid] as [number, number]
      if (cut[0] <= offset) {
        shift = cut[1]
        lo = mid + 1
      } else hi = mid - 1
    }
    return offset + shift
  }
  return { stripped: out, toPage }
}

/** Pages with fewer tags than this cannot nest deep enough to matter, so they skip the depth scan. */
const DEPTH_SCAN_MIN_TAGS = 20_000

/** Nesting kept by `flattenDeepNesting`; htmlparser2 keeps its open elements in an array it unshifts, so a page
 * nested 200,000 deep costs it minutes. */
const MAX_SOURCE_DEPTH = 2_000

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g

/** Drops the tags nested deeper than `MAX_SOURCE_DEPTH` (their text stays), so parsing stays linear. */
export function flattenDeepNesting(html: string): string {
  let tags = 0
  for (let i = html.indexOf('<'); i !== -1 && tags < DEPTH_SCAN_MIN_TAGS; i = html.indexOf('<', i + 1)) tags++
  if (tags < DEPTH_SCAN_MIN_TAGS) return html
  let depth = 0
  let out = ''
  let last = 0
  TAG.lastIndex = 0
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = (m[2] as string).toLowerCase()
    if (VOID.has(name) || m[0].endsWith('/>')) continue
    const closing = m[1] === '/'
    if (!closing) depth++
    if (depth > MAX_SOURCE_DEPTH) {
      // Spaces of the same length keep every later offset pointing at the same place in the page.
      out += html.slice(last, m.index) + ' '.repeat(m[0].length)
      last = m.index + m[0].length
    }
    if (closing) depth = Math.max(0, depth - 1)
  }
  return last === 0 ? html : out + html.slice(last)
}

/** Elements with no content or closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'hr', 'img', 'input', 'keygen', 'param', 'source', 'track', 'wbr'])
