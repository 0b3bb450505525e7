/** Attribution rules, table-driven, with false positives and a fuzz test. The sentences are written for these tests. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyzeLanguage } from '../src/language/index.js'
import type { Article } from '../src/model/index.js'
import { attributeQuotes } from '../src/quotes/index.js'
import { bareArticle } from './helpers/articles.js'

function article(text: string, published: string | null = null): Article {
  return bareArticle(text, { source: 'test.txt', published })
}

const quotesOf = (text: string) => attributeQuotes(analyzeLanguage(article(text))).quotes

interface Row {
  label: string
  text: string
  /** Expected quotes in order: content (as written, one piece or pieces joined by " | "), kind, speaker name, mention. */
  expect: Array<{ content: string; kind: string; name: string; mention?: string; role?: string; cue?: string }>
}

const ROWS: Row[] = [
  {
    label: 'direct, speaker after',
    text: '“We are ready for every contingency,” Marta Keller said.',
    expect: [{ content: '“We are ready for every contingency,”', kind: 'direct', name: 'Marta Keller', cue: 'said' }],
  },
  {
    label: 'direct, inverted speaker with appositive role',
    text: '“The harbour will reopen,” said Tom Reyes, the port director.',
    expect: [{ content: '“The harbour will reopen,”', kind: 'direct', name: 'Tom Reyes', role: 'the port director' }],
  },
  {
    label: 'direct, colon form with a long modifier',
    text: 'She said in a press conference with the mayor: “Nobody was hurt.”',
    expect: [{ content: '“Nobody was hurt.”', kind: 'direct', name: 'She', mention: 'She', cue: 'said' }],
  },
  {
    label: 'direct in two pieces around the attribution',
    text: '“The bridge is safe,” Anna Berg said. “We inspected it twice this week.”',
    expect: [
      {
        content: '“The bridge is safe,” | “We inspected it twice this week.”',
        kind: 'direct',
        name: 'Anna Berg',
      },
    ],
  },
  {
    label: 'role before the name is split off',
    text: 'City Transport Commissioner Lena Ortiz said: “Buses will run on Sunday.”',
    expect: [
      {
        content: '“Buses will run on Sunday.”',
        kind: 'direct',
        name: 'Lena Ortiz',
        role: 'City Transport Commissioner',
      },
    ],
  },
  {
    label: 'lower-case role noun before the name',
    text: 'Harbour authority spokesman Piet Vos told reporters: “The ferry is late.”',
    expect: [{ content: '“The ferry is late.”', kind: 'direct', name: 'Piet Vos', cue: 'told' }],
  },
  {
    label: 'mixed quote after a framing verb',
    text: 'Ortiz called the delay “completely unacceptable” on Monday.',
    expect: [{ content: 'the delay “completely unacceptable”', kind: 'mixed', name: 'Ortiz', cue: 'called' }],
  },
  {
    label: 'indirect with "that"',
    text: 'Lena Ortiz said that the buses would run again within a week.',
    expect: [{ content: 'that the buses would run again within a week', kind: 'indirect', name: 'Lena Ortiz' }],
  },
  {
    label: 'indirect, speaker trailing',
    text: 'The buses would run again within a week, Lena Ortiz said on Monday.',
    expect: [{ content: 'The buses would run again within a week', kind: 'indirect', name: 'Lena Ortiz' }],
  },
  {
    label: 'indirect, inverted speaker trailing',
    text: 'The ferry will be late again tomorrow, said one harbour official.',
    expect: [{ content: 'The ferry will be late again tomorrow', kind: 'indirect', name: 'one harbour official' }],
  },
  {
    label: 'according to, leading',
    text: 'According to Lena Ortiz, the buses would run again within a week.',
    expect: [
      { content: 'the buses would run again within a week', kind: 'indirect', name: 'Lena Ortiz', cue: 'according to' },
    ],
  },
  {
    label: 'dash attribution',
    text: '“I waited three hours for the ferry.” ― Maria Lopez',
    expect: [{ content: '“I waited three hours for the ferry.”', kind: 'direct', name: 'Maria Lopez' }],
  },
  {
    label: 'abbreviations do not cut the sentence',
    text: 'U.S. Sen. John R. Doe said the Jan. 5 vote would pass.',
    expect: [{ content: 'the Jan. 5 vote would pass', kind: 'indirect', name: 'John R. Doe' }],
  },
]

