import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { wordsOf } from '../src/crosscheck/01-statements.js'
import { isLowerCase, wordSpans } from '../src/language/words.js'

/** The regex the scanner replaces (the stories stage's tokens). */
const WORD = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*/gu

function byRegex(text: string): number[] {
  const out: number[] = []
  for (const m of text.matchAll(WORD)) out.push(m.index, m.index + m[0].length)
  return out
}

/** Tricky strings: apostrophes, digits with separators, accents, CJK, hyphens, surrogates, edges. */
const CASES: string[] = [
  '',
  'The mayor didn’t say.',
  "He wasn't there; it's 'quoted' and o'clock'",
  'rock ’n’ roll, ’tis the dogs’ bowl’',
  "''a''b'' ’’c",
  '$1,234.56 and 3.5% and 25,000 troops in 2014.',
  '1,2,3 ..4.. 5. .6 7,,8 9.,0 12.a a12 F-35 COVID-19',
  'Café São Paulo Zürich naïve façade Ærø Øresund İstanbul ΣΊΣΥΦΟΣ Москва',
  '東京 北京市 정부 日本語のテキスト،عربى हिन्दी',
  'well-known state-of-the-art — en–dash',
  'emoji 😀 and math 𝐀𝐁𝐂 letters 𝒜 and Gothic 𐌰𐌱',
  'lone \ud800 surrogate \udc00 here a\ud800b',
  'ends with apostrophe’',
  'ends with digit 7',
  'ends 7.',
  'x',
  '٣٤٥ Arabic-Indic digits ５ fullwidth',
  'Ǆemal ǅ ǆ titlecase',
  'THE WHITE HOUSE SAID',
]

const ALPHABET = [
  'a',
  'Z',
  'é',
  'É',
  'ß',
  '東',
  '😀',
  '𝐀',
  '\ud800',
  '\udc00',
  "'",
  '’',
  '‘',
  '.',
  ',',
  '-',
  ' ',
  '\n',
  '0',
  '5',
  '9',
  '٣',
  '%',
  '$',
  '“',
]

/** Deterministic pseudo-random numbers (mulberry32). */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('crosscheck word scanner', () => {
  it('gives exactly the regex tokens on tricky strings', () => {
    for (const text of CASES) assert.deepEqual(wordSpans(text), byRegex(text), JSON.stringify(text))
  })

  it('gives exactly the regex tokens on random strings', () => {
    const random = generator(0x5eed)
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(random() * 30)
      let text = ''
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)]
      const spans = wordSpans(text)
      assert.deepEqual(spans, byRegex(text), JSON.stringify(text))
      for (let k = 0; k < spans.length; k += 2) {
        const token = text.slice(spans[k], spans[k + 1])
        assert.equal(isLowerCase(text, spans[k] ?? 0, spans[k + 1] ?? 0), token === token.toLowerCase(), token)
      }
    }
  })

  it('gives exactly the regex tokens on random code points', () => {
    const random = generator(42)
    for (let n = 0; n < 2000; n++) {
      let text = ''
      for (let i = 0; i < 20; i++) {
        const r = random()
        // Mostly BMP, some astral; includes surrogates (lone ones come out of the BMP range).
        const code =
          r < 0.3
            ? Math.floor(random() * 0x80)
            : r < 0.9
              ? Math.floor(random() * 0x10000)
              : Math.floor(random() * 0x10ffff)
        text += String.fromCodePoint(code)
      }
      assert.deepEqual(wordSpans(text), byRegex(text), JSON.stringify(text))
    }
  })

  it('tells lower-case tokens as toLowerCase does', () => {
    for (const text of CASES) {
      const spans = byRegex(text)
      for (let k = 0; k < spans.length; k += 2) {
        const [start = 0, end = 0] = [spans[k], spans[k + 1]]
        const token = text.slice(start, end)
        assert.equal(isLowerCase(text, start, end), token === token.toLowerCase(), token)
      }
    }
    assert.equal(isLowerCase('Mayor', 0, 5), false)
    assert.equal(isLowerCase('mayor', 0, 5), true)
    assert.equal(isLowerCase('café', 0, 4), true)
    assert.equal(isLowerCase('CAFÉ', 3, 4), false)
  })
})

describe('crosscheck wordsOf', () => {
  it('lower-cases the regex tokens and writes ’ as an apostrophe', () => {
    const cases: Array<[string, string[]]> = [
      [
        'The Mayor didn’t say “NO” to 1,200 Café-goers.',
        ['the', 'mayor', "didn't", 'say', 'no', 'to', '1,200', 'café', 'goers'],
      ],
      ['ÉTÉ rock ’n’ roll', ['été', 'rock', 'n', 'roll']],
      ['', []],
    ]
    for (const [text, words] of cases) assert.deepEqual(wordsOf(text), words, text)
  })
})
