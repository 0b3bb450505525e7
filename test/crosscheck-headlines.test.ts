import assert from 'node:assert/strict'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { headlineStatement } from '../src/crosscheck/01-statements.js'
import { createHeadlineChecker, headlineConflict } from '../src/crosscheck/06-headlines.js'
import { createStatementIndex } from '../src/crosscheck/index.js'
import { splitSentences } from '../src/language/index.js'
import type { CorpusView } from '../src/model/corpus.js'
import type { Article } from '../src/model/index.js'
import { validateDossier } from '../src/model/schema.js'
import { analyzeInputs } from '../src/pipeline/analyze.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { bareArticle } from './helpers/articles.js'

/** The rule of the headline verdict on two titles, or null. */
function rule(a: string, b: string): string | null {
  const x = headlineStatement({ id: 'a', title: a })
  const y = headlineStatement({ id: 'b', title: b })
  assert.ok(x && y, 'both titles make statements')
  return headlineConflict(x, y)?.rule ?? null
}

describe('[crosscheck/headlines] two headlines of one story', () => {
  const rows: Array<[string, string, string, string | null]> = [
    [
      'a headline denies the predicate the other states',
      'City schools are prepared for the winter storm',
      'City schools said not prepared for the winter storm',
      'contradicts/headline-negation',
    ],
    [
      'a denial in title case',
      'Why the Senate Isn’t Rushing to Confirm the Judge',
      'The Senate Is Rushing To Confirm The Judge',
      'contradicts/headline-negation',
    ],
    [
      'a registered opposite outcome',
      'Regulators approve the Acme and Bolt merger',
      'Regulators block the Acme and Bolt merger',
      'contradicts/headline-opposite-outcome',
    ],
    [
      'the same claim reworded',
      'Regulators approve the Acme and Bolt merger',
      'Acme and Bolt merger approved by regulators',
      null,
    ],
    [
      'a negation and its opposite word cancel',
      'Regulators block the Acme and Bolt merger',
      'Regulators do not approve the Acme and Bolt merger',
      null,
    ],
    [
      'a denial of something the other headline does not state',
      'Mayor opens new library in the harbor district',
      'Mayor opens new library, no parking in the harbor district',
      null,
    ],
    [
      'two headlines of a story that share too little',
      'Storm closes schools across the county',
      'County schools will not reopen until the roads are cleared of snow and ice',
      null,
    ],
    [
      'one subject in the same words with opposite outcomes (too short a headline for the overlap rules)',
      "'Star Dance': First couple eliminated is...",
      'First couple won the ballroom final',
      'contradicts/headline-opposite-outcome',
    ],
    [
      'opposite outcomes of two different subjects',
      'Home side wins after extra time',
      'Away side loses on penalties in the rain at Elm Park',
      null,
    ],
    [
      'the same words before the opposite words, but no content word in them',
      'Tower plan: it was approved, say officials',
      'Storm over tower plan as it was blocked after protests by residents at the harbour',
      null,
    ],
    [
      'the same subject with a denial before the word that would be opposite (it agrees)',
      'First couple not eliminated after the vote',
      'First couple won the ballroom final',
      null,
    ],
    [
      'a question of how presupposes what it asks about ("effect" and "affect" are one concept)',
      "How does screen time affect pupils' reading scores?",
      "Screen time has no effect on pupils' reading scores, say officials",
      'contradicts/headline-negation',
    ],
  ]
  for (const [label, a, b, expected] of rows) it(label, () => assert.equal(rule(a, b), expected))
  it('a yes/no question states nothing: it is not a headline statement', () => {
    assert.equal(headlineStatement({ id: 'a', title: "Does screen time affect pupils' reading scores?" }), null)
    assert.ok(headlineStatement({ id: 'a', title: "How does screen time affect pupils' reading scores?" }))
  })
})

describe('[crosscheck/headlines] relations point into the titles', () => {
  it('makes one relation per contradicting story mate, with title spans', () => {
    const a = bareArticle('Body of the first report.', {
      id: 'a',
      title: 'City schools are prepared for the winter storm',
    })
    const b = bareArticle('Body of the second report.', {
      id: 'b',
      title: 'City schools said not prepared for the winter storm',
    })
    const byId = new Map<string, Article>([
      ['a', a],
      ['b', b],
    ])
    const corpus: CorpusView = { article: (id) => byId.get(id), storyOf: () => 's1', copyOf: () => undefined }
    const made = createHeadlineChecker().conflicts(b, ['a'], corpus, [], 7)
    assert.equal(made.length, 1)
    const r = made[0]
    assert.ok(r)
    assert.equal(r.id, 'r7')
    assert.equal(r.from.field, 'title')
    assert.equal(r.to.field, 'title')
    assert.equal(a.title?.slice(...r.from.span), r.from.text)
    assert.equal(b.title?.slice(...r.to.span), r.to.text)
    assert.match(r.note, /^headlines: /)
    // A mate already found in conflict is left out.
    assert.equal(createHeadlineChecker().conflicts(b, ['a'], corpus, [{ ...r, rule: 'x' }], 1).length, 0)
  })
})

