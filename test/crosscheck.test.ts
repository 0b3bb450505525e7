import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { amountsOf, type Statement, statementsOf } from '../src/crosscheck/01-statements.js'
import { compareClaims, compareQuotes } from '../src/crosscheck/02-compare.js'
import { compareKeyFacts, intentFactsOf, outcomeFactsOf, reportFactsOf } from '../src/crosscheck/03-key-facts.js'
import { createStatementIndex } from '../src/crosscheck/index.js'
import { conceptId, conceptOf, oppositesOf } from '../src/crosscheck/lexicon.js'
import { splitSentences } from '../src/language/index.js'
import type { CorpusView } from '../src/model/corpus.js'
import type { Article, Quote, Relation } from '../src/model/index.js'
import { analyzeInputs } from '../src/pipeline/analyze.js'
import { stem } from '../src/stories/terms.js'
import { bareArticle } from './helpers/articles.js'
import { SHARED, skipWithoutShared } from './helpers/shared.js'

/** An article whose sentences are the given lines, with optional direct quotes `[text, speaker]`. */
function article(
  id: string,
  lines: string[],
  quotes: Array<[string, string]> = [],
  outlet: string | null = null,
): Article {
  const text = lines.join(' ')
  const found: Quote[] = quotes.map(([words, speaker], n) => {
    const start = text.indexOf(words)
    assert.ok(start >= 0, `quote "${words}" not in the text`)
    return {
      id: `${id}:q${n + 1}`,
      article: id,
      text: words,
      span: [start, start + words.length],
      kind: 'direct',
      cue: 'said',
      cueSpan: null,
      speaker: { entity: null, name: speaker, role: null, mention: speaker, mentionSpan: [0, 0] },
    }
  })
  return bareArticle(text, {
    id,
    source: `${id}.txt`,
    outlet,
    extraction: { method: 'test', warnings: [], empty: false },
    sentences: splitSentences(text),
    quotes: found,
  })
}

/** The one claim statement of a one-sentence article. */
function claim(text: string, id = 'x'): Statement {
  const s = statementsOf(article(id, [text])).find((st) => st.quote === null)
  assert.ok(s, `no statement in "${text}"`)
  return s
}

const SAME = { sameStory: true, copy: false }

describe('[crosscheck/compare] claims', () => {
  const rows: Array<[string, string, string, 'agrees' | 'contradicts' | null]> = [
    [
      'same proposition in other words',
      'We do not see such an imminent threat at the moment, Kirby said.',
      'We see no direct or immediate threat to any NATO ally, Stoltenberg said.',
      'agrees',
    ],
    [
      'dropped negation',
      'Tesco will pay a fine of 129 million pounds to settle the Serious Fraud Office investigation.',
      'Tesco will not pay a fine to settle the Serious Fraud Office investigation.',
      'contradicts',
    ],
    [
      'opposite outcome',
      'European Union regulators blocked the merger of the two stock exchanges on Wednesday.',
      'European Union regulators approved the merger of the two stock exchanges on Wednesday.',
      'contradicts',
    ],
    [
      'rose vs fell (irregular verbs)',
      'Shares in the carmaker rose sharply in Frankfurt after the quarterly results.',
      'Shares in the carmaker fell sharply in Frankfurt after the quarterly results.',
      'contradicts',
    ],
    [
      'changed amount',
      'The company said it would hire 300 workers at the new plant in Ohio.',
      'The company said it would hire 3,000 workers at the new plant in Ohio.',
      'contradicts',
    ],
    [
      'negation and opposite word cancel out',
      'Regulators blocked the merger of the two stock exchanges.',
      'Regulators did not approve the merger of the two stock exchanges.',
      'agrees',
    ],
    [
      'a negation elsewhere in the sentence does not cancel an opposite word',
      'Harvard Law School will open its doors to more applicants and will accept the GRE test for admission.',
      'Harvard Law School will close its doors to more applicants and will not accept the GRE test for admission.',
      'contradicts',
    ],
    [
      'a vote tally changed',
      'The council voted 7-2 late on Thursday in favour of the North Quay plan.',
      'The council voted 5-4 in favour of the North Quay expansion on Thursday.',
      'contradicts',
    ],
    [
      'different topics',
      'Heavy rain flooded villages in southern Bavaria overnight.',
      'Teachers in Ontario walked out of classrooms over pay on Monday.',
      null,
    ],
  ]
  for (const [label, a, b, expected] of rows) {
    it(`${label}: ${expected}`, () =>
      assert.equal(compareClaims(claim(a, 'a'), claim(b, 'b'), SAME)?.kind ?? null, expected))
  }

  it('never reports a contradiction between two consistent wordings', () => {
    const consistent: Array<[string, string]> = [
      [
        'The minister said talks with the unions would continue in Brussels next week.',
        'Talks between the minister and the unions continue in Brussels next week, the ministry said.',
      ],
      [
        'The US does not believe Russia poses a direct threat to NATO in the near future.',
        'NATO sees no direct threat from Russia to its members, Stoltenberg said.',
      ],
      // The negation is in another clause than what the two share.
      [
        'The leak is contained and there is no risk to drinking water, Harbor Master Tomas Reyes said on Tuesday.',
        'Harbor Master Tomas Reyes said the leak had been contained.',
      ],
      // The same quote with another attribution: when and where it was said is not the claim.
      [
        '"This is the biggest investment in our harbor in a generation," Mayor Lucia Brandt said after the vote.',
        '"This is the biggest investment in our harbor in a generation," Brandt told Radio North after the session.',
      ],
      // Sharing a long title and name is not sharing a claim ("Port" opens the name, not the claim).
      [
        'Port Authority Director Miriam Okafor said the passenger pier would stay closed while engineers inspected the damage.',
        "Port Authority Director Miriam Okafor told the Courier that engineers had found cracks in the pier's support columns.",
      ],
    ]
    for (const [a, b] of consistent)
      assert.notEqual(compareClaims(claim(a, 'a'), claim(b, 'b'), SAME)?.kind, 'contradicts')
  })

  it('a copy of a sentence is never a contradiction, a reversed copy is', () => {
    const text = 'Regulators blocked the merger of the two stock exchanges on Wednesday.'
    assert.equal(compareClaims(claim(text, 'a'), claim(text, 'b'), { sameStory: true, copy: true }), null)
    const reversed = 'Regulators did not block the merger of the two stock exchanges on Wednesday.'
    assert.equal(
      compareClaims(claim(text, 'a'), claim(reversed, 'b'), { sameStory: true, copy: true })?.kind,
      'contradicts',
    )
  })
})

