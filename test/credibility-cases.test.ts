import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { assessCredibility } from '../src/credibility/index.js'
import { processSource } from '../src/pipeline/index.js'
import { ALONE } from './helpers/credibility.js'
import { ROOT } from './helpers/shared.js'

/** Golden cases: test/cases/credibility/<slug>/{input.txt, expected.json}, found automatically. */
const CASES = join(ROOT, 'test', 'cases', 'credibility')

interface Expected {
  findings: Array<{ rule: string; span?: string }>
  absent?: string[]
  maxScore?: number
  maxSeverity?: 'info' | 'warning'
}

const alone = ALONE

describe('[credibility] golden cases', () => {
  const slugs = existsSync(CASES) ? readdirSync(CASES) : []
  it('has cases', () => assert.ok(slugs.length > 0))
  for (const slug of slugs) {
    it(`[credibility/case/${slug}]`, () => {
      const input = readFileSync(join(CASES, slug, 'input.txt'))
      const expected = JSON.parse(readFileSync(join(CASES, slug, 'expected.json'), 'utf8')) as Expected
      const article = processSource({
        origin: `${slug}.txt`,
        bytes: input,
        contentType: 'text',
        fetchedAt: '2026-01-01T00:00:00Z',
      })
      const { credibility, findings } = assessCredibility(article, alone)
      for (const want of expected.findings) {
        const hit = findings.find(
          (f) =>
            f.rule === want.rule && (!want.span || (f.span && article.text.slice(...f.span).startsWith(want.span))),
        )
        assert.ok(hit, `${want.rule} on "${want.span ?? ''}" missing; got ${findings.map((f) => f.rule).join(', ')}`)
      }
      for (const rule of expected.absent ?? []) assert.ok(!findings.some((f) => f.rule === rule), `${rule} fired`)
      if (expected.maxScore !== undefined)
        assert.ok(credibility.score <= expected.maxScore, `score ${credibility.score}`)
      if (expected.maxSeverity === 'info')
        for (const f of findings) assert.equal(f.severity, 'info', `${f.rule}: ${f.message}`)
    })
  }
})
