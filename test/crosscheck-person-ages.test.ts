import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { statementsOf } from '../src/crosscheck/01-statements.js'
import { comparePersonAges, reportFactsOf } from '../src/crosscheck/03-key-facts.js'
import { personAgesOf } from '../src/crosscheck/07-person-ages.js'
import { createStatementIndex } from '../src/crosscheck/index.js'
import { splitSentences } from '../src/language/index.js'
import type { CorpusView } from '../src/model/corpus.js'
import type { Article } from '../src/model/index.js'
import { bareArticle } from './helpers/articles.js'

/** An article made of the given sentences. */
function article(id: string, lines: string[]): Article {
  const text = lines.join(' ')
  return bareArticle(text, { id, source: `${id}.txt`, sentences: splitSentences(text) })
}

/** The ages a report made of these sentences ties to people, as "name value". */
function ties(lines: string[]): string[] {
  const a = article('a', lines)
  return personAgesOf(a.sentences.map((span) => ({ span, text: a.text.slice(span[0], span[1]) }))).map(
    (p) => `${p.name} ${p.value}`,
  )
}

/** The person-age verdict between two reports of one story, each given as its sentences. */
function verdict(a: string[], b: string[]) {
  const report = (id: string, lines: string[]) => {
    const x = article(id, lines)
    return reportFactsOf(
      id,
      statementsOf(x),
      x.sentences.map((span) => ({ span, text: x.text.slice(span[0], span[1]) })),
    )
  }
  return comparePersonAges(report('a', a), report('b', b))
}

