import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { amountsOf, type Statement, statementsOf } from '../src/crosscheck/01-statements.js'
import { alignedConflict, alignTokens, sameFigureConflict, tokensOf } from '../src/crosscheck/04-aligned.js'
import { splitSentences } from '../src/language/index.js'
import { bareArticle } from './helpers/articles.js'

/** The one claim statement of a one-sentence text. */
function claim(text: string, id: string): Statement {
  const article = bareArticle(text, { id, source: `${id}.txt`, sentences: splitSentences(text) })
  const s = statementsOf(article).find((st) => st.quote === null)
  assert.ok(s, `no statement in "${text}"`)
  return s
}

/** The rule of the aligned verdict on two sentences, or null. */
function rule(a: string, b: string): string | null {
  return alignedConflict(claim(a, 'a'), claim(b, 'b'))?.rule ?? null
}

describe('[crosscheck/aligned] word alignment', () => {
  it('finds the longest unbroken run and the changed slot between matched words', () => {
    const { common, run, slots } = alignTokens(
      tokensOf('The mayor said the bridge will reopen on Monday after repairs.'),
      tokensOf('The mayor said the bridge will stay closed on Monday after repairs.'),
    )
    assert.equal(run, 6)
    assert.equal(common, 10)
    assert.equal(slots.length, 1)
    assert.deepEqual(
      slots[0]?.removed.map((t) => t.lower),
      ['reopen'],
    )
    assert.deepEqual(
      slots[0]?.added.map((t) => t.lower),
      ['stay', 'closed'],
    )
  })
  it('marks capitalised words after the first as names', () => {
    assert.deepEqual(
      tokensOf('The Harbor Authority met').map((t) => t.name),
      [false, true, true, false],
    )
  })
})

describe('[crosscheck/aligned] one sentence retold with a slot changed', () => {
  const rows: Array<[string, string, string, string | null]> = [
    [
      'the reason changed after a long shared frame',
      'The county school board has cancelled all spring field trips to the capital because of concerns about the flu outbreak.',
      'The county school board has cancelled all spring field trips to the capital because of concerns about violent street protests.',
      'contradicts/aligned-slot',
    ],
    [
      'the predicate changed between a shared subject and object',
      'The New Haven city school board has quietly renewed the lunch contract held by Norwick Foods last week.',
      'The New Haven city school board has publicly condemned Norwick Foods last week.',
      'contradicts/aligned-slot',
    ],
    [
      'an event in the passive changed ("was later sued by" / "was arrested for")',
      'The fund once worked with Harlan Capital, which invested about $7 billion with Ruskin and was later sued by investors who lost money.',
      'The fund once worked with Harlan Capital, which invested about $7 billion with Ruskin and was arrested for running a fraud scheme against investors.',
      'contradicts/aligned-slot',
    ],
    [
      'a registered opposite in the slot',
      'Shareholders of the Delmont Mining Company voted on Friday to approve the sale of its northern copper mine to investors.',
      'Shareholders of the Delmont Mining Company voted on Friday to block the sale of its northern copper mine to investors.',
      'contradicts/aligned-opposite',
    ],
  ]
  for (const [label, a, b, expected] of rows) it(`${label}: ${expected}`, () => assert.equal(rule(a, b), expected))
})

