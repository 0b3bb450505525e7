import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { createCorpus } from '../src/corpus/index.js'
import { readSources } from '../src/ingest/index.js'
import type { Article } from '../src/model/index.js'
import { processSource } from '../src/pipeline/index.js'
import { ROOT } from './helpers/shared.js'

async function exampleArticles(): Promise<Article[]> {
  const out: Article[] = []
  for await (const item of readSources([join(ROOT, 'examples', 'harbor-week')]))
    if ('source' in item) out.push(processSource(item.source))
  return out
}

describe('[corpus] incremental dossier', () => {
  it('a dossier after each added article equals the dossier of a corpus built at once (cached assessments)', async () => {
    const articles = await exampleArticles()
    const growing = createCorpus()
    for (const a of articles) {
      growing.add(a)
      growing.dossier({ generatedAt: 'x' })
    }
    const once = createCorpus()
    for (const a of articles) once.add(a)
    assert.deepEqual(growing.dossier({ generatedAt: 'x' }), once.dossier({ generatedAt: 'x' }))
  })
})