describe('[crosscheck/person-ages] ages tied to named people', () => {
  const rows: Array<[string, string[], string[]]> = [
    ['an appositive age', ['Dana Ruiz, 22, said the rally would go ahead in Tulsa.'], ['Dana Ruiz 22']],
    [
      'an appositive age in brackets',
      ['The organiser Dana Ruiz (22) said the rally would go ahead.'],
      ['Dana Ruiz 22'],
    ],
    ['"now"', ['Dana Ruiz, now 22, runs the fan club in Ohio.'], ['Dana Ruiz 22']],
    ['"aged"', ['Dana Ruiz, aged 22, said the rally would go ahead.'], ['Dana Ruiz 22']],
    [
      'an appositive "a 20 year old" with whatever noun',
      ['One of them is Dana Ruiz, a 20 year old "superfan" from Ohio.'],
      ['Dana Ruiz 20'],
    ],
    ['a copula', ['Dana Ruiz is 22.'], ['Dana Ruiz 22']],
    ['"who is"', ['Dana Ruiz, who is 22, said the rally would go ahead.'], ['Dana Ruiz 22']],
    ['a modifier before the name', ['Organisers said 22-year-old Dana Ruiz would lead the rally.'], ['Dana Ruiz 22']],
    [
      'a modifier with a person noun before the name',
      ['A 22-year-old student Dana Ruiz said the rally would go ahead.'],
      ['Dana Ruiz 22'],
    ],
    [
      'a surname alone is the full name given before',
      ['Dana Ruiz leads the fan club in Ohio.', 'Ruiz, 22, said the rally would go ahead.'],
      ['Dana Ruiz 22'],
    ],
    [
      'two people, each with their own age',
      ['Dana Ruiz, 22, and Lee Park, 20, said the rally would go ahead.'],
      ['Dana Ruiz 22', 'Lee Park 20'],
    ],
    [
      '"The 22-year-old" refers to the person named as subject just before',
      [
        'Dana Ruiz is one of them.',
        'She calls herself a "Marlowe kid" after the show.',
        'The 22-year-old is months away from graduating in Ohio.',
      ],
      ['Dana Ruiz 22'],
    ],
    [
      '"The 22-year-old" with a verb in "-s"',
      ['Dana Ruiz joined the club in Ohio.', 'The 22-year-old lives near the stadium.'],
      ['Dana Ruiz 22'],
    ],
    [
      'a person noun that describes the subject itself ("is a student") does not hide her',
      ['Dana Ruiz is a student in Ohio.', 'The 22-year-old lives near the campus.'],
      ['Dana Ruiz 22'],
    ],
    [
      'nor does an appositive of the subject ("Dana Ruiz, a student,")',
      ['Dana Ruiz, a student at the college, is one of them.', 'The 22-year-old lives near the campus.'],
      ['Dana Ruiz 22'],
    ],
    [
      'a subject named with a title',
      ['Senator Dana Ruiz wants to repeal the law.', 'The 50-year-old said so on Monday in Ohio.'],
      ['Dana Ruiz 50'],
    ],
    [
      '"the 22-year-old student" too',
      ['Dana Ruiz joined the club in Ohio.', 'The 22-year-old student now runs its website.'],
      ['Dana Ruiz 22'],
    ],
    // Guards.
    [
      'a surname two full names of the report share',
      ['Dana Ruiz and Maria Ruiz run the club.', 'Ruiz, 22, said the rally would go on.'],
      [],
    ],
    ['a number too large for an age', ['Runner Dana Ruiz (412) crossed the line first.'], []],
    ['ages of people not named', ['The victim, 22, and the suspect, 20, knew each other, police said.'], []],
    [
      'an age of a thing after a name ("a 10-year-old company")',
      ['Dana Ruiz runs Velmora, a 10-year-old company that sells bicycles.'],
      [],
    ],
    [
      '"The 50-year-old law" is no person',
      ['Senator Dana Ruiz wants to repeal it.', 'The 50-year-old law limits fishing in Ohio.'],
      [],
    ],
    [
      '"The 50-year-old laws" are no person either',
      ['Senator Dana Ruiz wants to repeal them.', 'The 50-year-old laws limit fishing in Ohio.'],
      [],
    ],
    [
      '"the 100-year-old Ruiz family business": the name is part of a longer name',
      ['Dana Ruiz took over the 100-year-old Ruiz family business in Ohio.'],
      [],
    ],
    [
      'an age before a name with other words between ("the 90-year-old oak near Dana Ruiz")',
      ['Fans met under the 90-year-old oak near Dana Ruiz and her friends.'],
      [],
    ],
    ['an age told of the past', ['Dana Ruiz, 19, joined the band when it formed in Ohio.'], []],
    [
      'two ages after one name ("Sarah Rogers, 27 and 29")',
      ['Tim Rogers and Sarah Rogers, 27 and 29, rode to the rally in Ohio.'],
      [],
    ],
    [
      'shares in a poll ("Halvorsen, 46,")',
      ['Support stood at Halvorsen, 46, and Brandt, 41, in the Tuesday poll of likely voters.'],
      [],
    ],
    [
      '"The 22-year-old" when another person is named between',
      ['Dana Ruiz met Lee Park at the festival.', 'The 22-year-old is months away from graduating.'],
      [],
    ],
    [
      '"The 22-year-old" when another person was named as a subject earlier in the window',
      ['Lee Park coaches the team.', 'Dana Ruiz is one of them.', 'The 22-year-old is months away from graduating.'],
      [],
    ],
    [
      '"The 22-year-old" when the subject was named more than three sentences before',
      [
        'Dana Ruiz is one of them.',
        'She has seen the whole show.',
        'She watched every episode twice.',
        'She owns every season on disc.',
        'The 22-year-old is months away from graduating.',
      ],
      [],
    ],
    [
      '"The 10-year-old" after a possessive subject ("Dana Ruiz\'s son") is not her',
      ['Dana Ruiz’s son Leo is one of the finalists.', 'The 10-year-old has practised for a year.'],
      [],
    ],
    [
      '"The 10-year-old" after another person is brought in without a name ("her son")',
      ['Dana Ruiz said her son was hurt in the crash.', 'The 10-year-old was taken to hospital.'],
      [],
    ],
    [
      '"The 22-year-old" after a single capitalised word the report never gives as a full name',
      ['Harbor is one of the finalists.', 'The 22-year-old sings in the band.'],
      [],
    ],
  ]
  for (const [name, lines, expected] of rows) it(name, () => assert.deepEqual(ties(lines), expected))
})