const COREFERENCE: Row[] = [
  {
    label: 'surname and pronoun resolve to the full name',
    text: [
      'Port Director Julia Mendes spoke on Tuesday.',
      '“We are open,” Mendes said.',
      'She added: “Ships can dock again.”',
    ].join('\n\n'),
    expect: [
      { content: '“We are open,”', kind: 'direct', name: 'Julia Mendes', mention: 'Mendes' },
      { content: '“Ships can dock again.”', kind: 'direct', name: 'Julia Mendes', mention: 'She' },
    ],
  },
  {
    label: '"the spokesman" resolves to the person with that role',
    text: [
      'Harbour authority spokesman Piet Vos confirmed the closure.',
      '“It is temporary,” the spokesman said.',
    ].join('\n\n'),
    expect: [{ content: '“It is temporary,”', kind: 'direct', name: 'Piet Vos', mention: 'the spokesman' }],
  },
  {
    label: 'a follow-on quote paragraph keeps the previous speaker',
    text: ['“We will rebuild,” Mayor Ana Silva said.', '“It will take two years, maybe three.”'].join('\n\n'),
    expect: [
      { content: '“We will rebuild,”', kind: 'direct', name: 'Ana Silva' },
      {
        content: '“It will take two years, maybe three.”',
        kind: 'direct',
        name: 'Ana Silva',
        mention: 'Mayor Ana Silva',
      },
    ],
  },
  {
    label: 'a quote open at the end of a paragraph continues into the next',
    text: ['Ana Silva said: “The first phase starts now.', '“The second phase starts next spring.”'].join('\n\n'),
    expect: [
      {
        content: '“The first phase starts now. | “The second phase starts next spring.”',
        kind: 'direct',
        name: 'Ana Silva',
      },
    ],
  },
  {
    label: 'narration between two quotes (a listener, a time) splits them; the reporter’s words are in neither span',
    text: [
      'Mayor Lucia Brandt called the vote historic. "This is the biggest investment in a generation," Brandt told Radio North after the session. "It means jobs for the next twenty years."',
    ].join('\n\n'),
    expect: [
      { content: '"This is the biggest investment in a generation,"', kind: 'direct', name: 'Lucia Brandt' },
      { content: '"It means jobs for the next twenty years."', kind: 'direct', name: 'Lucia Brandt' },
    ],
  },
  {
    label: 'a bare “she said.” between two quotes keeps them one quote in pieces',
    text: 'Mayor Ana Silva spoke first. “Here it is,” Silva said. “The plan is ready.”',
    expect: [{ content: '“Here it is,” | “The plan is ready.”', kind: 'direct', name: 'Ana Silva' }],
  },
  {
    label:
      'a second predicate of the speaker takes its own quote; an opening subordinate clause ends at the main clause',
    text: 'Though she called the bank’s conduct “outrageous” and called for pay to be “clawed back” from executives, Clinton stopped short of more.',
    expect: [
      { content: 'the bank’s conduct “outrageous”', kind: 'mixed', name: 'she', cue: 'called' },
      { content: 'pay to be “clawed back” from executives', kind: 'mixed', name: 'she', cue: 'called' },
    ],
  },
  {
    label: 'a participle after the main verb takes the quote: “…, encouraging his supporters to …”',
    text: 'Donald Trump is once again questioning the voting system, encouraging his supporters to make sure everything is “on the up and up.”',
    expect: [
      {
        content: 'his supporters to make sure everything is “on the up and up.”',
        kind: 'mixed',
        name: 'Donald Trump',
        cue: 'encouraging',
      },
    ],
  },
  {
    label: 'content ends where the writer’s clause begins after the last quotation (“…,” which …; — …; but …)',
    text: 'Gingrich dismissed Estonia as being in the “suburbs of St. Petersburg” — a metaphor for the party’s retreat.',
    expect: [{ content: 'Estonia as being in the “suburbs of St. Petersburg”', kind: 'mixed', name: 'Gingrich' }],
  },
  {
    label: 'a relative pronoun with a verb frames a quote: “the department which reported “…””',
    text: 'They turned to the Chicago Police Department which reported “2,521 shooting incidents” in the city this year.',
    expect: [
      {
        content: '“2,521 shooting incidents” in the city this year',
        kind: 'mixed',
        // The relative pronoun is kept as the mention and resolved to the noun phrase before it.
        name: 'Chicago Police Department',
        mention: 'which',
        cue: 'reported',
      },
    ],
  },
  {
    label: 'an opening adverb does not hide the subject: “Conversely, PolitiFact rated …”',
    text: 'Conversely, PolitiFact rated 22% of Democratic claims as “entirely true” in the same period.',
    expect: [
      { content: '22% of Democratic claims as “entirely true” in the same period', kind: 'mixed', name: 'PolitiFact' },
    ],
  },
  {
    label: 'cataphora: “Though she called …, Sen. Elizabeth Warren …” resolves she to the main clause’s subject',
    text: 'Mr. John Stumpf testified. Though she called his conduct “outrageous,” Sen. Elizabeth Warren stopped short of more.',
    expect: [
      { content: 'his conduct “outrageous,”', kind: 'mixed', name: 'Elizabeth Warren', mention: 'she', cue: 'called' },
    ],
  },
  {
    label: 'a label a subject wrote, after an opening phrase: “…, a doctor had typed “homicidal ideation.””',
    text: 'On her discharge papers, in a box for the diagnosis, a doctor had typed “homicidal ideation.”',
    expect: [{ content: '“homicidal ideation.”', kind: 'direct', name: 'a doctor', mention: 'a doctor', cue: 'typed' }],
  },
  {
    label: '“said that, “…” against …”: after “that” the quote is part of a reported clause, not a colon form',
    text: 'Spokeswoman Jessica Ditto said via email that, “Of course Mr. Trump is going to defend himself” against the attacks.',
    expect: [
      {
        content: 'that, “Of course Mr. Trump is going to defend himself” against the attacks',
        kind: 'mixed',
        name: 'Jessica Ditto',
      },
    ],
  },
  {
    label:
      'a noun of saying owned by its speaker: “Donald Trump’s claim that there have been “thousands of shootings””',
    text: 'Politifact checked Donald Trump’s claim that there have been “thousands of shootings” in Chicago this year.',
    expect: [
      {
        content: 'that there have been “thousands of shootings” in Chicago this year',
        kind: 'mixed',
        name: 'Donald Trump',
        cue: 'claim',
      },
    ],
  },
  {
    label: 'an opening participle clause is said by the main clause’s subject: “After saying …,” she …',
    text: 'After saying her right foot was “so swollen I could barely get my shoe on,” Mrs. Clinton went to hospital.',
    expect: [
      {
        content: 'her right foot was “so swollen I could barely get my shoe on,”',
        kind: 'mixed',
        name: 'Clinton',
        cue: 'saying',
      },
    ],
  },
  {
    label: 'she is the titled person just introduced, not an earlier group (“Locals told …”) or speaker',
    text: [
      '“The leak is contained,” Captain Tomas Reyes said.',
      'Locals told of their horror as the stench of fuel filled the streets of the Old Quay.',
      'Furious Environment Minister Helena Varga stormed onto the pier.',
      '“We will hold the owners accountable,” she said.',
    ].join('\n\n'),
    expect: [
      { content: '“The leak is contained,”', kind: 'direct', name: 'Tomas Reyes' },
      {
        content: 'of their horror as the stench of fuel filled the streets of the Old Quay',
        kind: 'indirect',
        name: 'Locals',
      },
      { content: '“We will hold the owners accountable,”', kind: 'direct', name: 'Helena Varga', mention: 'she' },
    ],
  },
  {
    label: 'he/she follow gender from the honorific',
    text: [
      'Mr. Hugo Brandt met Ms. Clara Weiss on Monday.',
      '“We have an agreement,” she said.',
      '“Mostly,” he said.',
    ].join('\n\n'),
    expect: [
      { content: '“We have an agreement,”', kind: 'direct', name: 'Clara Weiss', mention: 'she' },
      { content: '“Mostly,”', kind: 'direct', name: 'Hugo Brandt', mention: 'he' },
    ],
  },
]

