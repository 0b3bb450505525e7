/**
 * Plain-text cleaning for scraped or pasted articles (`.txt`, `.md`): the text is all there is, so the title and the
 * clutter are found from the shape of the lines (short lines without sentence punctuation, runs of link-like
 * headlines, repeats, the page tail after a comment prompt) and from a short phrase list. Every kept paragraph is a
 * verbatim slice of the input, so `rawMap` points each text offset back to the raw file.
 */
import type { RawMap } from '../model/index.js'
import { lineKey } from './06-corpus-clutter.js'

/** The cleaned text with its map back to the input, and what the clutter said about the page. */
export interface CleanedText {
  text: string
  rawMap: RawMap
  title: string | null
  /** The outlet that the page's own promotion lines name ("go to Daily Express US"), or null. */
  outlet: string | null
  /** An outlet the text says the story comes from ("Read the full story at NBC News"): a claim, not a fact. */
  claimedOutlet: string | null
  /** Lines dropped, by reason, for debugging and warnings. */
  dropped: Array<{ line: string; reason: string }>
}

/**
 * Lines that are page furniture, matched against the whole trimmed line. Gathered from scraped news pages
 * (WordPress and tabloid templates): comment and share prompts, ads, newsletter boxes, "read more" teasers.
 */
const CLUTTER_LINES: RegExp[] = [
  /^read more\b.*$/i,
  /^(?:also )?read(?: also)?:.*$/i,
  /^(?:related|see also|more|latest|trending|most read|most popular)(?: (?:news|stories|articles|posts|coverage))?(?::.*)?$/i,
  /^leave a (?:comment|reply)\b.*$/i,
  /^(?:\d+\s+)?comments?$/i,
  /^(?:post a )?comment$/i,
  /^public reaction$/i,
  /^(?:subscribe|sign up|join)\b.*$/i,
  /^back to top(?: button)?$/i,
  /^-*\s*advertisement\s*-*$/i,
  /^(?:sponsored|promoted)(?: content)?$/i,
  /^share (?:this|on|via)\b.*$/i,
  /^(?:share|tweet|email|print|copy link|whatsapp|facebook|twitter|telegram|linkedin)$/i,
  /^continue reading\b.*$/i,
  /^discover more from\b.*$/i,
  /^click here\b.*$/i,
  /^(?:follow|like) us\b.*$/i,
  /^[–—-]?\s*published(?: on)?:?\s*$/i,
  /^(?:updated|posted)(?: on)?:?\s*$/i,
  /^(?:photo|image|picture|video)(?: credit)?:.*$/i,
  /^(?:source|sources)$/i,
  /^skip to (?:content|main content)$/i,
  /^(?:all rights reserved|copyright)\b.*$/i,
  /^-\s+(?:gain|never miss|exclusive)\b.*$/i,
  /^for (?:all )?the latest\b.*$/i,
  /^sharing is caring!?$/i,
  /^learn more$/i,
  /^\d+\s*min(?:ute)?s?\.?\s+read$/i,
  /^(?:reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit):.*$/i,
  /^(?:filed under|posted in|categories|tagged(?: with)?):.*$/i,
]

/** Lines after which the article is over (the page tail: comments, newsletter box, author box, latest news). */
const TAIL_START: RegExp[] = [
  /^leave a (?:comment|reply)\b/i,
  /^(?:\d+\s+)?comments?$/i,
  /^public reaction$/i,
  /^subscribe to our newsletter\b/i,
  /^discover more from\b/i,
  /^back to top\b/i,
  /^for (?:all )?the latest\b.*\b(?:go to|follow|visit)\b/i,
  /^latest news$/i,
]

/** A line naming the page's own outlet in its promotion ("go to Daily Express US", "follow The Eastern Herald on"). */
const SELF_PROMOTION =
  /\b(?:go to|visit|follow|discover more from|subscribe to|support for)\s+((?:The\s+)?[A-Z][\p{L}\p{N}&'’.-]*(?:\s+(?:[A-Z][\p{L}\p{N}&'’.-]*|of|for|and)){0,5})/u

