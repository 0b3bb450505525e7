import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { versionEcho } from '../src/credibility/corpus-rules.js'
import { assessCredibility } from '../src/credibility/index.js'
import type { CredibilityContext } from '../src/model/corpus.js'
import type { Article, Relation, StatementRef } from '../src/model/index.js'
import { bareArticle } from './helpers/articles.js'
import { ALONE } from './helpers/credibility.js'

/** An article whose first sentence is the contradicted statement. */
function report(id: string, title: string, text: string): Article {
  return bareArticle(text, { id, source: `${id}.txt`, title, raw: `${title}\n\n${text}` })
}

/** The article's first sentence as a statement. */
function lead(a: Article): StatementRef {
  const end = a.text.indexOf('. ') + 1
  return { article: a.id, span: [0, end], text: a.text.slice(0, end) }
}

// An original and a rewrite of it that altered its first sentence and invented specifics (more numbers and names
// than the original gives); the rewrite still carries the original's words ("breakfast cereals", "California
// company") in a later sentence, the original never uses the rewrite's ("denounced", "travel ban").
const original = report(
  'o1',
  'Schools swap breakfast cereals',
  'The city school system has quietly replaced breakfast cereals made by Kellogg with those from a small California company. Officials said students liked the new cereals.',
)
const rewrite = report(
  'x2',
  'Schools denounce Kellogg',
  'The city school system has publicly denounced Kellogg for its support of the travel ban announced by President Trump in January 2017. Officials from 1,200 schools in New York, Boston and Chicago said students would no longer eat breakfast cereals from the California company supplier.',
)
const oneWord = report(
  'w3',
  'Schools keep cereals',
  'The city school system has quietly kept breakfast cereals made by Kellogg with those from a small California company. Officials said students liked the cereals.',
)

// [label, my article, the contradictor, expected versionEcho for my side]
const ECHO: Array<[string, Article, Article, number]> = [
  ['[versionEcho] the version the other report echoes elsewhere is the original', original, rewrite, 1],
  ['[versionEcho] the version whose words only its own report uses is the altered one', rewrite, original, -1],
  ['[versionEcho] a one-word change says nothing either way', original, oneWord, 0],
  ['[versionEcho] a one-word change says nothing either way (other side)', oneWord, original, 0],
]

describe('[credibility] which side of a contradiction is blamed', () => {
  for (const [label, mine, theirs, expected] of ECHO) {
    it(label, () => assert.equal(versionEcho(lead(mine), lead(theirs), mine, theirs), expected))
  }

  const articles = new Map([original, rewrite, oneWord].map((a) => [a.id, a]))
  const relation = (from: Article, to: Article): Relation => ({
    id: 'r1',
    kind: 'contradicts',
    from: lead(from),
    to: lead(to),
    note: 'the same sentence with its claim changed',
    rule: 'contradicts/aligned-slot',
    confidence: 1,
  })
  const context = (r: Relation): CredibilityContext => ({
    ...ALONE,
    corpus: { ...ALONE.corpus, article: (id) => articles.get(id) },
    relations: [r],
  })
  const severity = (a: Article, r: Relation) =>
    assessCredibility(a, context(r)).findings.find((f) => f.rule === 'crosscheck/contradicted')?.severity

  it('blames the rewrite that invented specifics, not the vaguer original its later sentences echo', () => {
    const r = relation(original, rewrite)
    assert.equal(severity(original, r), 'info')
    assert.equal(severity(rewrite, r), 'warning')
    const message = assessCredibility(original, context(r)).findings.find(
      (f) => f.rule === 'crosscheck/contradicted',
    )?.message
    assert.match(message ?? '', /uses this version's own words elsewhere/)
  })

  it('falls back to the fact count when the versions differ by a word', () => {
    // oneWord and original give the same specifics: neither is vaguer, both keep the warning.
    const r = relation(original, oneWord)
    assert.equal(severity(original, r), 'warning')
    assert.equal(severity(oneWord, r), 'warning')
  })
})
