/**
 * Golden cases of the stories stage: `test/cases/stories/<slug>/{input.json, expected.json}`, found automatically.
 * input.json lists articles in arrival order (`id`, `title`, `text`, optional `published`); expected.json lists the
 * stories as groups of article ids (order inside and between groups does not matter).
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { splitSentences } from '../src/language/index.js'
import { createStoryIndex } from '../src/stories/index.js'
import { bareArticle } from './helpers/articles.js'

const CASES = join(dirname(fileURLToPath(import.meta.url)), 'cases', 'stories')

interface CaseInput {
  articles: Array<{ id: string; title: string; text: string; published?: string }>
}

/** Groups as sorted lists, sorted by their first id: comparable whatever the order. */
function canonical(groups: string[][]): string[][] {
  return groups.map((g) => [...g].sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string))
}

describe('[stories] golden cases', () => {
  for (const slug of readdirSync(CASES)) {
    it(slug, () => {
      const input = JSON.parse(readFileSync(join(CASES, slug, 'input.json'), 'utf8')) as CaseInput
      const expected = JSON.parse(readFileSync(join(CASES, slug, 'expected.json'), 'utf8')) as { stories: string[][] }
      const index = createStoryIndex()
      for (const a of input.articles) {
        index.add(
          bareArticle(a.text, {
            id: a.id,
            source: `${a.id}.txt`,
            title: a.title,
            published: a.published ?? null,
            sentences: splitSentences(a.text),
          }),
        )
      }
      const stories = index.stories().map((s) => s.articles)
      assert.deepEqual(canonical(stories), canonical(expected.stories))
      for (const s of index.stories()) for (const id of s.articles) assert.equal(index.storyOf(id), s.id)
    })
  }
})