/**
 * Lines near the top where a text names its own outlet, in the shapes news pages print them: a wire dateline
 * ("PORT CALDER, Nov 17 (Meridian Wire) -", as Reuters and AFP write them), a byline naming the outlet
 * ("By Anna Kowalczyk, Meridian Wire"), a masthead line ("Radio North | Thursday 19 November 2026"), and an
 * italic credit line ("*Meridian Wire, 20 November 2026. By …*").
 */
const OUTLET_NAME = String.raw`(?:The\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}`
const DATE_WORDS = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})`
const OUTLET_LINES: RegExp[] = [
  new RegExp(String.raw`^\p{Lu}[\p{Lu} .'’-]+,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s+\((${OUTLET_NAME})\)\s+[-–—]`, 'u'),
  new RegExp(String.raw`^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3},\s+(${OUTLET_NAME})$`, 'u'),
  new RegExp(String.raw`^(${OUTLET_NAME})\s*[|·•]\s*${DATE_WORDS}$`, 'u'),
  new RegExp(String.raw`^[*_](${OUTLET_NAME}),\s+${DATE_WORDS}\b`, 'u'),
]

/** Words that make "By X, <words>" a job title, not an outlet. */
const JOB_TITLE =
  /\b(?:reporter|correspondent|editor|writer|staff|contributor|columnist|producer|analyst|director|chief)\b/i

/** The outlet a text names in its dateline, byline or masthead among its first lines, or null. */
function outletFromHeader(lines: Line[]): string | null {
  for (const l of lines.slice(0, 10)) {
    for (const re of OUTLET_LINES) {
      const name = re.exec(l.text)?.[1]?.trim()
      // An all-capitals name is a place in a dateline ("WASHINGTON, June 21, 2024"), not an outlet.
      if (name && !JOB_TITLE.test(name) && name !== name.toUpperCase()) return name
    }
  }
  return null
}

/** A line that credits the story to another outlet ("Read the full story at NBC News"). */
const CLAIMED_SOURCE =
  /^(?:[Rr]ead|[Ss]ee) (?:the )?(?:full|original|complete) (?:story|article|report)(?: at| on| from)\s+((?:The\s+)?[A-Z][\p{L}\p{N}&'’.-]*(?:\s+[A-Z][\p{L}\p{N}&'’.-]*){0,4})/u

/** Headline links that carry a media tag ("… [VIDEO]", "… [PICTURES]"). */
const TAGGED_HEADLINE = /\[(?:[A-Z][A-Z ]{1,20})\]\s*$/

/** Photo credits: a © or an agency after a slash ("© Getty Images / Joshua Roberts / Stringer"). */
const PHOTO_CREDIT = /©|\b(?:getty images|reuters|ap photo|afp|shutterstock|epa|sputnik)\b\s*(?:\/|$)/i

/** A date line ("Friday, June 21, 2024", "21 June 2024"). */
const DATE_LINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2})$/i

/** Most of a text's characters the headline-shape rule may drop before it is taken to misread the text. */
const SHAPE_DROP_LIMIT = 0.5