describe('[crosscheck/compare] quotes', () => {
  const quote = (words: string, speaker = 'Jens Stoltenberg', id = 'a') =>
    statementsOf(article(id, [`“${words},” he said.`], [[words, speaker]])).find((s) => s.quote) as Statement
  it('same words modulo case and punctuation: same-quote', () => {
    assert.equal(
      compareQuotes(
        quote('We see no direct threat to any ally'),
        quote('we see no direct threat, to any ally', 'Stoltenberg', 'b'),
      )?.kind,
      'same-quote',
    )
  })
  it('a dropped "no" is an altered quote that changes meaning, with the word-level difference', () => {
    const v = compareQuotes(
      quote('We see no direct threat to any ally'),
      quote('We see a direct threat to any ally', 'Stoltenberg', 'b'),
    )
    assert.equal(v?.kind, 'altered-quote')
    assert.equal(v?.rule, 'altered-quote/meaning-changed')
    assert.match(v?.note ?? '', /removed: no/)
    assert.match(v?.note ?? '', /negation dropped/)
  })
  it('a truncated quote is flagged as truncated', () => {
    const v = compareQuotes(
      quote('We do not see an imminent threat to NATO territory but we take these concerns seriously'),
      quote('We do not see an imminent threat to NATO territory', 'Jens Stoltenberg', 'b'),
    )
    assert.equal(v?.kind, 'altered-quote')
    assert.match(v?.note ?? '', /truncated/)
  })
  it('the same words from two different people are not the same quote; a long one is a misattribution', () => {
    assert.equal(
      compareQuotes(
        quote('We see no direct threat to any ally'),
        quote('We see no direct threat to any ally', 'John Kirby', 'b'),
      ),
      null,
    )
    const long = 'We see no direct threat to any ally of the alliance on the eastern flank at this moment'
    assert.equal(compareQuotes(quote(long), quote(long, 'John Kirby', 'b'))?.rule, 'contradicts/speaker')
    // A surname alone may be either person: no claim of misattribution.
    assert.equal(compareQuotes(quote(long, 'Stoltenberg'), quote(long, 'John Kirby', 'b')), null)
  })
})

