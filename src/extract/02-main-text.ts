/**
 * Step 2 of HTML extraction: find the article body in the light tree and write it out as paragraphs.
 *
 * The method, in order:
 * 1. Chrome: subtrees dropped by tag, ARIA role, hidden flags (sure) or class/id (held back: a class verdict is
 *    overruled when that subtree holds most of the page's prose, as "penci_sidebar" on a page wrapper does).
 * 2. Prose: paragraph-like blocks that read as sentences (length, words, punctuation, link density) are measured
 *    bottom-up, so each node knows how much prose it holds.
 * 3. Container: walk down from `<body>` into the child holding most of the prose (70%, or 40% for `<main>`,
 *    `<article>` and `itemprop=articleBody`), never into a single paragraph.
 * 4. Tighten: inside it, the node where paragraphs gather (Readability's decaying candidate score) replaces it when it
 *    holds a fair share, plus its same-shape twins (a body cut in two by a figure), so a teaser list under the
 *    article does not come along.
 * 5. Write out the blocks, minus link lists, UI labels, markup shown as text, long verbatim repeats and the calls to
 *    action at the end.
 */
import type { HtmlNode } from './01-html-tree.js'

/** Tags that never hold article text (site chrome, captions, forms). */
const BOILERPLATE_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'figure', 'figcaption', 'dialog', 'menu'])

/** Tags that usually hold chrome but sometimes wrap a whole page (ASP.NET puts every page in one `<form>`). */
const SOFT_BOILERPLATE_TAGS = new Set(['form'])

/**
 * Class/id fragments of page chrome. After Readability's `unlikelyCandidates` and trafilatura's boilerplate
 * selectors, reduced to whole-word fragments so "content-share" matches and "shared-content" survives the
 * positive check below.
 */
const BOILERPLATE_CLASS =
  /(?:^|[\s_-])(?:comments?|comment-list|disqus|share|sharing|social|socials|related|recommend(?:ed|ations)?|newsletter|subscribe|subscription|signup|sign-up|promo|sponsor(?:ed)?|advert\w*|ad|ads|adslot|ad-container|banner|breadcrumbs?|sidebar|side-bar|widget|popup|modal|cookie|gdpr|footer|masthead|menu|navbar|nav|navigation|tags|tag-list|author-bio|bio|byline|caption|credit|credits|toolbar|print|outbrain|taboola|paywall|more-stories|most-popular|popular|trending|skip|hidden|visually-hidden|sr-only|screen-reader-text|jump|pagination|pager|topics|keywords|meta|read-more|readmore|also-read|see-also|wp-caption-text|image-caption|photo-credit|rail|right-rail|inline-ad|ad-unit|dfp|newsletter-signup|donate|episode|podcast|video-player|player|overlay|tooltip|alert|nocontent|teaser|card)(?:$|[\s_-])/

/**
 * Chrome words distinctive enough to match inside a longer class name ("newscaption", "shareButtons",
 * "relatedStories"), as Readability's patterns do.
 */
const BOILERPLATE_INFIX =
  /caption|comment|share|sharing|social|related|newsletter|promo|advert|sidebar|footer|breadcrumb|cookie|popup|popover|tooltip|hovercard|rollover|disqus|outbrain|taboola|paywall|subscri|signup/

/** Class/id fragments that mark the article itself; they protect a node from `BOILERPLATE_CLASS`. */
const ARTICLE_CLASS =
  /(?:^|[\s_-])(?:article|articlebody|article-body|article-content|story|story-body|storytext|entry-content|post-content|post-body|main-content|body-text|content-body|text|body|content|main|post|entry|embed|embedded|twitter-tweet|instagram-media)(?:$|[\s_-])/

/** Roles of page chrome (ARIA landmark roles). */
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu'])

/** Inline tags: their text joins the surrounding paragraph. Every other element (custom ones too) is a block. */
const INLINE_TAGS = new Set([
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'font',
  'small',
  'big',
  'sup',
  'sub',
  'abbr',
  'acronym',
  'time',
  'cite',
  'q',
  'mark',
  'code',
  'kbd',
  'var',
  'dfn',
  'ins',
  'del',
  'img',
  'label',
  'bdi',
  'bdo',
  'tt',
  'strike',
  'nobr',
  'picture',
  'source',
  'wbr',
  'data',
])

