import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type Statement, statementsOf } from '../src/crosscheck/01-statements.js'
import { compareQuotes, nearQuoteMatch } from '../src/crosscheck/02-compare.js'
import { article } from './helpers/articles.js'

/** The first quote of a one-paragraph article read by the article stages (quotes, speakers, sentences). */
function quoteIn(body: string, id: string): Statement {
  const found = statementsOf(article(`${id}.txt`, `Harbor school tries a building game\n\n${body}\n`)).find(
    (s) => s.quote !== null,
  )
  assert.ok(found, `no quote in ${body}`)
  return found
}

const ORIGINAL = quoteIn(
  '"I\'ve got an overwhelmingly positive attitude toward the app in the classroom," says teacher Mark Ellory.',
  'a',
)
const REWORDED = '"I\'ve got an overwhelmingly good feeling toward the app in the classroom,"'

describe('[crosscheck/compare] nearly the same quote from two named people', () => {
  const fires: Array<[string, string]> = [
    ['a few words changed', `${REWORDED} says Senator Jane Doe.`],
    [
      'the other side quotes more around it (compared with its best-matching part)',
      'The new version was launched on Monday. "Teachers love it. I\'ve got an overwhelmingly good feeling toward the app in the classroom and at home with my own kids every day," says Senator Jane Doe.',
    ],
    [
      'the same words',
      '"I\'ve got an overwhelmingly positive attitude toward the app in the classroom," said Jane Doe.',
    ],
  ]
  for (const [name, body] of fires)
    it(`fires: ${name}`, () => {
      const verdict = compareQuotes(ORIGINAL, quoteIn(body, 'b'), false, true)
      assert.equal(verdict?.rule, 'contradicts/speaker', body)
      assert.match(verdict?.note ?? '', /Mark Ellory/)
    })

  it('the note names what was put in place of what', () => {
    const verdict = compareQuotes(ORIGINAL, quoteIn(`${REWORDED} says Senator Jane Doe.`, 'b'), false, true)
    assert.match(verdict?.note ?? '', /"positive attitude" -> "good feeling"/)
  })

  const silent: Array<[string, string]> = [
    ['a speaker found through a pronoun', `Senator Jane Doe spoke on Monday. ${REWORDED} she said.`],
    ['the speaker quotes the other in the quote', `"As Mark Ellory said, ${REWORDED.slice(1)} says Senator Jane Doe.`],
    [
      'the speaker quotes the other around the quote',
      'Quoting Mark Ellory, Senator Jane Doe told reporters: "I\'ve got an overwhelmingly good feeling toward the app in the classroom."',
    ],
    ['a joint statement', `${REWORDED} Senator Jane Doe said in a joint statement with Mark Ellory.`],
    ['both named as the speakers', `${REWORDED} Mark Ellory and Jane Doe said on Monday.`],
    ['a double surname that holds the other', `${REWORDED} says teacher Marcus Ellory-Vance.`],
    [
      'a negation added: two people saying opposite things',
      '"I haven\'t got an overwhelmingly positive attitude toward the app in the classroom," says Senator Jane Doe.',
    ],
    [
      'an opposite word: two people saying opposite things',
      '"I\'ve got an overwhelmingly negative attitude toward the app in the classroom," says Senator Jane Doe.',
    ],
    [
      'too many words changed',
      '"I\'ve got a rather good feeling about this app for our classroom," says Senator Jane Doe.',
    ],
  ]
  for (const [name, body] of silent)
    it(`does not fire: ${name}`, () => {
      assert.notEqual(compareQuotes(ORIGINAL, quoteIn(body, 'b'), false, true)?.kind, 'contradicts', body)
    })

  it('does not fire across stories (nearly the same words only; the same long quote still does)', () => {
    const b = quoteIn(`${REWORDED} says Senator Jane Doe.`, 'b')
    assert.equal(compareQuotes(ORIGINAL, b, false, false), null)
  })

  it('does not fire on a short quote: a common phrase', () => {
    const a = quoteIn('"We love the app in every classroom we have," says teacher Mark Ellory.', 'a')
    const b = quoteIn('"We love the app in every classroom we run," says Senator Jane Doe.', 'b')
    assert.equal(compareQuotes(a, b, false, true), null)
  })
})

describe('[crosscheck/compare] two forms of one speaker name are one speaker', () => {
  const rows: Array<[string, string, string, string]> = [
    [
      'a stray stop after the name',
      '"We will keep the harbor open to every fishing boat through the whole winter," said Senator Jane Doe.',
      '"We will keep the harbor open to every fishing boat through the whole winter," Jane Doe said on Monday.',
      'same-quote',
    ],
    [
      'a suffix after the name',
      '"I\'ve got an overwhelmingly positive attitude toward the app in the classroom," says teacher Mark Ellory.',
      `${REWORDED} says Mark Ellory Jr.`,
      'altered-quote',
    ],
  ]
  for (const [name, x, y, kind] of rows)
    it(name, () => {
      assert.equal(compareQuotes(quoteIn(x, 'a'), quoteIn(y, 'b'), false, true)?.kind, kind)
    })
})

describe('[crosscheck/compare] nearQuoteMatch', () => {
  const words = (text: string) => text.split(' ')
  it('finds the best-matching part of a longer quote', () => {
    const match = nearQuoteMatch(
      words('we will keep the harbor open to every boat all winter'),
      words('it was a hard year and we will keep the harbor open to every fishing boat all winter long they said'),
    )
    assert.ok(match)
    assert.equal(match.common, 11)
  })
  it('the shared words scattered through a long quote are no match', () => {
    assert.equal(
      nearQuoteMatch(
        words('we will keep the harbor open to every boat all winter'),
        words(
          'we said it will be hard to keep up with the costs of the old harbor but it is open to anyone and every single boat owner has paid all they owe this winter',
        ),
      ),
      null,
    )
  })
  it('needs 8 words in common covering 0.8 of the shorter quote', () => {
    assert.equal(
      nearQuoteMatch(
        words('we will keep the harbor open to every boat all winter'),
        words('we shall keep a harbor open for each boat all winter'),
      ),
      null,
    )
  })
})