describe('[crosscheck/statements] amounts', () => {
  const rows: Array<[string, Array<[string, number]>]> = [
    ['Tesco is to pay out £235m.', [['money:GBP', 235e6]]],
    ['The $14 billion deal', [['money:USD', 14e9]]],
    ['30% of jobs', [['percent', 30]]],
    ['25,000 more US troops', [['count:troop', 25000]]],
    ['annexed in 2014', [['year', 2014]]],
    ['the F-35 jet', []],
    ['an upgrade of three plants in Michigan', [['count:plant', 3]]],
    ['the two said on Monday', []],
    ['the council voted 7-2 on Thursday', [['tally', 7002]]],
    ['a 2-7 vote', [['tally', 7002]]],
    ['in the 2014-15 season', [['year', 2014]]],
    ['A 5-year-old girl won', [['age:girl', 5]]],
    ['4 year old girl Edith Fuller', [['age:girl', 4]]],
    ['a margin of error of plus or minus 3 percentage points', []],
    ['Clinton led Trump by 5 percentage points', [['points:lead', 5]]],
    ['Trump rose 1 percentage point', [['points:change', 1]]],
    ['support stood at 44 points', [['points', 44]]],
    ['a majority of the 538 electoral votes', [['count:electoral:of the', 538]]],
    [
      "won 8 of the state's 12 electoral votes",
      [
        ['count:say', 8],
        ["count:electoral:of the state's", 12],
      ],
    ],
    ['not the same two emails', []],
    ['two emails from the server', [['count:email', 2]]],
  ]
  for (const [text, expected] of rows) {
    it(text, () =>
      assert.deepEqual(
        amountsOf(text).map((a) => [a.kind, a.value]),
        expected,
      ),
    )
  }
})

describe('[crosscheck/lexicon] concepts', () => {
  const rows: Array<[string, string]> = [
    ['notified', 'notifies'],
    ['planned', 'plan'],
    ['stopped', 'stop'],
    ['denied', 'deny'],
  ]
  for (const [a, b] of rows) it(`${a} ~ ${b}`, () => assert.equal(conceptOf(stem(a)), conceptOf(stem(b))))
  it('keeps different words apart', () => assert.notEqual(conceptOf(stem('stay')), conceptOf(stem('leave'))))
  const id = (word: string) => conceptId(conceptOf(stem(word)))
  const opposites: Array<[string, string]> = [
    ['approved', 'blocked'],
    ['approving', 'rejects'],
    ['offered', 'denied'],
    ['closed', 'opened'],
    ['friendship', 'rival'],
  ]
  for (const [a, b] of opposites)
    it(`opposite outcomes in any inflection: ${a} ~ ${b}`, () => assert.ok(oppositesOf(id(a))?.includes(id(b))))
  it('no opposite for unrelated words', () => assert.equal(oppositesOf(id('approved'))?.includes(id('opened')), false))
})

