/**
 * The word scanner of the stories and cross-check stages: the tokens of the regex `/\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*\/gu` (words
 * with inner apostrophes, numbers with inner "," and "."), found by a hand-written scan of char codes. ASCII is
 * decided by comparisons; other characters ask `\p{L}` once per code unit (memoised in a table), so the tokens
 * are exactly the regex's (proved against it in `test/crosscheck-words.test.ts`) at a fraction of its cost.
 */

/** A Unicode letter, as the regex's `\p{L}` decides it. */
const LETTER = /^\p{L}$/u

/** Letter-ness of each BMP code unit above ASCII: 0 not yet asked, 1 a letter, 2 not a letter. */
const BMP_LETTER = new Uint8Array(0x10000)

const APOSTROPHE = 0x27
const RIGHT_QUOTE = 0x2019

/** Whether a BMP code unit above ASCII (not a surrogate) is a letter (memoised). */
function bmpLetter(code: number): boolean {
  let known = BMP_LETTER[code]
  if (!known) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2
    BMP_LETTER[code] = known
  }
  return known === 1
}

/**
 * The length in code units (1 or 2) of the letter starting at `i`, or 0 when the character there is not a letter.
 */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 1 : 0
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0
    return 0
  }
  if (code >= 0xdc00 && code <= 0xdfff) return 0
  return bmpLetter(code) ? 1 : 0
}

/** Whether the code unit at `i` is an ASCII digit (the regex's `\d`). */
function digitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  return code >= 0x30 && code <= 0x39
}

/**
 * The word and number tokens of a text as flat `[start, end)` pairs: `[s0, e0, s1, e1, ...]`, in order. The same
 * tokens as `text.matchAll(/\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*\/gu)`.
 */
export function wordSpans(text: string): number[] {
  const out: number[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    let step = letterAt(text, i)
    if (step > 0) {
      const start = i
      i += step
      while (i < n) {
        step = letterAt(text, i)
        if (step > 0) {
          i += step
          continue
        }
        const code = text.charCodeAt(i)
        if ((code === APOSTROPHE || code === RIGHT_QUOTE) && i + 1 < n) {
          step = letterAt(text, i + 1)
          if (step > 0) {
            i += 1 + step
            continue
          }
        }
        break
      }
      out.push(start, i)
      continue
    }
    if (digitAt(text, i)) {
      const start = i
      i++
      while (i < n) {
        if (digitAt(text, i)) {
          i++
          continue
        }
        const code = text.charCodeAt(i)
        if ((code === 0x2c || code === 0x2e) && digitAt(text, i + 1)) {
          i += 2
          continue
        }
        break
      }
      out.push(start, i)
      continue
    }
    i++
  }
  return out
}

/**
 * Whether a token is written in lower case (`token === token.toLowerCase()`), deciding ASCII tokens without
 * building the lower-cased string.
 */
export function isLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x80) {
      const token = text.slice(start, end)
      return token === token.toLowerCase()
    }
    if (code >= 0x41 && code <= 0x5a) return false
  }
  return true
}
