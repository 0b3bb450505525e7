import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { assessCredibility, leadingHeadline, styleReading } from '../src/credibility/index.js'
import { loadKnowledgeBase } from '../src/credibility/knowledge-base.js'
import { headlineSupport, headlineUnsupportedWords, ruleInput } from '../src/credibility/rules.js'
import { combineSignals, HEADLINE_SUPPORT_WEIGHT } from '../src/credibility/score.js'
import type { Article } from '../src/model/index.js'
import { bareArticle } from './helpers/articles.js'
import { ALONE, NEUTRAL_SIGNALS } from './helpers/credibility.js'

describe('leadingHeadline: a headline the extractor left at the top of the text', () => {
  const cases: Array<[text: string, expected: string | null]> = [
    [
      'BREAKING  Dems Caught Counting Votes, TIME FOR PRISON!\n\nIt turns out that the count was wrong.',
      'BREAKING  Dems Caught Counting Votes, TIME FOR PRISON!',
    ],
    [
      'He fought in the war. He died in 2014.\n\nRICHMOND  The FBI said on Monday.',
      'He fought in the war. He died in 2014.',
    ],
    ['The council approved the budget on Monday after a long debate.', null],
    ['One paragraph only, and then\na line break but no blank line.', null],
    [`${'word '.repeat(40)}\n\nBody follows.`, null],
    ['Short\n\nBody follows.', null],
  ]
  for (const [text, expected] of cases) {
    it(JSON.stringify(text.slice(0, 40)), () => assert.equal(leadingHeadline(text), expected))
  }
})

describe('styleReading: the headline and body the style model (and its training script) read', () => {
  const cases: Array<[title: string | null, text: string, expected: { title: string; body: string }]> = [
    [
      null,
      'Mayor Resigns After Budget Vote\n\nThe mayor resigned on Monday.',
      { title: 'Mayor Resigns After Budget Vote', body: 'The mayor resigned on Monday.' },
    ],
    [
      'Council passes budget',
      'Mayor Resigns After Budget Vote\n\nThe mayor resigned on Monday.',
      { title: 'Council passes budget', body: 'Mayor Resigns After Budget Vote\n\nThe mayor resigned on Monday.' },
    ],
    [
      null,
      'The council approved the budget on Monday.',
      { title: '', body: 'The council approved the budget on Monday.' },
    ],
  ]
  for (const [title, text, expected] of cases) {
    it(`${title ?? 'untitled'}: ${JSON.stringify(text.slice(0, 30))}`, () =>
      assert.deepEqual(styleReading({ title, text }), expected))
  }
})

function articleOf(text: string): Article {
  return bareArticle(text, { id: 'a1', source: 'test.txt' })
}

describe('assessCredibility reads a leading headline as the headline', () => {
  const alone = ALONE
  const text = 'SHOCKING: Mayor Caught Lying!\n\nThe mayor said on Monday that the budget was balanced.'
  const base = articleOf(text)

  it('flags a sensational headline found at the top of an untitled text', () => {
    const { findings } = assessCredibility(base, alone)
    assert.ok(findings.some((f) => f.rule === 'language/sensational-headline'))
  })
  it('scores the untitled text as it scores the same article with its title', () => {
    const untitled = assessCredibility(base, alone).credibility.score
    const body = 'The mayor said on Monday that the budget was balanced.'
    const titled = assessCredibility({ ...base, title: 'SHOCKING: Mayor Caught Lying!', text: body }, alone)
    assert.ok(Math.abs(untitled - titled.credibility.score) < 0.02, `${untitled} vs ${titled.credibility.score}`)
  })
})

describe('headlineSupport: headline content words the body never uses', () => {
  const cases: Array<[title: string, body: string, missing: string[]]> = [
    ['Amazon to buy online retailer Souq', 'Amazon agreed to buy Souq, the online retailer.', []],
    ['Alex Jones Apologizes for Hoax', 'Alex Jones apologized on Friday for the hoax.', []],
    ['Universities Agree with Trump', 'Universities are working with Trump on the order.', ['Agree']],
    [
      "Trump's Uses His Big Brain",
      'The Senate approved the nominee for secretary.',
      ["Trump's", 'Uses', 'Big', 'Brain'],
    ],
    ['School Choice Proven to Help', 'A study of school choice found that students did worse.', ['Proven', 'Help']],
  ]
  for (const [title, body, missing] of cases) {
    it(title, () => assert.deepEqual(headlineSupport(title, body).missing, missing))
  }
  it('skips stop words, filler and words under three letters', () => {
    assert.deepEqual(headlineSupport('The Mayor Says It Is Over', 'The mayor spoke.').words, ['Mayor'])
  })
})

describe('headlineUnsupportedWords: an info finding when half the headline is missing from the body', () => {
  const kb = loadKnowledgeBase()
  const draft = (title: string | null, text: string) =>
    headlineUnsupportedWords(ruleInput({ ...articleOf(text), title }, kb))
  it('flags a headline whose claim the body does not state', () => {
    const found = draft(
      'Universities Proven Wrong About Immigration Vote',
      'Universities said on Sunday they would study the order.',
    )
    assert.equal(found.length, 1)
    assert.equal(found[0]?.rule, 'headline/unsupported-words')
    assert.equal(found[0]?.severity, 'info')
  })
  it('is silent when the body carries the headline', () => {
    assert.deepEqual(draft('Council Approves Budget Increase', 'The council approved a budget increase on Monday.'), [])
  })
  it('spans a headline left at the top of the text', () => {
    const text = 'Mayor Secretly Sells Famous Bridge\n\nThe council met on Monday.'
    const found = draft('Mayor Secretly Sells Famous Bridge', text)
    assert.deepEqual(found[0]?.span, [0, 'Mayor Secretly Sells Famous Bridge'.length])
  })
})

describe('combineSignals: the headline-support term', () => {
  const base = NEUTRAL_SIGNALS
  it('weighs the missing share', () => {
    const { contributions } = combineSignals({ ...base, headline: { words: 4, missing: 2 } })
    const term = contributions.find((c) => c.signal === 'headline-support')
    assert.ok(term && Math.abs(term.weight - HEADLINE_SUPPORT_WEIGHT / 2) < 1e-3)
  })
  it('adds nothing for short headlines or full support', () => {
    for (const headline of [
      { words: 2, missing: 2 },
      { words: 5, missing: 0 },
    ]) {
      const { score } = combineSignals({ ...base, headline })
      assert.equal(score, 0.5)
    }
  })
})