describe('[crosscheck/key-facts] two reports of one story, fact by fact', () => {
  /** The first key-fact verdict between the statements of two reports, each given as its sentences. */
  const verdict = (a: string[], b: string[]) => {
    const reportA = reportFactsOf('a', statementsOf(article('a', a)))
    const reportB = reportFactsOf('b', statementsOf(article('b', b)))
    for (const x of reportA.keyed)
      for (const y of reportB.keyed) {
        const v = compareKeyFacts(x, y, reportA, reportB)
        if (v) return v
      }
    return null
  }
  const rows: Array<[string, string[], string[], string | null]> = [
    [
      'the same kind of person with another age, in sentences that share little else',
      ['A 5-year-old girl from Tulsa is bound for the national spelling bee after winning the regional contest.'],
      ['The 4 year old girl Maria Lopez was eliminated from the competition in the first round.'],
      'contradicts/key-fact-age',
    ],
    [
      'an age given both ways in one report is more detail, not a conflict',
      [
        'A 5-year-old girl from Tulsa is bound for the national spelling bee.',
        'She was a 4-year-old girl last spring.',
      ],
      ['The 4 year old girl Maria Lopez was eliminated from the competition.'],
      null,
    ],
    [
      'ages of different people (a girl, her grandmother) are not compared',
      ['A 5-year-old girl from Tulsa is bound for the national spelling bee.'],
      ['Her 64-year-old grandmother Maria Lopez drove her to the competition in Tulsa.'],
      null,
    ],
    [
      'the only age in two sentences about the same named person',
      ['Commentator Tomi Lahren is a 24-year-old known for her video monologues.'],
      ['Lahren may be a young (25-year-old) woman, but her videos are kind.'],
      'contradicts/key-fact-age',
    ],
    [
      'ages in sentences about different people',
      ['Commentator Tomi Lahren is a 24-year-old known for her video monologues.'],
      ['Her producer, Dana Perino, a 45-year-old, said the videos are kind.'],
      null,
    ],
    [
      'the same named subject and object with the opposite outcome',
      ['Harvard Law School will open its doors to more applicants from abroad, it said on Wednesday.'],
      ['Harvard Law School will close its doors to applicants from abroad, it said on Monday.'],
      'contradicts/key-fact-outcome',
    ],
    [
      'an outcome and its denial cancel out ("did not close" agrees with "open")',
      ['Harvard Law School will open its doors to more applicants from abroad, it said on Wednesday.'],
      ['Harvard Law School did not close its doors to applicants from abroad, it said on Monday.'],
      null,
    ],
    [
      'the opposite outcome of another object is not a conflict',
      ['Harvard Law School said it would open its doors to more applicants from abroad.'],
      ['Harvard Law School said it would close its library to visitors from abroad during the exams.'],
      null,
    ],
    [
      'ready to act against no plans to act, aimed at the same named place',
      ['The minister said the coalition is prepared to send troops to Moldova if the border is crossed.'],
      ['The coalition has no plans to deploy forces in Moldova, its spokeswoman said on Monday.'],
      'contradicts/key-fact-intent',
    ],
    [
      'no support for an action against readiness for it, with another action word of the same meaning',
      ['“The government does not support sending soldiers to fight in Moldova,” the envoy said.'],
      ['Officials said on Friday that the coalition stands ready to intervene in Moldova.'],
      'contradicts/key-fact-intent',
    ],
    [
      'the same stance stated twice is agreement',
      ['The coalition has no plans to deploy forces in Moldova, its spokeswoman said.'],
      ['The government does not support sending troops to Moldova, the envoy said.'],
      null,
    ],
    [
      'opposite stances towards different places are not a conflict',
      ['The coalition has no plans to deploy forces in Moldova, its spokeswoman said.'],
      ['The coalition is ready to send troops to Estonia, the minister said on Friday.'],
      null,
    ],
    [
      'a report that states both stances towards the place tells more, not otherwise',
      [
        'The coalition has no plans to deploy forces in Moldova, its spokeswoman said.',
        'But the minister said the coalition was ready to send troops to Moldova if asked.',
      ],
      ['The coalition is prepared to send troops to Moldova, the minister said on Friday.'],
      null,
    ],
    [
      'a plan for another action is not a stance on this one',
      ['The coalition has no plans to deploy forces in Moldova, its spokeswoman said.'],
      ['The coalition plans to hold talks in Moldova next week, the minister said.'],
      null,
    ],
  ]
  for (const [label, a, b, rule] of rows) {
    it(`${label}: ${rule}`, () => assert.equal(verdict(a, b)?.rule ?? null, rule))
  }

  it('reads stated intentions: the action after a word of readiness, plan or support, its named target, a denial', () => {
    const facts = intentFactsOf(
      'The alliance has no plans to deploy forces in Ukraine, but is ready to train pilots in Poland.',
    )
    assert.deepEqual(
      facts.map((f) => [f.words, f.negated, f.targetWords]),
      [
        ['no plans to deploy', true, ['Ukraine']],
        ['ready to train', false, ['Poland']],
      ],
    )
  })

  it('reads who did what: the subject named just before the outcome word, and a denial between them', () => {
    const facts = outcomeFactsOf('Westinghouse did not win the contract, and Toshiba will sell its unit.')
    assert.deepEqual(
      facts.map((f) => [f.word, f.negated]),
      [
        ['win', true],
        ['sell', false],
      ],
    )
  })
})

/** A corpus view over a fixed set of articles, stories and copies. */
function view(articles: Article[], storyOf: Record<string, string>, copyOf: Record<string, string> = {}): CorpusView {
  const byId = new Map(articles.map((a) => [a.id, a]))
  return { article: (id) => byId.get(id), storyOf: (id) => storyOf[id], copyOf: (id) => copyOf[id] }
}