function check(row: Row): void {
  const quotes = quotesOf(row.text)
  assert.equal(quotes.length, row.expect.length, `${row.label}: ${JSON.stringify(quotes.map((q) => q.text))}`)
  row.expect.forEach((e, i) => {
    const q = quotes[i]
    assert.ok(q)
    const pieces = (q.spans ?? [q.span]).map(([s, t]) => row.text.slice(s, t)).join(' | ')
    assert.equal(pieces, e.content, row.label)
    assert.equal(q.kind, e.kind, row.label)
    assert.equal(q.speaker?.name, e.name, row.label)
    if (e.mention) assert.equal(q.speaker?.mention, e.mention, row.label)
    if (e.role) assert.equal(q.speaker?.role, e.role, row.label)
    if (e.cue) assert.equal(q.cue, e.cue, row.label)
    assert.equal(row.text.slice(q.span[0], q.span[1]), q.text, `${row.label}: text is the span`)
  })
}

describe('[quotes/attribution] shapes', () => {
  for (const row of ROWS) it(row.label, () => check(row))
})

describe('[quotes/coreference] speakers resolved to the full name', () => {
  for (const row of COREFERENCE) it(row.label, () => check(row))
})

describe('[quotes/false-positives] no quote where nobody speaks', () => {
  const NONE: Array<[string, string]> = [
    ['a title in quotes', 'The film “A Long Way Home” opened in Lisbon on Friday.'],
    ['a noun, not a verb', 'A report on the harbour was published by the state on Friday.'],
    ['scare quotes without a speaker', 'The so-called “reform” was never put to a vote.'],
    ['a capitalised cue word inside a name', 'The United States Postal Service raised prices again.'],
    ['"continued to" is not speech', 'Protesters continued to march through the old town.'],
    ['"called for" is not naming', 'Residents called for a new bridge across the river.'],
    ['a title inside an opening phrase', 'In an interview on “Morning Show,” the mayor discussed the budget.'],
  ]
  for (const [label, text] of NONE)
    it(label, () =>
      assert.deepEqual(
        quotesOf(text).map((q) => q.text),
        [],
        label,
      ),
    )
})