describe('[crosscheck/person-ages] two reports of one story', () => {
  const rows: Array<[string, string[], string[], string | null]> = [
    [
      'the age of one person in a sentence of its own against an appositive',
      [
        'Dana Ruiz is one of them.',
        'She calls herself a "Marlowe kid" after the show.',
        'The 22-year-old is months away from graduating in Ohio.',
      ],
      ['One exception is Dana Ruiz, a 20 year old fan from Ohio.'],
      'Dana Ruiz: 22-year-old vs 20 year old',
    ],
    [
      'a surname alone against the full name',
      ['Ruiz, 22, said the rally would go ahead.'],
      ['Organisers said 24-year-old Dana Ruiz would lead the rally.'],
      'Dana Ruiz: 22 vs 24-year-old',
    ],
    ['the same age', ['Dana Ruiz, 22, said so.'], ['Dana Ruiz is 22.'], null],
    [
      'two people with the same surname',
      ['Dana Ruiz, 22, said the rally would go ahead.'],
      ['Maria Ruiz, 20, said the rally would go ahead.'],
      null,
    ],
    [
      'ages of two different people',
      ['Dana Ruiz, 22, and Lee Park, 20, said the rally would go ahead.'],
      ['Lee Park, 20, said the rally would go ahead.'],
      null,
    ],
    [
      'a report that ties the person to two ages is telling more, not otherwise',
      ['Dana Ruiz, 22, said the rally would go ahead.', 'Ruiz is 23.'],
      ['Dana Ruiz, 20, said the rally would go ahead.'],
      null,
    ],
    [
      'the same, the other way round',
      ['Dana Ruiz, 20, said the rally would go ahead.'],
      ['Dana Ruiz, 22, said the rally would go ahead.', 'Ruiz is 23.'],
      null,
    ],
    [
      "a report that states the other's figure as an age anywhere",
      ['Dana Ruiz, 22, said the rally would go ahead.', 'Her sister is a 20-year-old student.'],
      ['Dana Ruiz, 20, said the rally would go ahead.'],
      null,
    ],
    [
      'an age told of the past against one of now',
      ['Dana Ruiz, 19, joined the band when it formed in Ohio.'],
      ['Dana Ruiz, 24, sings with the band.'],
      null,
    ],
  ]
  for (const [name, a, b, note] of rows)
    it(name, () => {
      const v = verdict(a, b)
      assert.equal(v?.verdict.note ?? null, note)
      if (v) assert.equal(v.verdict.rule, 'contradicts/key-fact-person-age')
    })

  it('the statement index relates the two sentences of two reports of one story', () => {
    const told = article('l', [
      'Dana Ruiz is one of them.',
      'She calls herself a "Marlowe kid" after the show.',
      'The 22-year-old is months away from graduating in Ohio.',
    ])
    const retold = article('f', ['One exception is Dana Ruiz, a 20 year old fan from Ohio.'])
    const byId = new Map([told, retold].map((a) => [a.id, a]))
    const corpus: CorpusView = { article: (id) => byId.get(id), storyOf: () => 's1', copyOf: () => undefined }
    const index = createStatementIndex()
    const made = [...index.add(told, corpus), ...index.add(retold, corpus)].filter((r) => r.kind === 'contradicts')
    assert.equal(made.length, 1)
    const r = made[0]
    assert.ok(r)
    assert.equal(r.rule, 'contradicts/key-fact-person-age')
    assert.equal(r.from.text, 'The 22-year-old is months away from graduating in Ohio.')
    assert.equal(told.text.slice(...r.from.span), r.from.text)
    assert.equal(r.to.text, 'One exception is Dana Ruiz, a 20 year old fan from Ohio.')
  })
})