describe('[crosscheck] statement index', () => {
  const lines = [
    'European Union regulators blocked the merger of Deutsche Boerse and the London Stock Exchange on Wednesday.',
    'Competition commissioner Margrethe Vestager said the combined exchange would have held a monopoly over clearing of bonds.',
  ]
  const original = article('a', lines, [], 'Wire')
  const copy = article('b', [...lines, 'Reporting by the wire service.'], [], 'Daily')
  const other = article('c', [lines[0] as string, 'The decision ends a year-long review of the deal.'], [], 'Herald')
  const reversed = article(
    'd',
    ['European Union regulators approved the merger of Deutsche Boerse and the London Stock Exchange on Wednesday.'],
    [],
    'Fabricator',
  )
  const corpus = view([original, copy, other, reversed], { a: 's1', b: 's1', c: 's1', d: 's1' }, { b: 'a' })

  it('links agreeing reports, contradicts the reversed one, and leaves copies out of both', () => {
    const index = createStatementIndex()
    const made: Relation[] = []
    for (const a of [original, copy, other, reversed]) made.push(...index.add(a, corpus))
    const between = (kind: string, x: string, y: string) =>
      made.filter((r) => r.kind === kind && [r.from.article, r.to.article].sort().join() === [x, y].sort().join())
    assert.ok(between('agrees', 'a', 'c').length > 0)
    assert.ok(between('contradicts', 'a', 'd').length > 0)
    assert.equal(made.filter((r) => r.from.article === 'b' || r.to.article === 'b').length, 0)
    for (const r of made) {
      assert.equal(r.from.text, corpus.article(r.from.article)?.text.slice(...r.from.span))
      assert.equal(r.to.text, corpus.article(r.to.article)?.text.slice(...r.to.span))
    }
    assert.deepEqual(index.relations(), made)
  })

  it('a contradiction with one statement of a report outweighs a closer agreement with another', () => {
    const told = article('l', [
      'More than 1,000 students in Ohio experimented with engineering and design in the Drone Discovery Challenge on Wednesday.',
      'Students in Ohio did not experiment with actual drones.',
    ])
    const retold = article('f', [
      'More than 1,000 students in Ohio have been experimenting with new drones and remote sensors in the Drone Discovery Challenge on Wednesday.',
    ])
    const index = createStatementIndex()
    const both = view([told, retold], { l: 's1', f: 's1' })
    const made = [...index.add(told, both), ...index.add(retold, both)]
    assert.ok(
      made.some((r) => r.kind === 'contradicts'),
      JSON.stringify(made.map((r) => [r.kind, r.from.text])),
    )
  })

  it('compares a report fact by fact only with reports still in its story (a split moves reports out)', () => {
    const told = article('x', ['A 5-year-old girl from Tulsa is bound for the national spelling bee after winning.'])
    const retold = article('y', [
      'The 4 year old girl Maria Lopez was eliminated from the competition in the first round.',
    ])
    const stories: Record<string, string> = { x: 's1', y: 's1' }
    const together = () => {
      const index = createStatementIndex()
      const corpus = view([told, retold], stories)
      return [...index.add(told, corpus), ...index.add(retold, corpus)].filter((r) => r.kind === 'contradicts')
    }
    assert.equal(together().length, 1)
    // The same order of arrival, but the stories stage moved the first report to another story before the second.
    const index = createStatementIndex()
    const corpus = view([told, retold], stories)
    index.add(told, corpus)
    stories.x = 's2'
    assert.deepEqual(
      index.add(retold, corpus).filter((r) => r.kind === 'contradicts'),
      [],
    )
  })

  it('counts a copy once in corroboration but lists it', () => {
    const index = createStatementIndex()
    for (const a of [original, copy, other]) index.add(a, corpus)
    const entry = index
      .corroboration(corpus)
      .find((c) => c.statement.text.startsWith('European Union regulators blocked'))
    assert.ok(entry)
    assert.deepEqual([...entry.outlets].sort(), ['Herald', 'Wire'])
    assert.deepEqual([...entry.articles].sort(), ['a', 'b', 'c'])
  })
})

/** Golden cases: `test/cases/crosscheck/<slug>/{input.json, expected.json}`, every relation listed. */
const CASES = join(dirname(fileURLToPath(import.meta.url)), 'cases', 'crosscheck')

interface CaseInput {
  articles: Array<{ id: string; outlet: string; story: string; lines: string[]; quotes: Array<[string, string]> }>
}
interface CaseExpected {
  relations: Array<{ kind: string; from: string; to: string; rule?: string }>
}

