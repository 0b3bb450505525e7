/**
 * Golden cases for the quotes stage: `test/cases/quotes/<slug>/input.txt` with the reviewed `expected.json`.
 * Regenerate with `UPDATE_CASES=1 node --import tsx --test test/quotes-cases.test.ts`, then review the diff.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { analyzeLanguage } from '../src/language/index.js'
import { attributeQuotes } from '../src/quotes/index.js'
import { bareArticle } from './helpers/articles.js'
import { ROOT } from './helpers/shared.js'

const CASES = join(ROOT, 'test', 'cases', 'quotes')

/** What a case pins down: the quote pieces, kind, cue and who said it. */
function summarise(text: string) {
  const article = bareArticle(text, { id: 'case', source: 'input.txt' })
  return attributeQuotes(analyzeLanguage(article)).quotes.map((q) => ({
    content: (q.spans ?? [q.span]).map(([s, e]) => text.slice(s, e)),
    kind: q.kind,
    cue: q.cue,
    speaker: q.speaker ? { name: q.speaker.name, role: q.speaker.role, mention: q.speaker.mention } : null,
  }))
}

describe('[quotes/cases] golden cases', () => {
  for (const slug of readdirSync(CASES).sort()) {
    it(slug, () => {
      const text = readFileSync(join(CASES, slug, 'input.txt'), 'utf8')
      const actual = summarise(text)
      const expectedFile = join(CASES, slug, 'expected.json')
      if (process.env.UPDATE_CASES === '1' || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`)
        return
      }
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')))
    })
  }
})
