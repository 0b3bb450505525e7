/**
 * Story grouping on whole corpora through `analyze`: the bundled harbor-week demo and the seed articles.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { analyzeInputs } from '../src/pipeline/analyze.js'
import { ROOT, SHARED, skipWithoutShared } from './helpers/shared.js'

/** The stories of a dossier as lists of file names (the last part of each source). */
async function storiesOf(inputs: string[]): Promise<string[][]> {
  const { dossier } = await analyzeInputs(inputs, { workers: 0 })
  const file = new Map(dossier.articles.map((a) => [a.id, a.source.split('/').pop() ?? '']))
  return dossier.stories.map((s) => s.articles.map((id) => file.get(id) ?? id).sort())
}

describe('[stories] harbor-week', () => {
  it('puts the fabricated tanker piece in the tanker story, and the quay vote in a story of its own', async () => {
    const stories = await storiesOf([join(ROOT, 'examples', 'harbor-week')])
    const storyWith = (file: string) => stories.find((s) => s.includes(file)) ?? []
    const tanker = storyWith('meridian-wire-tanker.txt')
    for (const file of [
      'bayside-ledger-tanker.html',
      'calder-courier-tanker.html',
      'coastline-daily-tanker.html',
      'newspulse24-tanker.txt',
      'harbor-truth-network-tanker.txt',
    ])
      assert.ok(tanker.includes(file), `${file} is not in the tanker story ${tanker.join(', ')}`)
    assert.deepEqual(storyWith('radio-north-quay-vote.txt'), [
      'meridian-wire-quay-vote.md',
      'quay-vote-roundup.jsonl#1',
      'quay-vote-roundup.jsonl#2',
      'radio-north-quay-vote.txt',
    ])
    assert.equal(stories.length, 2)
  })
})

describe('[stories] seeds', { skip: skipWithoutShared }, () => {
  it('groups the five seed reports on a Russian threat to NATO into one story', async () => {
    const seeds = [
      '000_0200da1cf00fca01',
      '001_7dd294196db1f561',
      '002_ade93db7d64a4f7e',
      '003_681841e30ad004f4',
      '004_a87e811d55f5745d',
    ].map((n) => join(SHARED, 'seeds', `${n}.txt`))
    const stories = await storiesOf(seeds)
    assert.equal(stories.length, 1, JSON.stringify(stories))
  })
})
