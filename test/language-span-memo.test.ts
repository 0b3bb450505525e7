import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createSpanMemo } from '../src/language/span-memo.js'
import { wordSpans } from '../src/language/words.js'

describe('span memo', () => {
  const text = 'The Senate approved the bill; THE senate Approved it. Zürich and ZÜRICH voted, O’Brien said.'
  const spans = wordSpans(text)
  const words = Array.from({ length: spans.length / 2 }, (_, k) => [spans[2 * k], spans[2 * k + 1]] as [number, number])
  // A value that differs for every distinct lower-cased word (its characters' sum times its length).
  const wordValue = (lower: string) => [...lower].reduce((sum, c) => sum + (c.codePointAt(0) ?? 0), 0) * lower.length

  it('gives the value of the lower-cased word, computing each ASCII word once', () => {
    const memo = createSpanMemo(8)
    const asked: string[] = []
    const compute = (lower: string) => {
      asked.push(lower)
      return wordValue(lower)
    }
    for (const [start, end] of words)
      assert.equal(memo.valueAt(text, start, end, compute), wordValue(text.slice(start, end).toLowerCase()))
    // "the"/"The"/"THE", "senate"/"Senate", "approved"/"Approved" are computed once each; non-ASCII words every time.
    assert.equal(asked.filter((w) => w === 'the').length, 1)
    assert.equal(asked.filter((w) => w === 'senate').length, 1)
    assert.equal(asked.filter((w) => w === 'approved').length, 1)
    assert.equal(asked.filter((w) => w === 'zürich').length, 2)
    assert.ok(asked.includes('o’brien'))
  })

  it('starts afresh when full and still gives the right values', () => {
    const memo = createSpanMemo(3) // 8 slots, afresh after 4 words
    const many = Array.from(
      { length: 40 },
      (_, k) => `w${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}`,
    ).join(' ')
    const spansOfMany = wordSpans(many)
    for (let round = 0; round < 2; round++)
      for (let k = 0; k < spansOfMany.length; k += 2) {
        const start = spansOfMany[k] as number
        const end = spansOfMany[k + 1] as number
        assert.equal(memo.valueAt(many, start, end, wordValue), wordValue(many.slice(start, end)))
      }
  })
})
