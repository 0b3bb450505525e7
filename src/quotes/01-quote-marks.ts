/**
 * Step 1: the quoted passages of a paragraph. Curly quotes open and close; straight double quotes and the
 * typewriter pair `''` toggle. A paragraph that opens a quote and never closes it continues into the next
 * paragraph (news style for multi-paragraph quotes), so its passage runs to the paragraph's end.
 */
import type { Span } from '../model/index.js'

/** A quoted passage: `span` includes its quotation marks; `open` when it runs on into the next paragraph. */
export interface QuotedPassage {
  span: Span
  open: boolean
}

const OPENERS = new Set(['“', '„', '«'])
const CLOSERS = new Set(['”', '»'])
const LETTER = /[\p{L}\d]/u

/** Every character that can be a quotation mark, found by one scan instead of a character loop. */
const MARKS = /["“”«»„]|''/g

/** Finds the quoted passages in `text[start, end)`. */
export function findQuotedPassages(text: string, start: number, end: number): QuotedPassage[] {
  const passages: QuotedPassage[] = []
  let open = -1
  let openMark = ''
  MARKS.lastIndex = start
  for (let m = MARKS.exec(text); m && m.index < end; m = MARKS.exec(text)) {
    const i = m.index
    const c = text[i] ?? ''
    const prev = i > start ? (text[i - 1] ?? ' ') : ' '
    const next = text[i + 1] ?? ' '
    let mark = ''
    if (c === '"' || c === '“' || c === '”' || c === '«' || c === '»' || c === '„') mark = c
    else if (c === "'" && next === "'") mark = "''"
    if (!mark) continue
    const width = mark.length
    if (open < 0) {
      // A closing curly quote that starts a word is a typo for an opening one ("”Fear. I am afraid…").
      const opens =
        OPENERS.has(mark) ||
        mark === '"' ||
        mark === "''" ||
        (CLOSERS.has(mark) && /\s/.test(prev) && LETTER.test(next))
      if (opens) {
        open = i
        openMark = mark
      }
    } else if (
      CLOSERS.has(mark) ||
      (mark === '"' && openMark !== '“') ||
      (mark === "''" && openMark === "''") ||
      (mark === '"' && openMark === '“')
    ) {
      passages.push({ span: [open, i + width], open: false })
      open = -1
    } else if (OPENERS.has(mark) && openMark !== mark) {
      // A new opener while one is open: the earlier one was never closed; restart here.
      open = i
      openMark = mark
    }
    MARKS.lastIndex = i + width
  }
  if (open >= 0) {
    let e = end
    while (e > open && /\s/.test(text[e - 1] ?? '')) e--
    if (e - open > 1) passages.push({ span: [open, e], open: true })
  }
  return passages
}
