import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { extractArticle } from '../src/extract/index.js'
import type { Article } from '../src/model/index.js'
import { SHARED, skipWithoutShared } from './helpers/shared.js'

const SEEDS = join(SHARED, 'seeds')

function seed(prefix: string): Article {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))
  assert.ok(file, `seed ${prefix} missing`)
  const path = join(SEEDS, file)
  return extractArticle({ origin: path, bytes: readFileSync(path), contentType: 'text', fetchedAt: '' })
}

const count = (text: string, needle: string): number => text.split(needle).length - 1

/** The "Must" items on clean text and titles in ../shared/seeds/EXPECTED.md, as [seed, absent strings]. */
const ABSENT: Array<[string, string[]]> = [
  ['000', ['READ MORE', '[COMMENTS]', '[VIDEO]', '[PICTURES]', 'Leave a Comment', 'For all the latest on news']],
  ['001', ['Back to top button', 'Leave a Reply', '© Getty Images']],
  [
    '002',
    ['-Advertisement-', 'Subscribe', 'Discover more from', 'Continue reading', 'Leading the Alternative World Order'],
  ],
  ['003', ['Sen. Elizabeth Warren says', 'Former Trump campaign volunteer']],
]

const TITLES: Array<[string, string]> = [
  ['000', 'NATO warns Putin it is prepared for ‘all contingencies’ against Russian war threats'],
  ['001', 'No direct threat of Russian attack on NATO – US'],
  ['004', 'Stoltenberg: NATO sees no direct threat from Russia to its members'],
]

describe('[extract/seeds] EXPECTED.md "Must" on clean text and titles', { skip: skipWithoutShared }, () => {
  for (const [id, absent] of ABSENT) {
    it(`${id}: clutter is gone`, () => {
      const { text } = seed(id)
      for (const needle of absent)
        assert.equal(text.includes(needle), false, `${id} still has ${JSON.stringify(needle)}`)
    })
  }

  it('001: the headline occurs once at most', () => {
    assert.ok(count(seed('001').text, 'No direct threat of Russian attack on NATO – US') <= 1)
  })

  it('004: the body occurs once', () => {
    assert.equal(count(seed('004').text, 'We see no direct or immediate threat to any NATO ally'), 1)
  })

  for (const [id, title] of TITLES) it(`${id}: title`, () => assert.equal(seed(id).title, title))

  it('the article is kept: quotes the later stages need are in the text', () => {
    assert.match(seed('000').text, /we do not see an imminent threat to NATO territory/)
    assert.match(seed('000').text, /The US does not support sending troops to fight in Ukraine/)
    assert.match(seed('001').text, /We do not see such an imminent threat at the moment/)
    assert.match(seed('002').text, /no plans to deploy forces in Ukraine/)
    assert.match(seed('003').text, /NATO spokesman Dan Lund/)
    assert.match(seed('003').text, /In September, Russian armed forces/)
    // A provenance claim is evidence for credibility, not clutter.
    assert.match(seed('003').text, /Read the full story at NBC News/)
  })

  it('outlets the text names for itself; a credited source is not the outlet', () => {
    assert.equal(seed('000').outlet, 'Daily Express US')
    assert.equal(seed('002').outlet, 'The Eastern Herald')
    assert.notEqual(seed('003').outlet, 'NBC News')
  })

  it('rawMap points every kept paragraph back to the same characters in the file', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const a = seed(id)
      assert.ok(a.rawMap)
      for (const [textStart, rawStart, length] of a.rawMap.segments)
        assert.equal(a.text.slice(textStart, textStart + length), a.raw.slice(rawStart, rawStart + length))
    }
  })
})
