/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: the list of articles a news site publishes. Parsed with linkedom's XML
 * parser; only what ingest needs is read (links, titles, dates, full content when the feed carries it).
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** One entry of a feed. */
export interface FeedItem {
  id: string | null
  title: string | null
  link: string | null
  /** ISO 8601, when the feed gives a readable date. */
  published: string | null
  author: string | null
  /** Full article HTML when the feed carries it (`content:encoded`, Atom `content`), else null. */
  content: string | null
  summary: string | null
}

/** A parsed feed. */
export interface Feed {
  kind: 'rss' | 'atom' | 'rdf'
  title: string | null
  link: string | null
  items: FeedItem[]
}

/** Most items read from one feed. */
export const MAX_FEED_ITEMS = 500

const FEED_ROOT = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<(rss|feed|rdf:RDF)\b/i

interface XmlElement {
  localName: string
  tagName: string
  textContent: string | null
  children: ArrayLike<XmlElement>
  getAttribute(name: string): string | null
}

function childrenOf(el: XmlElement): XmlElement[] {
  return Array.from(el.children)
}

function localName(el: XmlElement): string {
  return (el.tagName ?? el.localName).toLowerCase()
}

function child(el: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    const found = childrenOf(el).find((c) => localName(c) === name)
    if (found) return found
  }
  return undefined
}

function text(el: XmlElement | undefined): string | null {
  const t = el?.textContent?.trim()
  return t ? t : null
}

function isoDate(value: string | null): string | null {
  if (!value) return null
  const t = Date.parse(value)
  return Number.isNaN(t) ? null : new Date(t).toISOString()
}

function atomLink(el: XmlElement): string | null {
  const links = childrenOf(el).filter((c) => localName(c) === 'link')
  const best = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0]
  return best?.getAttribute('href') ?? null
}

/** True when the text looks like an RSS or Atom document (without parsing it). */
export function looksLikeFeed(body: string): boolean {
  return FEED_ROOT.test(body.slice(0, 4096))
}

/** Parses an RSS or Atom document; null when it is not a feed. Never throws on bad input. */
export function parseFeed(body: string): Feed | null {
  const root = FEED_ROOT.exec(body.slice(0, 4096))?.[1]?.toLowerCase()
  if (!root) return null
  let doc: { documentElement: XmlElement | null }
  try {
    // linkedom is loaded when a feed is parsed, so reading other inputs does not pay for it.
    const { DOMParser } = require('linkedom') as typeof import('linkedom')
    doc = new DOMParser().parseFromString(body, 'text/xml') as unknown as { documentElement: XmlElement | null }
  } catch {
    return null
  }
  const top = doc.documentElement
  if (!top) return null
  if (root === 'feed') {
    const entries = childrenOf(top).filter((c) => localName(c) === 'entry')
    return {
      kind: 'atom',
      title: text(child(top, 'title')),
      link: atomLink(top),
      items: entries.slice(0, MAX_FEED_ITEMS).map((e) => {
        const content = child(e, 'content')
        return {
          id: text(child(e, 'id')),
          title: text(child(e, 'title')),
          link: atomLink(e),
          published: isoDate(text(child(e, 'published', 'updated'))),
          author: text(child(child(e, 'author') ?? e, 'name')),
          content: content && !content.getAttribute('src') ? text(content) : null,
          summary: text(child(e, 'summary')),
        }
      }),
    }
  }
  const channel = child(top, 'channel') ?? top
  const items = (root === 'rss' ? childrenOf(channel) : childrenOf(top)).filter((c) => localName(c) === 'item')
  return {
    kind: root === 'rss' ? 'rss' : 'rdf',
    title: text(child(channel, 'title')),
    link: text(child(channel, 'link')),
    items: items.slice(0, MAX_FEED_ITEMS).map((item) => ({
      id: text(child(item, 'guid')),
      title: text(child(item, 'title')),
      link: text(child(item, 'link')),
      published: isoDate(text(child(item, 'pubdate', 'dc:date'))),
      author: text(child(item, 'dc:creator', 'author')),
      content: text(child(item, 'content:encoded')),
      summary: text(child(item, 'description')),
    })),
  }
}
