import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type Statement, statementsOf } from '../src/crosscheck/01-statements.js'
import { compareClaims } from '../src/crosscheck/02-compare.js'
import { conceptId, conceptOf, oppositesOf, readIdioms } from '../src/crosscheck/lexicon.js'
import { splitSentences } from '../src/language/index.js'
import { stem } from '../src/stories/terms.js'
import { bareArticle } from './helpers/articles.js'

/** The one claim statement of a one-sentence text. */
function claim(text: string, id: string): Statement {
  const article = bareArticle(text, { id, source: `${id}.txt`, sentences: splitSentences(text) })
  const s = statementsOf(article).find((st) => st.quote === null)
  assert.ok(s, `no statement in "${text}"`)
  return s
}

const id = (word: string) => conceptId(conceptOf(stem(word)))

describe('[crosscheck/lexicon] spelling and idioms', () => {
  const same: Array<[string, string]> = [
    ['privatise', 'privatize'],
    ['privatised', 'privatized'],
    ['organising', 'organizing'],
    ['criticised', 'criticized'],
  ]
  for (const [a, b] of same) it(`British and American spelling meet: ${a} ~ ${b}`, () => assert.equal(id(a), id(b)))
  it('keeps words that only end alike apart', () => assert.notEqual(id('promise'), id('premise')))

  const idioms: Array<[string, string]> = [
    ['The plan received the go-ahead on Monday.', 'The plan received the approved on Monday.'],
    ['The council gave the green light to the tower.', 'The council gave the approved to the tower.'],
    ['The merger was put on hold last week.', 'The merger was shelved last week.'],
    ['Organisers called off the march.', 'Organisers cancelled the march.'],
    ['She now has plenty of free time.', 'She now has plenty of idle.'],
    ['Mayors pushed back against the state budget.', 'Mayors opposing the state budget.'],
    ['The band toured despite rumours of a split.', 'The band toured not a split.'],
    ['The club denied reports of a sale.', 'The club not a sale.'],
  ]
  for (const [text, read] of idioms) it(`reads "${text}"`, () => assert.equal(readIdioms(text), read))
  it('leaves text without idioms as it is (the same string)', () => {
    const text = 'The council went ahead with the vote on time; reports of the meeting pushed back the start.'
    assert.equal(readIdioms(text), text)
  })

  const opposites: Array<[string, string]> = [
    ['shelved', 'approved'],
    ['scrapped', 'approved'],
    ['abandoned', 'launched'],
    ['suspended', 'resumed'],
    ['lifted', 'imposed'],
    ['commits', 'cancelled'],
    ['pledged', 'cancels'],
    ['fails', 'proven'],
    ['eliminated', 'wins'],
    ['opposes', 'agreed'],
  ]
  for (const [a, b] of opposites)
    it(`opposite outcomes: ${a} / ${b}`, () => assert.ok(oppositesOf(id(a))?.includes(id(b))))
})

describe('[crosscheck/compare] an opposite pair fills one claim slot', () => {
  const SAME = { sameStory: true, copy: false }
  it('"shelved" vs "received the go-ahead" contradicts when the plan is the same', () => {
    const verdict = compareClaims(
      claim(
        'Plans to privatise the state ferry company have been shelved, but its spending is under review, Transport Minister Ana Ruiz has announced.',
        'a',
      ),
      claim(
        'Plans to privatize the state ferry line have received the go-ahead, according to Transport Minister Ana Ruiz.',
        'b',
      ),
      SAME,
    )
    assert.equal(verdict?.kind, 'contradicts')
    assert.equal(verdict?.rule, 'contradicts/opposite-outcome')
  })
  it('a plan shelved and another plan approved do not meet on the claim', () => {
    const verdict = compareClaims(
      claim('Plans for a new harbour bridge have been shelved, Mayor Tom Reilly said on Friday.', 'a'),
      claim('A budget for school repairs was approved by the council, Mayor Tom Reilly said on Friday.', 'b'),
      SAME,
    )
    assert.notEqual(verdict?.kind, 'contradicts')
  })
  it('"put on hold" agrees with "shelved"', () => {
    const verdict = compareClaims(
      claim('Plans to sell the city airport have been shelved, Finance Minister Ana Ruiz said.', 'a'),
      claim('Plans to sell the city airport have been put on hold, Finance Minister Ana Ruiz said.', 'b'),
      SAME,
    )
    assert.equal(verdict?.kind, 'agrees')
  })
})