/** Quotation marks: a line carrying a quote is reporting, however often it recurs. */
const QUOTE_MARK = /["“”«»„]/

/** Where a line ends a sentence: prose ends with one of these (closing quotes and brackets allowed after). */
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$|["”»]$/

interface Line {
  text: string
  start: number
  /** Blank lines between this line and the previous non-blank one. */
  gapBefore: number
}

function splitLines(raw: string): Line[] {
  const out: Line[] = []
  let gap = 0
  let offset = 0
  for (const piece of raw.split('\n')) {
    const start = offset
    offset += piece.length + 1
    const lead = piece.length - piece.trimStart().length
    const text = piece.trim()
    if (!text) {
      gap++
      continue
    }
    out.push({ text, start: start + lead, gapBefore: gap })
    gap = 0
  }
  return out
}

const normalise = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^#+\s*/, '')
    .trim()
    .toLowerCase()

/** True for a line shaped like a headline or a label: no sentence punctuation at its end, not long. */
function isHeadlineLike(text: string): boolean {
  if (text.length > HEADLINE_MAX) return false
  // A line that starts in lower case continues a sentence from the line above.
  if (/^\p{Ll}/u.test(text)) return false
  // A line broken mid-sentence ends with a comma or a dash: wrapped prose, not a headline.
  return !SENTENCE_END.test(text) && !/[,;–—-]$/.test(text)
}

/** Longest line taken for a headline or a label (related-headline lines run 40 to 120 characters). */
const HEADLINE_MAX = 150

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * Finds the title among the first lines: the headline-like line the page repeats (scraped pages often carry the
 * headline two or three times), else the first headline-like line of four words or more that is not a date.
 */
function findTitle(lines: Line[]): number | null {
  // The title comes before the article: only lines above the first paragraph of prose are candidates.
  let firstProse = lines.findIndex((l) => !isHeadlineLike(l.text) && words(l.text) >= 12)
  if (firstProse === -1) firstProse = lines.length
  const head = lines.slice(0, Math.min(12, firstProse))
  const early = lines.slice(0, 40).map((l) => normalise(l.text))
  for (const [i, l] of head.entries()) {
    if (words(l.text) < 4 || !isHeadlineLike(l.text.replace(/[?!]$/, ''))) continue
    const key = normalise(l.text)
    // Repeats count whole lines and lines the headline is glued onto ("…has claimedNo direct threat…").
    let repeats = 0
    for (const other of early) if (other === key || other.endsWith(key)) repeats++
    if (repeats >= 2) return i
  }
  for (const [i, l] of head.entries()) {
    const t = l.text.replace(/^#+\s*/, '')
    if (words(t) < (lines.length === 1 ? 1 : 3) || DATE_LINE.test(t) || isClutter(t)) continue
    // A long first line that reads as prose is not a title: the text has none.
    if (t.length > 200) return null
    return i
  }
  return null
}

/**
 * True for a paragraph that is page furniture by the clutter phrase list or a media-tagged headline link; used on
 * HTML paragraphs too, where templates put "Leave a Comment" or "READ MORE: … [VIDEO]" inside the article element.
 */
export function isClutterParagraph(text: string): boolean {
  const t = text.trim()
  return t.length < 300 && (isClutter(t) || TAGGED_HEADLINE.test(t))
}

/** True for a paragraph after which the article is over (comments prompt, newsletter box, "for all the latest"). */
export function isTailStart(text: string): boolean {
  const t = text.trim()
  return t.length < 300 && TAIL_START.some((re) => re.test(t))
}

function isClutter(text: string): boolean {
  return CLUTTER_LINES.some((re) => re.test(text))
}

/** Options of `cleanText`. */
export interface CleanTextOptions {
  /** Keys (`lineKey`) of lines learnt as clutter from the batch (`learnRepeatedLines`). Default none. */
  repeatedLines?: ReadonlySet<string>
  /**
   * The title as the record gives it (JSON/JSONL `title`). Then only an opening line that repeats it is taken as
   * the title; otherwise the text starts with its body and no line is lost. Default: find the title in the text.
   */
  knownTitle?: string
}

/**
 * Cleans scraped article text.
 * @param raw the input as decoded
 * @param options `repeatedLines` learnt from the batch, default none
 */
export function cleanText(raw: string, options: CleanTextOptions = {}): CleanedText {
  const repeated = options.repeatedLines
  const lines = splitLines(raw)
  const known = options.knownTitle ? normalise(options.knownTitle) : null
  const knownAt = known ? lines.slice(0, 12).findIndex((l) => normalise(l.text.replace(/^#+\s*/, '')) === known) : -1
  const titleIndex = known ? (knownAt >= 0 ? knownAt : null) : findTitle(lines)
  const title = titleIndex === null ? null : (lines[titleIndex] as Line).text.replace(/^#+\s*/, '')
  const titleKey = title ? normalise(title) : null

  let outlet: string | null = null
  let claimedOutlet: string | null = null

  // The tail: from the first end-of-article marker in the second half of the text.
  let tail = lines.length
  for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
    if (TAIL_START.some((re) => re.test((lines[i] as Line).text))) {
      tail = i
      break
    }
  }
  for (const l of lines) {
    const promo = SELF_PROMOTION.exec(l.text)
    if (
      promo &&
      !outlet &&
      (isClutter(l.text) || TAIL_START.some((re) => re.test(l.text)) || /\bon google news\b/i.test(l.text))
    )
      outlet = trimOutlet(promo[1] as string)
    const claim = CLAIMED_SOURCE.exec(l.text)
    if (claim && !claimedOutlet) claimedOutlet = trimOutlet(claim[1] as string)
  }
  outlet ??= outletFromHeader(lines)

  // A verdict per line. `byShape` applies the line-shape rules (headline-like lines); they are switched off when
  // they would take most of the text, as in a text whose paragraphs carry no final punctuation at all.
  const judge = (byShape: boolean): { keep: boolean[]; dropped: CleanedText['dropped'] } => {
    const keep: boolean[] = lines.map(() => true)
    const dropped: CleanedText['dropped'] = []
    // A line whose next line continues its sentence (starts in lower case) is wrapped prose.
    const headlineLike = lines.map(
      (l, i) => byShape && isHeadlineLike(l.text) && !/^\p{Ll}/u.test(lines[i + 1]?.text ?? ''),
    )
    const seen = new Set<string>()
    for (const [i, l] of lines.entries()) {
      const text = l.text
      let reason: string | null = null
      if (i === titleIndex) reason = 'title'
      else if (titleIndex !== null && i < titleIndex) reason = 'before title'
      else if (i >= tail) reason = 'page tail'
      else if (titleKey && normalise(text) === titleKey) reason = 'title repeated'
      else if (isClutter(text)) reason = 'clutter phrase'
      else if (repeated?.has(lineKey(text)) && text.length <= 120 && !QUOTE_MARK.test(text))
        // Short and quote-free only: syndicated copies share whole paragraphs, and a quote is content wherever it recurs.
        reason = 'repeated across the batch'
      else if (TAGGED_HEADLINE.test(text)) reason = 'tagged headline link'
      else if (PHOTO_CREDIT.test(text) && text.length < 200 && !/[.!?]["”]?$/.test(text)) reason = 'photo credit'
      else if (DATE_LINE.test(text)) reason = 'date line'
      else if (headlineLike[i]) {
        // A headline-shaped line inside the body: a related link, a label, a section name.
        reason = 'headline-like line'
      } else if (byShape && /[?!]$/.test(text) && text.length < 160 && (headlineLike[i - 1] || headlineLike[i + 1])) {
        reason = 'question headline in a link list'
      } else if (text.length >= 40) {
        const key = normalise(text)
        if (seen.has(key)) reason = 'repeated paragraph'
        seen.add(key)
      }
      if (reason) {
        keep[i] = false
        if (reason !== 'title') dropped.push({ line: text, reason })
      }
    }
    return { keep, dropped }
  }
  let verdict = judge(true)
  const total = lines.reduce((n, l) => n + l.text.length, 0)
  const byShape = verdict.dropped.reduce((n, d) => n + (d.reason === 'headline-like line' ? d.line.length : 0), 0)
  if (byShape > SHAPE_DROP_LIMIT * total) verdict = judge(false)
  const { keep, dropped } = verdict

  // Write the kept lines; a line that ends with the title glued on (a scraped dek) keeps its own part.
  const segments: RawMap['segments'] = []
  const kept: string[] = []
  let length = 0
  for (const [i, l] of lines.entries()) {
    if (!keep[i]) continue
    let text = l.text
    if (title && text.length > title.length && text.endsWith(title)) text = text.slice(0, -title.length).trimEnd()
    if (!text) continue
    if (kept.length > 0) length += 2
    segments.push([length, l.start, text.length])
    kept.push(text)
    length += text.length
  }
  return { text: kept.join('\n\n'), rawMap: { segments }, title, outlet, claimedOutlet, dropped }
}

/** Cuts an outlet name taken from a sentence at words that follow it ("The Eastern Herald on Google News"). */
function trimOutlet(name: string): string {
  return name
    .replace(/\s+(?:on|for|and|to|at)$/i, '')
    .replace(/[.’']+$/, '')
    .trim()
}
