import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { narratorJudgement, preciseFigures, styleFeatures } from '../src/credibility/style.js'
import { narration } from '../src/credibility/voice.js'

// Fifty plain words, so rates below are per 100 words over the MIN_WORDS floor (50).
const FILLER = Array.from({ length: 50 }, () => 'word').join(' ')

describe('narration: the writer’s words, quotations blanked at the same offsets', () => {
  it('blanks straight and curly quotations and keeps the length', () => {
    const text = 'The mayor said "this is shameful" and “truly awful” today.'
    const own = narration(text)
    assert.equal(own.length, text.length)
    assert.ok(!/shameful|awful/.test(own))
    assert.ok(own.startsWith('The mayor said') && own.endsWith('today.'))
  })
})

describe('narratorJudgement: judging words outside quotations, per 100 words (at least 50)', () => {
  const cases: Array<[label: string, text: string, expected: number]> = [
    ['[style/judgement] plain report', `The council approved the budget on Monday. ${FILLER}`, 0],
    [
      '[style/judgement] quoted judgement is someone else’s',
      `"This is a shameful, tragic day," the mayor said. ${FILLER}`,
      0,
    ],
    ['[style/judgement] emotive words in narration', `A bizarre and grisly scene played out on Monday. ${FILLER}`, 2],
    ['[style/judgement] loaded labels in narration', `The globalist elites met again. ${FILLER}`, 2],
    ['[style/judgement] evaluative and intensifier', `The plan was a very stupid idea. ${FILLER}`, 2],
  ]
  for (const [label, text, expected] of cases) {
    it(label, () => {
      const words = narration(text).match(/\S+/g)?.length ?? 0
      assert.equal(narratorJudgement(text), (100 * expected) / Math.max(50, words))
    })
  }
})

describe('preciseFigures: figures that are neither round nor years', () => {
  const cases: Array<[text: string, expected: number]> = [
    ['In 2014 about 30 percent of 100 students, 5 classes, 4000 pupils.', 0],
    ['Profit fell 2.25% to $5.64bn, with 129 jobs cut and 1,234 shares sold.', 4],
    ['It paid £235m in 2017.', 1],
  ]
  for (const [text, expected] of cases)
    it(`[style/precise] ${text}`, () => assert.equal(preciseFigures(text), expected))
})

describe('styleFeatures: attribution features', () => {
  it('[style/attribution] counts named attributions and attributed sentences', () => {
    const f = styleFeatures('', 'Vestager said the deal was blocked. The deal was large. "It is over," said Paulson.')
    assert.ok((f.namedAttributions ?? 0) > 0)
    assert.equal(f.attributedSentences, 2 / 3)
  })
  it('[style/attribution] a text with no source has none', () => {
    const f = styleFeatures('', 'The deal was blocked. The deal was large. Everyone knows it.')
    assert.equal(f.namedAttributions, 0)
    assert.equal(f.attributedSentences, 0)
  })
})