const isBlock = (tag: string): boolean => !INLINE_TAGS.has(tag)

/** Tags that count as a paragraph when scoring. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'dd', 'li'])

/** Short lines that are page UI, not article text (whole-line match, case-insensitive). */
const UI_LINE =
  /^(?:advertisement|advert|ad|sponsored|share|share this|share on \w+|tweet|email|print|comments?|\d+ comments?|read more|continue reading|click here|sign up|subscribe|follow us|related|related articles|more|see more|show more|load more|loading|back to top|skip to content|image|photo|video|watch|listen|close|menu|copy link|copied|next|previous|top stories|don[’']t miss|read next|recommended|must read|you may also like|more from [\w ]{1,30}|editor[’']s picks|most read|learn more|sharing is caring|topics|tags)[.:!…]*$/i

/** Sentence punctuation, Latin and CJK. */
const SENTENCE_END = /[.!?…"”»)。！？」]/

/** Scripts written without spaces between words (a paragraph there is not counted in words). */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/

interface Block {
  text: string
  /** Offset in the page where the text starts (-1 when unknown). */
  rawStart: number
  /** Characters of text inside links. */
  linked: number
  tag: string
}

/** Per-node figures for choosing the body container. */
interface Stats {
  /** Text characters of good paragraphs under the node. */
  good: number
  /** The part of `good` in the node's own text (not in block children). */
  own: number
  /** The part of `good` not in block children (own text and inline children). */
  direct: number
  /** Prose near the node: paragraphs that are its children count fully, grandchildren half, and so on. */
  near: number
}

/** Not chrome, chrome by class/id only (overruled when it holds the page's prose), chrome for sure. */
enum Chrome {
  No = 0,
  ByClass = 1,
  Sure = 2,
}

/** How sure it is that a subtree is page chrome: by tag, ARIA role and hidden flags (sure) or by class/id. */
function chromeOf(node: HtmlNode): Chrome {
  if (BOILERPLATE_TAGS.has(node.tag)) return Chrome.Sure
  if (SOFT_BOILERPLATE_TAGS.has(node.tag)) return Chrome.ByClass
  const a = node.attrs
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return Chrome.Sure
  if (a.role && BOILERPLATE_ROLES.has(a.role)) return Chrome.Sure
  const classId = node.classId
  if (
    classId.length > 1 &&
    (BOILERPLATE_CLASS.test(classId) || BOILERPLATE_INFIX.test(classId)) &&
    !ARTICLE_CLASS.test(classId)
  )
    return Chrome.ByClass
  return Chrome.No
}

/** True for a subtree of page chrome (by tag, ARIA role, hidden flags or class/id), never article text. */
export function isBoilerplate(node: HtmlNode): boolean {
  return chromeOf(node) !== Chrome.No
}

/** One run over a page: chrome verdicts, nodes rescued from a class verdict, per-node figures. */
interface Run {
  chrome: Map<HtmlNode, Chrome>
  rescued: Set<HtmlNode>
  /** Class-chrome nodes met while measuring, with their good text. */
  byClass: Array<[HtmlNode, number]>
  stats: Map<HtmlNode, Stats>
}

function skipped(node: HtmlNode, run: Run): Chrome {
  let c = run.chrome.get(node)
  if (c === undefined) {
    c = chromeOf(node)
    run.chrome.set(node, c)
  }
  return c === Chrome.ByClass && run.rescued.has(node) ? Chrome.No : c
}

/** Collapses whitespace as a browser shows it. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Writes a subtree out as blocks: block tags start a new block, inline text joins. Boilerplate subtrees are skipped.
 */
function collectBlocks(node: HtmlNode, out: Block[], state: BlockState, run: Run): void {
  let k = 0
  for (const child of node.children) {
    if (typeof child === 'string') {
      const at = node.textAt[k++] ?? -1
      if (state.rawStart < 0 && child.trim() !== '') state.rawStart = at + (child.length - child.trimStart().length)
      state.text += child
      if (state.inLink > 0) state.linked += child.length
      continue
    }
    if (skipped(child, run) !== Chrome.No) continue
    const link = child.tag === 'a'
    if (link) state.inLink++
    if (isBlock(child.tag)) {
      flush(out, state)
      const outer = state.tag
      state.tag = child.tag
      collectBlocks(child, out, state, run)
      flush(out, state)
      state.tag = outer
    } else collectBlocks(child, out, state, run)
    if (link) state.inLink--
  }
}

/** A paragraph being written: its raw text, link characters, enclosing block tag, link nesting, page offset. */
interface BlockState {
  text: string
  linked: number
  tag: string
  inLink: number
  /** Offset in the page where the paragraph's first visible character is, or -1. */
  rawStart: number
}

function flush(out: Block[], state: BlockState): void {
  const text = squash(state.text)
  if (text) {
    const raw = state.text
    // Link characters were counted on the raw text; scale to the squashed length.
    const linked = raw.length ? Math.round((state.linked * text.length) / raw.length) : 0
    out.push({ text, linked, tag: state.tag, rawStart: state.rawStart })
  }
  state.text = ''
  state.linked = 0
  state.rawStart = -1
}

/** True for a block that reads as a paragraph of prose. */
function isGoodParagraph(block: Block): boolean {
  const n = block.text.length
  if (n < 40) return false
  if (block.linked / n > 0.35) return false
  if (!PARAGRAPH_TAGS.has(block.tag) && block.tag !== 'div' && block.tag !== 'section' && block.tag !== 'article')
    return false
  // Prose has sentences: a period, question mark or the like, and several words.
  if (!SENTENCE_END.test(block.text)) return false
  return CJK.test(block.text) || block.text.split(' ').length >= 7
}

/** Good-paragraph text under each node, bottom-up. */
function measure(node: HtmlNode, run: Run, inLink: number): number {
  let good = 0
  let childGood = 0
  const ownBlocks: Block[] = []
  const state: BlockState = { text: '', linked: 0, tag: node.tag, inLink, rawStart: -1 }
  for (const child of node.children) {
    if (typeof child === 'string') {
      state.text += child
      if (state.inLink > 0) state.linked += child.length
      continue
    }
    const chrome = skipped(child, run)
    if (chrome === Chrome.Sure) continue
    if (!isBlock(child.tag)) {
      if (chrome !== Chrome.No) continue
      // Inline content: part of this node's own paragraph (blocks inside it are counted here).
      const inner: Block[] = []
      const link = child.tag === 'a'
      if (link) state.inLink++
      collectBlocks(child, inner, state, run)
      if (link) state.inLink--
      for (const b of inner) if (isGoodParagraph(b)) good += b.text.length
      continue
    }
    flush(ownBlocks, state)
    const g = measure(child, run, state.inLink)
    // A class verdict is held back: its prose counts only if it turns out to hold most of the page's prose.
    if (chrome === Chrome.ByClass) run.byClass.push([child, g])
    else {
      good += g
      childGood += g
    }
    state.tag = node.tag
  }
  flush(ownBlocks, state)
  let own = 0
  for (const b of ownBlocks) if (isGoodParagraph(b)) own += b.text.length
  good += own
  run.stats.set(node, { good, own, direct: good - childGood, near: 0 })
  return good
}

/** Finds the body container: descend into the child holding most good text while it holds most of it. */
function findContainer(root: HtmlNode, stats: Map<HtmlNode, Stats>): HtmlNode {
  let node = root
  for (;;) {
    const total = stats.get(node)?.good ?? 0
    let best: HtmlNode | null = null
    let bestGood = 0
    for (const child of node.children) {
      if (typeof child === 'string') continue
      const g = stats.get(child)?.good ?? 0
      if (g > bestGood) {
        best = child
        bestGood = g
      }
    }
    if (!best || bestGood === 0) return node
    if (bestGood < total * (isMarkedBody(best) ? MARKED_SHARE : CONTAINER_SHARE)) return node
    // A single paragraph is not a container: the body is where several paragraphs meet.
    if ((stats.get(best)?.own ?? 0) === bestGood) return node
    node = best
  }
}

/**
 * Within the container, the node where paragraphs gather (Readability's candidate score: a paragraph counts fully
 * for its parent, half for the grandparent, a third above). A list of teasers spreads its snippets one per item, an
 * article puts its paragraphs side by side; when that node holds a fair share of the container's prose, it is the
 * tighter body.
 */
function tighten(container: HtmlNode, stats: Map<HtmlNode, Stats>): HtmlNode[] {
  const nodes: HtmlNode[] = []
  const stack: HtmlNode[] = [container]
  while (stack.length) {
    const node = stack.pop() as HtmlNode
    const st = stats.get(node)
    if (!st || st.good === 0) continue
    nodes.push(node)
    for (const child of node.children) if (typeof child !== 'string') stack.push(child)
  }
  for (const node of nodes) {
    const direct = stats.get(node)?.direct ?? 0
    if (direct === 0) continue
    // The node itself is the paragraph when the prose is its own text.
    let up = node.parent
    for (let level = 1; up && level <= 3; level++, up = up.parent) {
      const st = stats.get(up)
      if (st) st.near += direct / level
      if (up === container) break
    }
  }
  let best = container
  let bestNear = stats.get(container)?.near ?? 0
  for (const node of nodes) {
    const near = stats.get(node)?.near ?? 0
    if (near > bestNear) {
      best = node
      bestNear = near
    }
  }
  const share = (stats.get(best)?.good ?? 0) / (stats.get(container)?.good || 1)
  return share >= TIGHTEN_SHARE ? [...withTwins(best, container, stats)] : [container]
}

/**
 * The tightened body plus its twins: sites cut a body into sibling blocks of the same tag and class around a figure
 * or an ad slot. Climbs while the node is its parent's only prose (not past the container), then takes the
 * siblings of the same shape that hold prose, in page order.
 */
function* withTwins(node: HtmlNode, container: HtmlNode, stats: Map<HtmlNode, Stats>): Generator<HtmlNode> {
  const good = (n: HtmlNode) => stats.get(n)?.good ?? 0
  let top = node
  while (top !== container && top.parent && top.parent !== container && good(top.parent) === good(node))
    top = top.parent
  const parent = top.parent
  if (top === container || !parent) {
    yield node
    return
  }
  for (const sibling of parent.children) {
    if (typeof sibling === 'string') continue
    if (sibling === top) yield node
    else if (sibling.tag === top.tag && sibling.classId === top.classId && good(sibling) > 0) yield sibling
  }
}

/** Share of the container's prose the paragraph-gathering node needs to replace it. */
const TIGHTEN_SHARE = 0.4

/** Share of its parent's prose enough for a node the page marks as the body (`<main>`, `<article>`, microdata). */
const MARKED_SHARE = 0.5

/** True for a node the markup itself calls the article body. */
function isMarkedBody(node: HtmlNode): boolean {
  if (node.tag === 'main' || node.tag === 'article') return true
  const prop = node.attrs.itemprop
  return prop === 'articleBody' || prop === 'mainEntity' || node.attrs.role === 'main'
}

/** Chrome that is prose but never the article: reader comments and recommendation widgets. */
const NEVER_RESCUED = /comment|disqus|respon[sd]|repl(?:y|ies)|outbrain|taboola|related|recommend/

/** How many times the rest of the page's prose a class-chrome subtree must hold to be taken as the article. */
const RESCUE_RATIO = 3

/** Share of its parent's prose a child must hold to be taken as the tighter body container. */
const CONTAINER_SHARE = 0.7

/** A paragraph of the body and where its text starts in the page (-1 when unknown). */
export interface Paragraph {
  text: string
  rawStart: number
}

/** The article body of a page as paragraphs, or none when the page has no prose. */
export function extractParagraphs(root: HtmlNode): Paragraph[] {
  const body = findBody(root)
  const run: Run = { chrome: new Map(), rescued: new Set(), byClass: [], stats: new Map() }
  let total = measure(body, run, 0)
  // A class name is a weak signal ("penci_sidebar" on the page wrapper): a class-chrome subtree that holds more
  // prose than the rest of the page is the article after all.
  const rescue = run.byClass.filter(([node, g]) => g > RESCUE_RATIO * total && !NEVER_RESCUED.test(node.classId))
  if (rescue.length > 0) {
    for (const [node] of rescue)
      for (let up: HtmlNode | null = node; up; up = up.parent)
        if (run.chrome.get(up) === Chrome.ByClass) run.rescued.add(up)
    run.byClass = []
    run.stats.clear()
    total = measure(body, run, 0)
  }
  if (total === 0) return []
  const blocks: Block[] = []
  for (const part of tighten(findContainer(body, run.stats), run.stats))
    collectBlocks(part, blocks, { text: '', linked: 0, tag: part.tag, inLink: 0, rawStart: -1 }, run)
  // A paragraph repeated word for word is a second copy of the body (print or AMP markup), not more article.
  const seen = new Set<string>()
  const kept: Paragraph[] = []
  for (const b of blocks) {
    if (!keepBlock(b)) continue
    if (b.text.length >= DEDUPE_MIN) {
      if (seen.has(b.text)) continue
      seen.add(b.text)
    }
    kept.push({ text: b.text, rawStart: b.rawStart })
  }
  // The body's last lines are often the site's call to action ("Click here to subscribe", "Tell us what you think").
  while (kept.length > 1 && isCallToAction((kept[kept.length - 1] as Paragraph).text)) kept.pop()
  return kept
}

/** The article body as paragraphs joined by blank lines, or '' when the page has no prose. */
export function extractMainText(root: HtmlNode): string {
  return extractParagraphs(root)
    .map((p) => p.text)
    .join('\n\n')
}

/** Calls to action that sites append to an article (newsletter, app, comments, reader submissions). */
const CALL_TO_ACTION =
  /\b(?:click here|subscribe|sign up|newsletter|follow us|tell us what you think|send us|download (?:our|the) app|delivered (?:to|through) your|join the conversation|share your thoughts)\b/i

/** A WordPress shortcode left in the text ("[button link=…]Send us YOUR kit review[/button]"). */
const SHORTCODE = /^\[\/?[a-z_]+\b[^\]]*\]/i

