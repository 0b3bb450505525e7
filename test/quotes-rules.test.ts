/**
 * Attribution rules added for issue 4's second pass (relative clauses, asides, concessive participles, "went on to
 * say", poll shares as speakers, named phrases), table-driven. The sentences are written for these tests.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyzeLanguage } from '../src/language/index.js'
import { attributeQuotes } from '../src/quotes/index.js'
import { bareArticle } from './helpers/articles.js'

/** Runs language + quotes on a headline and one body paragraph. */
const quotesOf = (body: string) => {
  const text = `Harbour news\n\n${body}`
  const quotes = attributeQuotes(analyzeLanguage(bareArticle(text, { source: 'rules.txt', published: null }))).quotes
  return quotes.map((q) => ({
    content: (q.spans ?? [q.span]).map(([s, e]) => text.slice(s, e)).join(' | '),
    kind: q.kind,
    cue: q.cue,
    mention: q.speaker?.mention ?? null,
    name: q.speaker?.name ?? null,
    role: q.speaker?.role ?? null,
  }))
}

interface Row {
  label: string
  body: string
  /** Expected quotes in order; only the fields given are compared. */
  expect: Array<{ content: string; kind?: string; cue?: string; mention?: string; name?: string; role?: string | null }>
}

const ROWS: Row[] = [
  {
    label: 'a framing verb with "as": "as" is part of the cue, the relative clause’s antecedent is content',
    body: 'Nine people were hurt by a blast that Mayor Lena Ortiz described as “a deliberate attack.”',
    expect: [
      {
        content: 'a blast that | “a deliberate attack.”',
        kind: 'mixed',
        cue: 'described as',
        name: 'Lena Ortiz',
        role: 'Mayor',
      },
    ],
  },
  {
    label: 'a framing verb with "as" before a shifted object keeps only the quoted label',
    body: 'Councillor Ada Linden is describing as “reckless” a plan to close the ferry pier.',
    expect: [{ content: '“reckless”', kind: 'mixed', cue: 'describing as', name: 'Ada Linden' }],
  },
  {
    label: '"that" after a verb of saying opens a reported clause, not a relative one: no antecedent piece',
    body: 'The harbour report said that Ortiz described the plan as “a disaster.”',
    expect: [
      { content: 'that Ortiz described the plan as “a disaster.”', cue: 'said' },
      { content: 'the plan as “a disaster.”', name: 'Ortiz' },
    ],
  },
  {
    label: 'an adverbial aside between subject and verb is no role: "Reid (D-Nev.), in particular, has been …"',
    body: 'Port Commissioner Tom Reyes (D-Quay), in particular, has been steadily branding the owners as “reckless gamblers” ― as he did last year.',
    expect: [
      { content: 'the owners as “reckless gamblers”', kind: 'mixed', name: 'Tom Reyes', role: 'Port Commissioner' },
    ],
  },
  {
    label: 'an aside in a "said" subject: "Platt, for her part, said"',
    body: 'Mayor Jo Platt, for her part, said the bridge was “ready for traffic.”',
    expect: [{ content: 'the bridge was “ready for traffic.”', name: 'Jo Platt', role: 'Mayor' }],
  },
  {
    label: 'a role appositive that starts with "now" stays a role',
    body: '“The pier was my idea,” said Marta Keller, now a consultant on ports. “Nobody believed in it.”',
    expect: [
      {
        content: '“The pier was my idea,” | “Nobody believed in it.”',
        kind: 'direct',
        name: 'Marta Keller',
        role: 'now a consultant on ports',
      },
    ],
  },
  {
    label: '"went on to say that …" reports speech by the earlier speaker',
    body: '"The vote is a farce," Brandt said, going on to say that the council had "no mandate at all."',
    expect: [
      { content: '"The vote is a farce,"', kind: 'direct', name: 'Brandt' },
      { content: 'that the council had "no mandate at all."', kind: 'mixed', cue: 'going on to say', name: 'Brandt' },
    ],
  },
  {
    label: 'a pronoun after an opening "Although …," clause is the subject of a later verb framing quoted words',
    body: 'Although the port authority named no company, it criticised "reckless operators" in the northern basin - a rare rebuke.',
    expect: [{ content: '"reckless operators" in the northern basin', kind: 'mixed', mention: 'it' }],
  },
  {
    label: 'a concessive participle ("despite admitting that …,") is the sentence subject’s, up to the next comma',
    body: 'Harbour Master Ines Duarte, despite admitting that the cranes were “past their best” and “often idle,” kept the night shift.',
    expect: [
      {
        content: 'that the cranes were “past their best” and “often idle,”',
        kind: 'mixed',
        cue: 'admitting',
        name: 'Ines Duarte',
      },
    ],
  },
  {
    label: 'a participle phrase after the speaker (", speaking of …") does not split one statement in two',
    body: '“The pier is safe. It was inspected,” said Reyes, speaking of the night’s alarm. “Nobody should worry.”',
    expect: [
      {
        content: '“The pier is safe. It was inspected,” | “Nobody should worry.”',
        kind: 'direct',
        name: 'Reyes',
      },
    ],
  },
  {
    label: 'a possessive name and the role noun it owns is a speaker: "Reyes\'s family has called on …"',
    body: 'Reyes\'s family has called on the port to publish the logs "in the interest of transparency" and called for calm.',
    expect: [
      {
        content: 'the port to publish the logs "in the interest of transparency"',
        kind: 'mixed',
        mention: "Reyes's family",
      },
    ],
  },
  {
    label: '"which" with no person before it is the noun phrase it follows',
    body: 'They turned to the Harbour Police Department which reported “nine break-ins” this month.',
    expect: [{ content: '“nine break-ins” this month', mention: 'which', name: 'Harbour Police Department' }],
  },
  {
    label: 'a poll share is a speaker: "61 percent said the ferry was …"',
    body: 'In the survey, 61 percent said the ferry was "too expensive" for daily use.',
    expect: [{ content: 'the ferry was "too expensive" for daily use', kind: 'mixed', mention: '61 percent' }],
  },
  {
    label: 'the phrase quoted after "the phrase" / "the nickname" is the quote, not the clause around it',
    body: 'Ortiz has used the phrase “harbour first” often in her campaign.',
    expect: [{ content: '“harbour first”', kind: 'direct', cue: 'used', name: 'Ortiz' }],
  },
  {
    label: 'a gapped relative clause with quoted words is speech: "… the spokesman said is meant to “…”"',
    body: 'She wants an end to the new toll -- a charge the spokesman said is meant to "punish commuters" on the coast road.',
    expect: [
      {
        content: 'is meant to "punish commuters" on the coast road',
        kind: 'mixed',
        cue: 'said',
        mention: 'the spokesman',
      },
    ],
  },
  {
    label: '"while V-ing" is a later predicate of the subject that frames the quote',
    body: 'He made the remarks while showing support for the mayor’s “ferry pass” scheme.',
    expect: [{ content: 'support for the mayor’s “ferry pass” scheme', kind: 'mixed', cue: 'showing', mention: 'He' }],
  },
  {
    label: '"while V-ing" inside a relative clause stays with that clause',
    body: 'Dockers seethed after the news that the firm kept the ledger it used while helping sort the “cash” accounts.',
    expect: [
      {
        content: 'after the news that the firm kept the ledger it used while helping sort the “cash” accounts',
        cue: 'seethed',
      },
    ],
  },
  {
    label: 'a sentence-opening "Only" is no name',
    body: 'Only larger ferries are "safe" in a storm.',
    expect: [],
  },
  {
    label: 'a parenthetical attribution splits the reported clause in two pieces: "X, he added, Y"',
    body: 'But the cranes at the north quay, Reyes added, are like "museum pieces that nobody can use."',
    expect: [
      {
        content: 'the cranes at the north quay | are like "museum pieces that nobody can use."',
        kind: 'mixed',
        cue: 'added',
        name: 'Reyes',
      },
    ],
  },
  {
    label: 'a parenthetical attribution with a listener and no quotes is indirect speech',
    body: 'The difference now, Ortiz told me on Friday, is that the port has a budget.',
    expect: [{ content: 'The difference now | is that the port has a budget', kind: 'indirect', cue: 'told' }],
  },
  {
    label: 'an opening phrase and a quote after "X said," are the colon form, not a parenthetical',
    body: 'Asked to describe the damage, Ortiz said, "Not going to go into that."',
    expect: [{ content: '"Not going to go into that."', kind: 'direct', name: 'Ortiz' }],
  },
  {
    label: 'a participle after "she said," is the reporter’s, not a second piece',
    body: 'The crews were pushed to the breaking point to cut costs, she said, referencing the new rota.',
    expect: [{ content: 'The crews were pushed to the breaking point to cut costs', kind: 'indirect', mention: 'she' }],
  },
  {
    label: 'a quotation after a colon that closes the sentence is what the subject said, quoted whole',
    body: 'With harbour workers increasingly worried about a lack of funding for the new terminal in the south, Mayor Jo Platt is rolling out a new message: "It is about jobs."',
    expect: [{ content: '"It is about jobs."', kind: 'direct', name: 'Jo Platt' }],
  },
  {
    label: 'a participle after a main clause is the sentence subject’s, not the place named before the comma',
    body: 'Ada Linden spoke out Tuesday about the flooding in Larkspur, Vermont, arguing that the levee should be recognized as “a failure.”',
    expect: [{ content: 'that the levee should be recognized as “a failure.”', cue: 'arguing', name: 'Ada Linden' }],
  },
  {
    label: 'an "-s" word after an auxiliary is a plural noun, not a verb framing the quote',
    body: 'The crews had ropes at the ready to "pull anyone out" of the water.',
    expect: [],
  },
  {
    label: 'a plural role noun with the phrase that says which ones is a speaker: "Experts on X and Y said"',
    body: 'Experts on tides and coastal engineering said the new wall could fail within a decade.',
    expect: [
      {
        content: 'the new wall could fail within a decade',
        kind: 'indirect',
        mention: 'Experts on tides and coastal engineering',
      },
    ],
  },
  {
    label: 'a relative pronoun after a quoted title and a noun is that noun’s clause, not the title’s speaker',
    body: 'Calls came in from listeners to the "Harbour Hour" radio show who said they feared the new tolls.',
    expect: [{ content: 'they feared the new tolls', kind: 'indirect', mention: 'who' }],
  },
  {
    label: 'a quoted nickname is a name, not speech; the next sentence’s framing verb frames what follows it',
    body: 'Ortiz hit back, saddling him with the nickname "Sleepy Tom." Ortiz called the director a "lazy captain" and "unfit."',
    expect: [{ content: 'the director a "lazy captain" and "unfit."', kind: 'mixed', cue: 'called', name: 'Ortiz' }],
  },
  {
    label: 'a framing verb after a comma-closed quote still takes the quote before it',
    body: '“Keep your lights on,” Varga sings to the crowd before the ferry leaves.',
    expect: [{ content: '“Keep your lights on,”', kind: 'direct', name: 'Varga' }],
  },
]

function check(row: Row): void {
  const got = quotesOf(row.body)
  assert.equal(got.length, row.expect.length, `${row.label}: ${JSON.stringify(got)}`)
  row.expect.forEach((e, i) => {
    const q = got[i]
    assert.ok(q, row.label)
    for (const key of Object.keys(e) as Array<keyof typeof e>) assert.equal(q[key], e[key], `${row.label}: ${key}`)
  })
}

describe('[quotes/rules] relative clauses, asides, participles', () => {
  for (const row of ROWS) it(row.label, () => check(row))
})