describe('[quotes/fuzz] long junk finishes', () => {
  const JUNK: Array<[string, string]> = [
    ['one run-on paragraph of cues', 'Kirby said he said she said '.repeat(3000)],
    ['thousands of quote marks', `${'“a” '.repeat(20000)} Smith said`],
    ['a 200,000-character word', `${'x'.repeat(200000)} said Kirby.`],
  ]
  for (const [label, text] of JUNK)
    it(label, { timeout: 20000 }, () => {
      const a = attributeQuotes(analyzeLanguage(article(text)))
      for (const q of a.quotes) assert.ok(q.span[1] <= text.length)
    })
})

describe('[quotes/fuzz] junk never throws and every span is in range', () => {
  const alphabet = ['“', '”', '"', "''", ',', '.', ':', ' ', '\n', '―', 'said', 'Smith', 'she', 'the', 'A', '(', ')']
  let seed = 42
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  it('2,000 random texts', () => {
    for (let n = 0; n < 2000; n++) {
      const parts: string[] = []
      const len = Math.floor(random() * 40)
      for (let i = 0; i < len; i++) parts.push(alphabet[Math.floor(random() * alphabet.length)] ?? ' ')
      const text = parts.join(random() < 0.5 ? ' ' : '')
      const a = attributeQuotes(analyzeLanguage(article(text)))
      for (const q of a.quotes) {
        for (const [s, e] of [q.span, ...(q.spans ?? [])]) assert.ok(s >= 0 && s <= e && e <= text.length, text)
        assert.equal(text.slice(q.span[0], q.span[1]), q.text)
        if (q.speaker) {
          const [s, e] = q.speaker.mentionSpan
          assert.ok(s >= 0 && s <= e && e <= text.length)
          assert.equal(text.slice(s, e), q.speaker.mention)
        }
      }
      for (const m of [...a.mentions, ...a.dates, ...a.figures])
        assert.ok(m.span[0] >= 0 && m.span[0] <= m.span[1] && m.span[1] <= text.length, text)
    }
  })
})
