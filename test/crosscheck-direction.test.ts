import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { statementsOf } from '../src/crosscheck/01-statements.js'
import { hasMovementWord, movementFactsOf } from '../src/crosscheck/05-direction.js'
import { conceptName } from '../src/crosscheck/lexicon.js'
import { splitSentences } from '../src/language/index.js'
import { bareArticle } from './helpers/articles.js'
import { keyFactVerdict as verdict } from './helpers/crosscheck.js'

describe('[crosscheck/direction] movement facts of a sentence', () => {
  const rows: Array<[string, Array<[string[], number]>]> = [
    ['Shares of the carmaker rose 4% in early trading.', [[['share', 'carmaker'], 1]]],
    ['Retail sales volumes were up by 2% on the month.', [[['retail', 'sale', 'volume'], 1]]],
    ['The pound opened down against the dollar on Monday.', [[['pound'], -1]]],
    ['Home prices continue to plummet in the region.', [[['home', 'price'], -1]]],
    ['The council said it would reduce the budget for libraries.', [[['budget', 'library'], -1]]],
    ['Exports bounced back in the second half.', [[['export'], 1]]],
    // A coordinated movement that leaves its subject out moves the same thing.
    [
      'Ticket sales fell in the winter but rose in the spring.',
      [
        [['ticket', 'sale'], -1],
        [['ticket', 'sale'], 1],
      ],
    ],
    // Not movements: a denied one, a noun after a determiner, a noun after a noun, "set up".
    ['Prices did not fall last year.', []],
    ['Analysts welcomed the rise in orders.', []],
    ['The tax cuts were signed into law.', []],
    ['The group set up a fund for victims.', []],
    // "Another" and "more" after a verb of putting money or people in: a rise of that thing.
    ['The emir said the fund would spend another $2 billion on ports.', [[['investment'], 1]]],
    ['The studio plans to hire more animators next year.', [[['hire'], 1]]],
    ['The bank will invest a further $1 billion in the mill.', [[['investment'], 1]]],
    ['The fund will not invest more money in ports.', []],
    ['Voters want more spending on schools.', []],
    // Phrases, not falls: "fall short", "fell through", "fell apart".
    ['The plan to pay for the dam would fall short by $3 million.', []],
    ['The takeover fell through in May.', []],
  ]
  for (const [text, expected] of rows)
    it(text, () =>
      assert.deepEqual(
        movementFactsOf(text).map((f) => [f.measured.map(conceptName), f.direction]),
        expected,
      ),
    )
  it('the gate lets sentences without a movement word through unread', () => {
    const gate = (text: string) =>
      hasMovementWord(
        text,
        statementsOf(bareArticle(text, { id: 'g', sentences: splitSentences(text) }))[0]?.concepts ?? [],
      )
    assert.equal(gate('The mayor opened the new library on Friday.'), false)
    assert.equal(gate('Oil prices fell on Friday.'), true)
    assert.equal(gate('Shares of Acme were up on Monday.'), true)
    assert.equal(gate('The Acme board set up a fund on Monday.'), false)
  })
})

describe('[crosscheck/direction] the same quantity moved in opposite directions', () => {
  const rows: Array<[string, string[], string[], string | null]> = [
    [
      'a currency rose on the markets in one report and fell in the other',
      ['The dollar rose on currency markets after the jobs report was published.'],
      ['The dollar has once again opened down in the global market.'],
      'contradicts/key-fact-direction',
    ],
    [
      'attendance up against attendance plummeting, at the same museum',
      ['Attendance at the Harbor Museum was up by 12% this summer.'],
      ['Attendance continues to plummet at the Harbor Museum, staff say.'],
      'contradicts/key-fact-direction',
    ],
    [
      'a report that gives both directions (a monthly rise, a quarterly fall) tells more, not the opposite',
      [
        'Attendance at the Harbor Museum was up by 12% this summer.',
        'Over the year attendance fell at the Harbor Museum.',
      ],
      ['Attendance continues to plummet at the Harbor Museum, staff say.'],
      null,
    ],
    [
      'movements in different months are not compared',
      ['Orders at the Gdansk shipyard rose in March.'],
      ['Orders at the Gdansk shipyard fell in April.'],
      null,
    ],
    [
      'two sentences sharing only the measured word are about two different things',
      ['The unemployment rate would fall to 3.8% by the end of next year.'],
      ['Mortgage rates jumped after the announcement.'],
      null,
    ],
    [
      'spending another sum against decreasing the investment, by the same named investor',
      ['Prime Minister Ola Brandt said Norland would spend another $2 billion on ports over five years.'],
      ['Prime Minister Ola Brandt said Norland will try to decrease the investment in ports after the vote.'],
      'contradicts/key-fact-direction',
    ],
    [
      'a plan that falls short is not a fall of what it pays for',
      ['The Budget Office said the plan of Senator Vale to pay for schools would fall short by $3 billion.'],
      ['Senator Vale said her plan makes sure the wealthiest pay more for schools.'],
      null,
    ],
    [
      'the same direction is agreement',
      ['Oil prices fell on the Asian markets on Friday.'],
      ['On Friday oil prices dropped sharply on Asian markets.'],
      null,
    ],
  ]
  for (const [label, a, b, expected] of rows)
    it(label, () => {
      const v = verdict(a, b)
      assert.equal(v?.rule ?? null, expected)
      if (v && expected === 'contradicts/key-fact-direction') assert.match(v.note, /".+" vs ".+"/)
    })
})