function isCallToAction(text: string): boolean {
  return text.length < 250 && (CALL_TO_ACTION.test(text) || SHORTCODE.test(text))
}

/**
 * Short lines of page furniture with a variable part: reading time ("4 min read", "Tempo de leitura: 1 minuto",
 * "Lesezeit: 3 Minuten"), timestamps ("Updated at 1:23 p.m."), taxonomy ("Filed under: Politics").
 */
const UI_PATTERN =
  /^(?:\d+\s*min(?:ute)?s?\.?\s+read|(?:reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)\b.*|(?:updated|published|posted|last modified)(?: at| on)?:?\s.*\d.*|(?:filed under|posted in|categories|tagged(?: with)?):.*)$/i

function keepBlock(block: Block): boolean {
  const n = block.text.length
  if (n < 80 && UI_PATTERN.test(block.text)) return false
  if (block.tag === 'h1') return false
  if (UI_LINE.test(block.text)) return false
  // Markup shown as text (escaped tags in a noscript or a broken attribute).
  if (MARKUP_TEXT.test(block.text)) return false
  // Link lists and "Read: ..." teasers: mostly link text.
  if (block.linked / n > 0.7) return false
  return true
}

/** Shortest paragraph whose verbatim repeat is dropped (shorter lines repeat in recipes, tables, Q&A). */
const DEDUPE_MIN = 200

/** A block that is an HTML tag written out as text. */
const MARKUP_TEXT = /^<\/?[a-z][a-z0-9]*\b[^>]*>?/i

function findBody(root: HtmlNode): HtmlNode {
  const stack: HtmlNode[] = [root]
  while (stack.length) {
    const node = stack.pop() as HtmlNode
    if (node.tag === 'body') return node
    for (const child of node.children) if (typeof child !== 'string') stack.push(child)
  }
  return root
}
