import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadKnowledgeBase } from '../src/credibility/knowledge-base.js'
import { firstPersonNarration, ruleInput } from '../src/credibility/rules.js'
import { combineSignals, FIRST_PERSON_WEIGHT } from '../src/credibility/score.js'
import { firstPersonRate, narratorVoice } from '../src/credibility/voice.js'
import type { Article } from '../src/model/index.js'
import { bareArticle } from './helpers/articles.js'
import { NEUTRAL_SIGNALS } from './helpers/credibility.js'

function article(text: string): Article {
  return bareArticle(text, { id: 'a1', source: 'test.txt', title: 'Headline' })
}

describe('narratorVoice: first-person pronouns outside quotations', () => {
  const cases: Array<[text: string, pronouns: string[]]> = [
    ['The council approved the budget on Monday.', []],
    ['"We will appeal," said the mayor. "I am confident."', []],
    ['The minister said “our plan works” and left.', []],
    ['We were told the plan works. The mayor disagreed.', ['We']],
    ['In my view the council is wrong, and I say so.', ['my', 'I']],
    ['The US and the UK signed the accord.', []],
    ['Veterans of World War I and the Phase I and II trials were on I-95.', []],
    ['After World War I, I moved.', ['I']],
    ['Our readers know this. "We know," he said. Let us see.', ['Our', 'us']],
  ]
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const voice = narratorVoice(text)
      assert.deepEqual(
        voice.mentions.map(([s, e]) => text.slice(s, e)),
        expected,
      )
    })
  }

  it('counts only the words of the narration', () => {
    assert.equal(narratorVoice('He said "one two three" today.').words, 3)
  })

  it('rates over at least 50 words, and more pronouns rate higher', () => {
    const one = firstPersonRate(narratorVoice('I think so.'))
    assert.ok(Math.abs(one - Math.log1p(100 / 50)) < 1e-9)
    assert.ok(firstPersonRate(narratorVoice('I think we know my mind.')) > one)
    assert.equal(firstPersonRate(narratorVoice('Officials said the talks failed.')), 0)
  })
})

describe('firstPersonNarration: one info finding per sentence, with the pronoun as span', () => {
  it('finds the writer speaking, not the quoted speaker', () => {
    const text = 'We visited the plant. "I saw nothing," the guard said. I believe him and we left.'
    const findings = firstPersonNarration(ruleInput(article(text), loadKnowledgeBase()))
    assert.equal(findings.length, 2)
    assert.ok(findings.every((f) => f.rule === 'voice/first-person' && f.severity === 'info'))
    assert.deepEqual(
      findings.map((f) => f.span && text.slice(...f.span)),
      ['We', 'I'],
    )
  })
})

describe('combineSignals: the first-person term', () => {
  const base = NEUTRAL_SIGNALS
  it('lowers the score by FIRST_PERSON_WEIGHT x rate and lists the contribution', () => {
    const rate = Math.log1p(2)
    const { score, contributions } = combineSignals({ ...base, voice: { pronouns: 1, words: 40, rate } })
    const term = contributions.find((c) => c.signal === 'first-person-voice')
    assert.ok(term)
    assert.ok(Math.abs(term.weight - FIRST_PERSON_WEIGHT * rate) < 1e-3)
    assert.ok(score < 0.5)
  })
  it('adds nothing when the narration has no first person', () => {
    const { score, contributions } = combineSignals({ ...base, voice: { pronouns: 0, words: 40, rate: 0 } })
    assert.equal(score, 0.5)
    assert.ok(!contributions.some((c) => c.signal === 'first-person-voice'))
  })
})
