import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { assessCredibility, leadingHeadline } from '../src/credibility/index.js'
import type { CorpusView, CredibilityContext } from '../src/model/corpus.js'
import type { Article } from '../src/model/index.js'

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

describe('assessCredibility reads a leading headline as the headline', () => {
  const view: CorpusView = { article: () => undefined, storyOf: () => undefined, copyOf: () => undefined }
  const alone: CredibilityContext = {
    corpus: view,
    relations: [],
    corroboration: [],
    entities: new Map(),
    entityArticleCount: new Map(),
  }
  const text = 'SHOCKING: Mayor Caught Lying!\n\nThe mayor said on Monday that the budget was balanced.'
  const base: Article = {
    id: 'a1',
    source: 'test.txt',
    url: null,
    outlet: null,
    title: null,
    byline: null,
    published: null,
    language: 'en',
    text,
    raw: text,
    rawMap: null,
    extraction: { method: 'test', warnings: [], empty: false },
    sentences: [],
    mentions: [],
    dates: [],
    figures: [],
    quotes: [],
  }
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