describe('[crosscheck] golden cases', () => {
  for (const slug of readdirSync(CASES).sort()) {
    it(slug, () => {
      const input = JSON.parse(readFileSync(join(CASES, slug, 'input.json'), 'utf8')) as CaseInput
      const expected = JSON.parse(readFileSync(join(CASES, slug, 'expected.json'), 'utf8')) as CaseExpected
      const articles = input.articles.map((a) => article(a.id, a.lines, a.quotes, a.outlet))
      const corpus = view(articles, Object.fromEntries(input.articles.map((a) => [a.id, a.story])))
      const index = createStatementIndex()
      const made = articles.flatMap((a) => index.add(a, corpus))
      const key = (r: { kind: string; from: string; to: string }) => `${r.kind} ${r.from} -> ${r.to}`
      assert.deepEqual(
        made.map((r) => key({ kind: r.kind, from: r.from.article, to: r.to.article })).sort(),
        expected.relations.map(key).sort(),
      )
      for (const e of expected.relations) {
        if (!e.rule) continue
        // Two relations may join the same two reports; each expected rule must be among them.
        const rules = made
          .filter((r) => r.kind === e.kind && r.from.article === e.from && r.to.article === e.to)
          .map((r) => r.rule)
        assert.ok(rules.includes(e.rule), `${e.kind} ${e.from} -> ${e.to}: ${e.rule} not in ${rules.join(', ')}`)
      }
    })
  }
})

/** ../shared beside the repository, or the shared folder of this workplace. */
const SEEDS = [join(SHARED, 'seeds'), '/work/shared/seeds'].find((dir) => existsSync(dir))

describe('[crosscheck] seeds', { skip: SEEDS ? false : skipWithoutShared || 'no seeds' }, () => {
  const load = async () => {
    const dir = SEEDS as string
    const files = (await readdir(dir)).filter((f) => /^\d{3}_.*\.txt$/.test(f)).map((f) => join(dir, f))
    const { dossier } = await analyzeInputs(files, { workers: 0 })
    const seed = new Map(dossier.articles.map((a) => [a.id, String(a.source).split('/').pop()?.slice(0, 3)]))
    const pair = (r: Relation) => [seed.get(r.from.article), seed.get(r.to.article)] as [string, string]
    return { dossier, pair }
  }

  it('links "no imminent/direct/immediate threat" as agreeing across at least three of 000, 001, 002, 004', async () => {
    const { dossier, pair } = await load()
    const threat = /(imminent|direct|immediate)[^.]*threat|threat[^.]*(imminent|direct|immediate)/i
    const linked = new Set<string>()
    for (const r of dossier.relations) {
      if (r.kind !== 'agrees' || !threat.test(r.from.text) || !threat.test(r.to.text)) continue
      for (const s of pair(r)) if (['000', '001', '002', '004'].includes(s)) linked.add(s)
    }
    assert.ok(linked.size >= 3, `linked: ${[...linked].join(', ')}`)
  })

  for (const [other, says] of [
    ['002', 'no plans to deploy forces'],
    ['000', 'does not support sending troops'],
  ] as const) {
    it(`003 (allies will defend Ukraine, are ready to intervene) contradicts ${other} (${says})`, async () => {
      const { dossier, pair } = await load()
      const found = dossier.relations.filter((r) => {
        if (r.kind !== 'contradicts') return false
        const [x, y] = pair(r)
        const text = x === '003' ? r.to.text : r.from.text
        return (x === '003' || y === '003') && (x === other || y === other) && /deploy|troops|forces/i.test(text)
      })
      assert.ok(found.length > 0)
    })
  }

  it('finds no contradiction among the consistent reports 000, 001 and 004', async () => {
    const { dossier, pair } = await load()
    const consistent = ['000', '001', '004']
    const wrong = dossier.relations.filter(
      (r) => r.kind === 'contradicts' && pair(r).every((s) => consistent.includes(s)),
    )
    assert.deepEqual(wrong, [])
  })
})

