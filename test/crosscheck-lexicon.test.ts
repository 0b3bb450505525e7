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
  it('words of criticism and of praise are opposite outcomes', () => {
    assert.ok(oppositesOf(id('slammed'))?.includes(id('hailed')))
    assert.ok(oppositesOf(id('bristle'))?.includes(id('applaud')))
  })

  const idioms: Array<[string, string]> = [
    ['The plan received the go-ahead on Monday.', 'The plan received the approved on Monday.'],
    ['The council gave the green light to the tower.', 'The council gave the approved to the tower.'],
    ['The merger was put on hold last week.', 'The merger was shelved last week.'],
    ['Organisers called off the march.', 'Organisers cancelled the march.'],
    ['She now has plenty of free time.', 'She now has plenty of idle.'],
    ['Mayors pushed back against the state budget.', 'Mayors opposing the state budget.'],
    ['The band toured despite rumours of a split.', 'The band toured not a split.'],
    ['The club denied reports of a sale.', 'The club not a sale.'],
    ['The captain is coming back next season.', 'The captain is returning next season.'],
    ['The singer walked off the stage.', 'The singer quit the stage.'],
    ['The chairman stepped down in May.', 'The chairman resigned in May.'],
    ['The town gave up its bid.', 'The town abandoned its bid.'],
    ['The board turned down the offer.', 'The board rejected the offer.'],
    ['The mill shut down for good.', 'The mill closed for good.'],
    ['The firm pulled out of the deal.', 'The firm withdrawing from the deal.'],
    ['The club backed out of the sale.', 'The club withdrawing from the sale.'],
    ['She dropped out of the race.', 'She quit the race.'],
    ['He signed up for the army.', 'He joined the army.'],
    ['The founder passed away in May.', 'The founder died in May.'],
    ['The mill laid off 200 workers.', 'The mill fired 200 workers.'],
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

describe('[crosscheck/statements] the negated clause of a long sentence', () => {
  const asserted = 'Director Ana Kell told fans the captain is most definitely coming back to the crew.'
  const long =
    'Dust floats above the empty grave in the final teaser released on Saturday night, after a long summer of rumours ' +
    'among collectors, critics, bloggers and rival studios about budgets, reshoots, stunt doubles, costumes and ' +
    'missing sets, hinting the hero may be gone for good - the scene being ' +
    "director Ana Kell's way of telling fans the captain won't be returning to the crew."
  it('is a statement of its own, beside its sentence', () => {
    const article = bareArticle(long, { id: 'b', source: 'b.txt', sentences: splitSentences(long) })
    const texts = statementsOf(article).map((s) => s.text)
    assert.equal(texts[0], long)
    assert.ok(
      texts.includes(
        "the scene being director Ana Kell's way of telling fans the captain won't be returning to the crew.",
      ),
    )
    assert.equal(texts.length, 2, 'the asserted clause before the dash is not split off')
  })
  it('meets the claim it denies (the whole sentence does not: its other clause dilutes it)', () => {
    const article = bareArticle(long, { id: 'b', source: 'b.txt', sentences: splitSentences(long) })
    const [sentence, clause] = statementsOf(article) as [Statement, Statement]
    const a = claim(asserted, 'a')
    assert.equal(compareClaims(a, sentence, { sameStory: true, copy: false }), null)
    assert.equal(compareClaims(a, clause, { sameStory: true, copy: false })?.rule, 'contradicts/negation')
  })
  it('leaves sentences without a denial whole', () => {
    const text =
      'His plan would raise revenue by $15 trillion over a decade; her plan would raise $1 trillion over a decade.'
    const article = bareArticle(text, { id: 'c', source: 'c.txt', sentences: splitSentences(text) })
    assert.equal(statementsOf(article).length, 1)
  })
})

describe('[crosscheck/compare] a denial bounded in time', () => {
  const rows: Array<[string, string, string, string | null]> = [
    [
      'a first time ("never ... before") does not deny the deed now, nor agree with it',
      "Mayor Ana Kell has praised the host of Monday's first harbour debate, Tom Reyes of River News.",
      'Mayor Ana Kell had never been in a harbour debate like this before, with Tom Reyes of River News as host.',
      null,
    ],
    [
      'a denial since a year against a deed that names no later year',
      'Senator Ida Vale said she had given millions to the harbour fund she began in 1990.',
      "Senator Ida Vale hasn't given any of her own money to the harbour fund since 2008.",
      null,
    ],
    [
      'a denial since a year against a deed in a later year',
      'Senator Ida Vale gave her own money to the harbour fund in 2015.',
      "Senator Ida Vale hasn't given any of her own money to the harbour fund since 2008.",
      'contradicts/negation',
    ],
    [
      'an unbounded denial',
      'Senator Ida Vale gave her own money to the harbour fund.',
      "Senator Ida Vale hasn't given any of her own money to the harbour fund.",
      'contradicts/negation',
    ],
  ]
  for (const [label, a, b, expected] of rows)
    it(label, () =>
      assert.equal(
        compareClaims(claim(a, 'a'), claim(b, 'b'), { sameStory: true, copy: false })?.rule ?? null,
        expected,
      ),
    )
})
