import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { unknownOfficials } from '../src/credibility/corpus-rules.js'
import { loadKnowledgeBase } from '../src/credibility/knowledge-base.js'
import { findRoleMentions } from '../src/credibility/officials.js'
import { ruleInput } from '../src/credibility/rules.js'
import { bareArticle } from './helpers/articles.js'
import { ALONE } from './helpers/credibility.js'

describe('findRoleMentions: names and roles read right', () => {
  const cases: Array<[label: string, text: string, names: string[]]> = [
    [
      '[officials/name] a name stays on its line',
      'He served under President George W. Bush\n\nPeter Baker wrote it.',
      ['George W. Bush'],
    ],
    ['[officials/name] a name is capitalised', 'Nor, for that matter, the president, said so.', []],
    ['[officials/name] title then name', 'NATO spokesman Dan Lund said the alliance is ready.', ['Dan Lund']],
    ['[officials/name] name then title', 'Julianne Smith, the US Ambassador to NATO, said so.', ['Julianne Smith']],
  ]
  for (const [label, text, names] of cases)
    it(label, () =>
      assert.deepEqual(
        findRoleMentions(text).map((r) => r.name),
        names,
      ),
    )
})

describe('unknownOfficials: an alert only where the knowledge base can speak', () => {
  const kb = loadKnowledgeBase()
  const severities = (text: string) =>
    unknownOfficials(ruleInput(bareArticle(text, { id: 'a1', source: 'a.txt' }), kb), ALONE).map((f) => f.severity)
  it('[officials/alert] an unknown NATO spokesman is an alert', () => {
    assert.deepEqual(severities('NATO spokesman Dan Lund said the alliance is ready.'), ['alert'])
  })
  it('[officials/subordinate] a senior vice president is not the vice president', () => {
    assert.deepEqual(
      severities('Jacqueline Savitz, the group’s senior vice president for the United States, said so.'),
      [],
    )
  })
  it('[officials/deputy] a deputy spokesman is noted, not held against the KB’s holders', () => {
    assert.deepEqual(severities('NATO deputy spokesman Piers Cazalet said the alliance is ready.'), ['info'])
  })
})