describe('[crosscheck/headlines] in the statement index', () => {
  it("compares a new report's headline with a story mate's copy, whose headline is its own", () => {
    const body = 'The county board met on Tuesday evening to discuss the budget for the coming year in Harbor City.'
    const original = bareArticle(body, { id: 'a', title: 'County board meets on the Harbor City budget' })
    const copy = bareArticle(body, { id: 'b', title: 'Harbor City schools are prepared for the winter storm' })
    const later = bareArticle('Parents in Harbor City were told to keep children at home on Friday.', {
      id: 'c',
      title: 'Harbor City schools said not prepared for the winter storm',
    })
    const byId = new Map<string, Article>([
      ['a', original],
      ['b', copy],
      ['c', later],
    ])
    const corpus: CorpusView = {
      article: (id) => byId.get(id),
      storyOf: () => 's1',
      copyOf: (id) => (id === 'b' ? 'a' : undefined),
    }
    const index = createStatementIndex()
    for (const a of [original, copy, later]) index.add(a, corpus)
    const found = index.relations().filter((r) => r.kind === 'contradicts')
    assert.deepEqual(
      found.map((r) => [r.from.article, r.to.article, r.rule]),
      [['b', 'c', 'contradicts/headline-negation']],
    )
  })
})

describe('[crosscheck/index] reports moved into a story by a split', () => {
  it('are found as story mates through the index and compared', () => {
    const body = 'The Harbor City school board met on Tuesday to review storm plans for its eleven schools and buses.'
    const first = bareArticle(body, {
      id: 'a',
      title: 'Harbor City schools are prepared for the winter storm',
      sentences: splitSentences(body),
    })
    const laterBody = `${body} Parents were told on Wednesday.`
    const later = bareArticle(laterBody, {
      id: 'b',
      title: 'Harbor City schools said not prepared for the winter storm',
      sentences: splitSentences(laterBody),
    })
    const byId = new Map<string, Article>([
      ['a', first],
      ['b', later],
    ])
    // The first report was filed under story s1; a split has since moved it to s2, where the later report joins.
    let moved = false
    const corpus: CorpusView = {
      article: (id) => byId.get(id),
      storyOf: (id) => (id === 'a' && !moved ? 's1' : 's2'),
      copyOf: () => undefined,
    }
    const index = createStatementIndex()
    index.add(first, corpus)
    moved = true
    const made = index.add(later, corpus)
    assert.ok(made.some((r) => r.rule === 'contradicts/headline-negation' && r.from.article === 'a'))
  })
})

describe('[crosscheck/headlines] in a dossier', () => {
  it('headline relations point into the titles and pass the span check; a wrong title span does not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tri-headlines-'))
    const body =
      'The Harbor City school board met on Tuesday to review its storm plans for the eleven schools and the bus depot. ' +
      'Board chair Ada Linden said the district had stocked salt, generators and food for the week.'
    await writeFile(join(dir, 'a.txt'), `Harbor City schools are prepared for the winter storm\n\n${body}\n`)
    await writeFile(
      join(dir, 'b.txt'),
      'Harbor City schools said not prepared for the winter storm\n\n' +
        'Harbor City parents were told on Wednesday that the eleven schools may close when the storm arrives. ' +
        'Ada Linden, the school board chair, said the bus depot had run short of salt and the generators had failed.\n',
    )
    const { dossier } = await analyzeInputs([dir], { workers: 0 })
    assert.deepEqual(validateDossier(dossier), [])
    const headline = dossier.relations.find((r) => r.rule === 'contradicts/headline-negation')
    assert.ok(headline, dossier.relations.map((r) => r.rule).join(', '))
    assert.equal(headline.from.field, 'title')
    // The briefing says the words are a headline (they are not in the article's text).
    assert.match(renderMarkdown(dossier), /\(headline\): “/)
    const broken = {
      ...dossier,
      relations: [{ ...headline, from: { ...headline.from, span: [1, 9] as [number, number] } }],
    }
    assert.equal(validateDossier(broken).length, 1)
  })
})
