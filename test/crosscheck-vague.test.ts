import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { amountsOf, type Statement } from '../src/crosscheck/01-statements.js'
import { compareClaims } from '../src/crosscheck/02-compare.js'
import { sameFigureConflict } from '../src/crosscheck/04-aligned.js'
import { keyFactVerdict as keyFact, statementsOfLines as statements } from './helpers/crosscheck.js'

/** The one claim of a one-sentence article. */
function claim(text: string, id = 'x'): Statement {
  const found = statements(id, [text]).find((s) => s.quote === null)
  assert.ok(found, `no statement in "${text}"`)
  return found
}

describe('[crosscheck/statements] vague quantities', () => {
  const rows: Array<[string, Array<[string, number, number]>]> = [
    ['The outage lasted only a few minutes.', [['count:minute', 2, 9]]],
    ['The vote took a couple of hours.', [['count:hour', 2, 3]]],
    ['A handful of villages lost power.', [['count:village', 2, 9]]],
    ['Several officers were hurt.', [['count:officer', 3, 12]]],
    ['Dozens of protesters gathered outside.', [['count:protester', 24, 199]]],
    ['Hundreds of workers walked out.', [['count:worker', 200, 1999]]],
    ['Thousands of residents fled the valley.', [['count:resident', 2000, 99_999]]],
    ['Millions of viewers watched the final.', [['count:viewer', 2e6, 999e6]]],
  ]
  for (const [text, expected] of rows)
    it(`reads: ${text}`, () => {
      const found = amountsOf(text).filter((x) => x.bound === 'range')
      assert.deepEqual(
        found.map((x) => [x.kind, x.value, x.upper]),
        expected,
      )
    })

  const none: Array<[string, string]> = [
    ['a scale after it', 'A few hundred workers walked out.'],
    ['a scale after it (millions)', 'The project cost several million dollars.'],
    ['a count added to another', 'Several more officers were hurt on Sunday.'],
    ['a part of a known whole', 'A few of the members voted against it.'],
    ['a part of a known whole (dozens of the)', 'Dozens of the protesters went home.'],
    ['"quite a few" is many', 'Quite a few residents fled the valley.'],
    ['"not a few" is many', 'Not a few residents fled the valley.'],
    ['"tens of thousands"', 'Tens of thousands of residents fled the valley.'],
    ['"hundreds of thousands"', 'Hundreds of thousands of residents fled the valley.'],
    ['no unit', 'She said a few.'],
  ]
  for (const [name, text] of none)
    it(`reads no vague quantity: ${name}`, () => {
      assert.deepEqual(
        amountsOf(text).filter((x) => x.bound === 'range'),
        [],
      )
    })

  it('a sentence that states only a vague quantity is a claim', () => {
    assert.ok(statements('x', ['the outage lasted only a few minutes before the lights came back on.']).length === 1)
  })
})

describe('[crosscheck/compare] a vague quantity against a figure', () => {
  const SAME = { sameStory: true, copy: false }
  const base = 'The outage at the Marlow plant lasted only a few minutes, engineers at Kestrel Power said.'
  it('fires: a figure outside the range', () => {
    const v = compareClaims(
      claim(base),
      claim('The outage at the Marlow plant lasted about 75 minutes, engineers at Kestrel Power said.', 'y'),
      SAME,
    )
    assert.equal(v?.rule, 'contradicts/amount')
    assert.match(v?.note ?? '', /a few vs 75/)
  })
  const silent: Array<[string, string, string]> = [
    [
      'a figure inside the range',
      base,
      'The outage at the Marlow plant lasted about 5 minutes, engineers at Kestrel Power said.',
    ],
    [
      '"about" reaches the range',
      base,
      'The outage at the Marlow plant lasted about 10 minutes, engineers at Kestrel Power said.',
    ],
    ['another unit', base, 'The outage at the Marlow plant lasted 75 seconds, engineers at Kestrel Power said.'],
    [
      '"several" may stretch to a dozen',
      'Several officers were hurt in the Marlow clash, police at Kestrel said.',
      '12 officers were hurt in the Marlow clash, police at Kestrel said.',
    ],
    [
      'thousands may be tens of thousands loosely',
      'Thousands of residents fled the Marlow valley, officials at Kestrel said.',
      '15,000 residents fled the Marlow valley, officials at Kestrel said.',
    ],
  ]
  for (const [name, a, b] of silent)
    it(`does not fire: ${name}`, () => {
      // (A changed unit is a changed claim, not a changed amount: only the amount rule is checked.)
      assert.notEqual(compareClaims(claim(a), claim(b, 'y'), SAME)?.rule, 'contradicts/amount')
    })
})

describe('[crosscheck/key-facts] a vague quantity against a figure in two reports', () => {
  const A = [
    'The joy of the Dunmore applicant only lasted a few minutes, as a second email explained that the acceptance was an error.',
  ]
  it('fires: the same counted thing, anchored, told as a vague quantity and as a figure outside it', () => {
    const v = keyFact(A, [
      'That jubilation lasted about 75 minutes, however, until another email from the school said the acceptance had been sent in error.',
    ])
    assert.equal(v?.rule, 'contradicts/key-fact-vague-count')
    assert.match(v?.note ?? '', /a few vs 75/)
  })
  it('does not fire when the other report also gives a figure inside the range', () => {
    const v = keyFact(A, [
      'That jubilation lasted about 75 minutes, however, until another email from the school said the acceptance had been sent in error.',
      'The applicant said she spent five minutes crying before she opened it.',
    ])
    assert.equal(v, null)
  })
  it('does not fire when the first report also gives a figure the second one fits', () => {
    const v = keyFact(
      [...A, 'Another applicant waited 70 minutes for an answer.'],
      [
        'That jubilation lasted about 75 minutes, however, until another email from the school said the acceptance had been sent in error.',
      ],
    )
    assert.equal(v, null)
  })
  it('does not fire when the words next to the two amounts share nothing', () => {
    const v = keyFact(A, [
      'The Dunmore applicant got an email explaining the acceptance error on Wednesday night, and the admissions office staff then spent about 75 minutes on the phone with her worried family.',
    ])
    assert.equal(v, null)
  })
  it('does not fire when the statements share too little', () => {
    const v = keyFact(A, ['The second interview lasted about 75 minutes.'])
    assert.equal(v, null)
  })
})

describe('[crosscheck/aligned] a vague quantity is not a figure written twice', () => {
  it('"hundreds of" and "200" do not anchor two claims to one figure', () => {
    assert.equal(
      sameFigureConflict(
        claim('Hundreds of residents won the Marlow harbor vote on Monday.'),
        claim('200 residents lost the Marlow harbor vote on Monday.', 'y'),
      ),
      null,
    )
  })
})