describe('[crosscheck/aligned] must not fire', () => {
  const rows: Array<[string, string, string]> = [
    [
      'one quote with its attribution retold',
      'Campaign spokesman Ned Harlow said on Twitter that the ruling "shows the charges were baseless from the start".',
      'Campaign spokesman Ned Harlow tweeted today that the ruling "shows the charges were baseless from the start".',
    ],
    [
      'one word for another (a synonym the lexicon does not know)',
      'In an interview with the Morning Hour, moderator Dana Kell asked the governor about the new toll road.',
      'In an interview with the Morning Hour, host Dana Kell asked the governor about the new toll road.',
    ],
    [
      'detail added, nothing replaced',
      'The museum will reopen its east wing to visitors on Saturday after two years of repairs.',
      'The museum will reopen its east wing to visitors on Saturday after two years of repairs and a new roof.',
    ],
    [
      'where the president-elect spends the week, told two ways',
      'The president-elect is spending Christmas week at his estate in Palm Beach, where he is holding job interviews and planning meetings.',
      'The president-elect is operating from his estate in Palm Beach, where he plans to stay through at least Christmas Day.',
    ],
    [
      'the subject retold at the opening of the sentence',
      'Two weeks ago, a local woman filed a federal lawsuit against the Harbor Authority, alleging that it flooded her farm in 2019.',
      'An anonymous Jane Doe filed a federal lawsuit against the Harbor Authority last week, alleging that it flooded her farm in 2019.',
    ],
    [
      'two descriptions of one person ("is a ...")',
      'Tom Pryce, named to run the Health and Human Services department, is a member of the party leadership in the state house.',
      'Tom Pryce, named to run the Health and Human Services department, is a budget hawk with a long record on spending cuts.',
    ],
    [
      'a frame that is mostly a name says who, not what',
      'Incoming Senate Democratic leader Charles E. Schumer (D-N.Y.), however, has rejected that strategy.',
      'Senators joined calls by incoming Senate Democratic leader Charles E. Schumer (D-N.Y.) for a thorough bipartisan investigation.',
    ],
    [
      'two sentences sharing only a short opening',
      'The city council voted on Tuesday to raise parking fees downtown from next month.',
      'The city council voted on Tuesday after a long debate that went on past midnight about the school budget.',
    ],
    [
      'the same frame with many slots changed is another sentence',
      'Officials in the northern province said heavy rain flooded three villages and cut power to thousands of homes on Sunday.',
      'Officials in the northern province said a new bridge linked three villages and brought tourists to hundreds of shops on Sunday.',
    ],
  ]
  for (const [label, a, b] of rows) it(label, () => assert.equal(rule(a, b), null))
})

describe('[crosscheck/aligned] one figure told of opposite things', () => {
  const figure = (a: string, b: string) => sameFigureConflict(claim(a, 'a'), claim(b, 'b'))?.rule ?? null
  it('a currency word after its country makes the figure a sum of money', () =>
    assert.equal(amountsOf('profits of 9.1 billion US dollars')[0]?.kind, 'money:dollar'))
  const rows: Array<[string, string, string, string | null]> = [
    [
      'losses and profits of one sum',
      "The writedown could push Harlow Energy's total losses this year past $4.2bn, the company warned.",
      'Harlow Energy expects its profits to pass 4.2 billion US dollars this year, its chairman said.',
      'contradicts/same-figure-opposite',
    ],
    [
      'one sum, the same thing counted',
      "The writedown could push Harlow Energy's total losses this year past $4.2bn, the company warned.",
      'Harlow Energy said losses could reach $4.2bn by the end of the year.',
      null,
    ],
    [
      'a bound is not the figure ("more than $4 trillion" is not $15.3 trillion)',
      'The senator said his plan would raise federal revenues by an estimated $15.3 trillion over a decade.',
      'The governor said his plan would hand out more than $4 trillion in tax cuts over a decade.',
      null,
    ],
    [
      'a share is too often the same number for unrelated things',
      'Taxes on the lower 95 percent would rise under the plan, the Tax Center said.',
      'Support among Ohio voters fell from the 95 percent the president received in 2012.',
      null,
    ],
    [
      'small counts anchor nothing',
      'Two Senate Republicans backed the higher spending bill on Tuesday.',
      'Two Senate Democrats backed the lower spending bill on Tuesday.',
      null,
    ],
  ]
  for (const [label, a, b, expected] of rows) it(`${label}: ${expected}`, () => assert.equal(figure(a, b), expected))
})

describe('[crosscheck/aligned] notes show the substitution', () => {
  it('names the changed slot of a retold sentence', () => {
    const verdict = alignedConflict(
      claim(
        'The county school board has cancelled all spring field trips to the capital because of concerns about the flu outbreak.',
        'a',
      ),
      claim(
        'The county school board has cancelled all spring field trips to the capital because of concerns about violent street protests.',
        'b',
      ),
    )
    assert.equal(verdict?.note, 'the same sentence with "the flu outbreak" -> "violent street protests"')
  })
  it('names the opposite words around one figure as written', () => {
    const verdict = sameFigureConflict(
      claim("The writedown could push Harlow Energy's total losses this year past $4.2bn, the company warned.", 'a'),
      claim('Harlow Energy expects its profits to pass 4.2 billion US dollars this year, its chairman said.', 'b'),
    )
    assert.equal(verdict?.note, 'the same figure ($4.2bn / 4.2 billion) told of opposite things: "losses" / "profits"')
  })
})