describe('[crosscheck/compare] consistent reports that must not contradict', () => {
  // Classes of false alarms found on the consistent-reports control of bench:crosscheck (real reports only),
  // reworded: each row is a rule, not a sentence of the data.
  const rows: Array<[string, string, string]> = [
    [
      'a negation of another predicate ("did not change" the count) does not deny what is counted',
      'The review did not change the number of classified documents investigators found on the server.',
      'Emails on the server contained classified documents at higher levels, investigators found.',
    ],
    [
      'a negation the statement itself takes back ("doesn\'t know much, but ... does know")',
      "The senator said the governor doesn't know much, but one thing he does know is how to win votes in the county.",
      'One thing he does know is how to win votes in the county, the senator said of the governor.',
    ],
    [
      'bounded figures that can be one figure ("almost 3 million" / "more than 2.8 million")',
      'Clinton won the popular vote by almost 3 million votes across the country.',
      'Clinton won the popular vote by more than 2.8 million votes across the country.',
    ],
    [
      'estimates within their margin ("an estimated $9.5 trillion" / "about $10 trillion")',
      'The tax plan would cut federal revenues by an estimated $9.5 trillion over the next decade.',
      'The tax plan would cut federal revenues by about $10 trillion over the next decade.',
    ],
    [
      'an upper bound and a figure under it ("as high as 42 percent" / "36 percent")',
      'The unemployment rate for young workers in the city may be as high as 42 percent.',
      'The unemployment rate for young workers in the city is 36 percent.',
    ],
    [
      "two breakdowns of several figures (two polls' shares)",
      'In the poll of likely voters, 46 percent backed Clinton and 44 percent backed Trump.',
      'In the poll of likely voters, 42 percent backed Clinton and 38 percent backed Trump.',
    ],
    [
      'a bracket named by a share ("the top 1 percent") is not a figure',
      'Earners above $5 million would pay a 4 percent surcharge on their income tax under the plan.',
      'The top 1 percent of earners would pay more income tax under the plan.',
    ],
    [
      'the same sentence with a pronoun and a negation cue swapped ("it wasn\'t" / "the charity was not")',
      "Attorney General Jane Doe ordered the foundation to stop raising money in Ohio in May, saying it wasn't registered by law to be able to do so in the state.",
      'In May, Ohio Attorney General Jane Doe ordered the foundation to stop raising money in Ohio, saying the charity was not registered to do so under state law.',
    ],
    [
      'the same quoted words with one word more inside the quotation marks',
      'Spokesman John Roe said on Twitter that the "unsealed filings reveal the intrusion on the election was as unjustified as we suspected."',
      'Spokesman John Roe tweeted today that "the unsealed filings reveal the intrusion on the election was as unjustified as we suspected."',
    ],
    [
      'a denied deed against an intention to do it ("intended to give away" / "hasn\'t given")',
      "The Hart Foundation is a private foundation, originally intended to give away Mr Hart's own money.",
      "Reporting in the Gazette has shown that Hart hasn't given any of his own money to the foundation since 2008.",
    ],
    [
      "two polls' margins of error",
      'The poll of 1,000 registered voters has a margin of error of plus or minus 3 percentage points.',
      'The poll of registered voters has a margin of error of plus or minus 4 percentage points.',
    ],
    [
      'a lead and a movement in one poll ("led by 5 points" / "rose 1 point")',
      'In the previous national poll of likely voters, Clinton led Trump by 5 percentage points.',
      'In this national poll of likely voters, Trump rose 1 percentage point while Clinton fell by the same margin.',
    ],
    [
      'totals of different wholes ("of the 538 electoral votes" / "of the state\'s 12 electoral votes")',
      'Trump won a majority of the 538 electoral votes cast by the electors in the state capitals.',
      "In Washington the former secretary of state won eight of the state's 12 electoral votes cast by the electors.",
    ],
    [
      'good and bad words about different things ("helped develop policies" / "cut greenhouse gases")',
      'The transition team asked officials to identify employees who helped develop climate policies.',
      'The transition team asked officials to identify employees who worked on efforts to cut greenhouse gases.',
    ],
  ]
  for (const [label, a, b] of rows) {
    it(label, () => assert.notEqual(compareClaims(claim(a, 'a'), claim(b, 'b'), SAME)?.kind, 'contradicts'))
  }

  it('keeps the denial of the same predicate and of a whole claim ("that was not the case")', () => {
    const denied = compareClaims(
      claim('Tesco will pay compensation to investors in London affected by the trading statement.', 'a'),
      claim('Tesco will not pay compensation to investors in London affected by the trading statement.', 'b'),
      SAME,
    )
    assert.equal(denied?.rule, 'contradicts/negation')
    const proForm = compareClaims(
      claim('The singer paid tribute to the drug lord during his visit to the property in Medellin.', 'a'),
      claim("That was not the case during his visit to the drug lord's property in Medellin, the singer said.", 'b'),
      SAME,
    )
    assert.equal(proForm?.rule, 'contradicts/negation')
  })

  it('a news outlet given as the speaker reported the quote: not a misattribution', () => {
    const quote = (words: string, speaker: string, id: string) =>
      statementsOf(article(id, [`“${words},” he said.`], [[words, speaker]])).find((s) => s.quote) as Statement
    const words = 'one of my ambitions is to ride the roads of the United States on motorcycles with my old friend'
    assert.equal(compareQuotes(quote(words, 'Igor Sechin', 'a'), quote(words, 'Wall Street Journal', 'b')), null)
    assert.equal(
      compareQuotes(quote(words, 'Igor Sechin', 'a'), quote(words, 'Rex Tillerson', 'b'))?.rule,
      'contradicts/speaker',
    )
  })

  it('reads hedges before a figure as its bound', () => {
    assert.deepEqual(
      amountsOf('At least four senators, almost 70 percent of members and about $10 billion').map((x) => x.bound),
      ['min', 'nearly', 'about'],
    )
    assert.deepEqual(amountsOf('The top 1 percent would pay more.'), [])
  })

  it('still finds a denied intention against the intention ("pledged not to vote" / "pledged to vote")', () => {
    const verdict = compareClaims(
      claim('The electors from Travis County pledged to vote for Governor Lee in the final count.', 'a'),
      claim('The electors from Travis County pledged not to vote for Governor Lee in the final count.', 'b'),
      SAME,
    )
    assert.equal(verdict?.rule, 'contradicts/negation')
    // A deed denied against the intention to do it: neither a conflict nor the same proposition.
    const deed = compareClaims(
      claim("The Hart Foundation is a private foundation, originally intended to give away Mr Hart's own money.", 'a'),
      claim("Reporting in the Gazette has shown that Hart hasn't given any of his own money to the foundation.", 'b'),
      SAME,
    )
    assert.equal(deed, null)
  })

  it('still finds two leads or two totals of the same whole that differ', () => {
    const leads = compareClaims(
      claim('In the national poll of likely voters, Clinton led Trump by 5 percentage points.', 'a'),
      claim('In the national poll of likely voters, Clinton led Trump by 9 percentage points.', 'b'),
      SAME,
    )
    assert.equal(leads?.rule, 'contradicts/amount')
    const totals = compareClaims(
      claim("The former secretary of state won eight of the state's 12 electoral votes in Washington.", 'a'),
      claim("The former secretary of state won eight of the state's 14 electoral votes in Washington.", 'b'),
      SAME,
    )
    assert.equal(totals?.rule, 'contradicts/amount')
  })

  it('reads a share after "by" as a change, compared only with other changes', () => {
    assert.deepEqual(
      amountsOf('Almost 70 percent of colleges reported an increase by at least 1% in applications.').map(
        (x) => x.kind,
      ),
      ['percent', 'percent:change'],
    )
    const level = compareClaims(
      claim('Nearly 40 percent of US colleges report a fall in applications from students abroad.', 'a'),
      claim('Almost 70 percent of US colleges report a rise by at least 1% in applications from students abroad.', 'b'),
      SAME,
    )
    assert.equal(level?.kind, 'contradicts')
  })

  it('a word written in lower case is a claim word even when a name also contains it', () => {
    const v = compareClaims(
      claim('Students in Ohio did not experiment with actual drones.', 'a'),
      claim(
        'More than 1,000 students in Ohio have been experimenting with new state of the art drones and remote sensors in the "Drone Discovery Challenge".',
        'b',
      ),
      SAME,
    )
    assert.equal(v?.rule, 'contradicts/negation')
  })

  it('skips an adverb between the negation and its predicate ("no longer under its control")', () => {
    const v = compareClaims(
      claim('Toshiba said Westinghouse will no longer be under its control from April.', 'a'),
      claim('Toshiba said Westinghouse will remain under its control from April.', 'b'),
      SAME,
    )
    assert.equal(v?.rule, 'contradicts/negation')
  })
})

describe('[crosscheck/statements] a name after a negation is not a denied claim', () => {
  /** The negated predicates of a one-sentence text, as concept names. */
  const heads = (text: string) => {
    const s = statementsOf(bareArticle(text, { id: 'n', sentences: splitSentences(text) }))[0]
    assert.ok(s, `no statement in "${text}"`)
    return s.negatedHeads.length
  }
  it('"she isn\'t Donald Trump" denies an identity, not a claim', () =>
    assert.equal(heads('The best case for Hillary Clinton cannot be, and is not, that she isn’t Donald Trump.'), 0))
  it('a title in title case keeps its capitalised predicate', () =>
    assert.equal(heads('Harvard Law Will Not Accept Scholastic Aptitude Test'), 1))
  it('a lower-case predicate is kept', () => assert.equal(heads('The regulators did not approve the Acme merger.'), 1))
})
