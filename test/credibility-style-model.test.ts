import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { promisify } from 'node:util'
import { storySpecificity } from '../src/credibility/corpus-rules.js'
import { assessCredibility, loadStyleModel, StyleModelError } from '../src/credibility/index.js'
import {
  RATE_FEATURES,
  SHIPPED_STYLE_MODEL,
  type StyleModel,
  styleFeatures,
  styleLogit,
} from '../src/credibility/style.js'
import type { CorpusView } from '../src/model/corpus.js'
import { analyzeInputs } from '../src/pipeline/analyze.js'
import { bareArticle } from './helpers/articles.js'
import { ALONE, EMPTY_VIEW } from './helpers/credibility.js'
import { ROOT } from './helpers/shared.js'

const run = promisify(execFile)
const CLI = join(ROOT, 'dist', 'cli', 'main.js')

const TEXT = `Harbor bridge to reopen on Monday

The Larkspur Bridge will reopen to traffic on Monday, city officials said. Mayor Ada Linden said the repairs cost $2 million.
`

/** A one-feature model: +1 log-odds per exclamation mark per 100 words above none (deliberately odd, to be seen). */
const TINY: StyleModel = {
  $comment: 'test model',
  features: ['exclamations'],
  mean: [0],
  scale: [1],
  weights: [1],
  bias: 0,
  trained: { by: 'test' },
}

function writeModel(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'tri-style-model-'))
  const file = join(dir, 'model.json')
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
  return file
}

const styleContribution = (c: { contributions?: Array<{ signal: string; weight: number }> }) =>
  c.contributions?.find((x) => x.signal === 'style-model')?.weight

describe('[credibility/style-model] a model given at run time', () => {
  it('loads a valid file', () => {
    const model = loadStyleModel(writeModel(TINY))
    assert.deepEqual(model.features, ['exclamations'])
    assert.deepEqual(model.weights, [1])
  })

  it('scores with the given model, not the shipped one', () => {
    const text = 'Wow! This is big! Huge news today!'
    const f = styleFeatures('', text)
    const tiny = styleLogit('', text, TINY)
    assert.equal(tiny.logit, Math.min(4, f.exclamations ?? 0))
    assert.deepEqual(
      tiny.parts.map(([n]) => n),
      ['exclamations'],
    )
    assert.notEqual(styleLogit('', text, SHIPPED_STYLE_MODEL).logit, tiny.logit)
  })

  it('assessCredibility uses options.styleModel', () => {
    const article = bareArticle(TEXT)
    const shipped = assessCredibility(article, ALONE).credibility
    const zero = assessCredibility(article, ALONE, { styleModel: { ...TINY, weights: [0] } }).credibility
    assert.equal(styleContribution(zero), 0)
    assert.notEqual(styleContribution(shipped), 0)
  })

  const bad: Array<[string, unknown, RegExp]> = [
    ['not JSON', '{ features: ', /not JSON/],
    ['weights of another length', { ...TINY, weights: [1, 2] }, /weights has 2 values for 1 features/],
    ['a weight that is not a number', { ...TINY, weights: ['x'] }, /weights/],
    ['no features', { mean: [], scale: [], weights: [] }, /features/],
  ]
  for (const [name, content, message] of bad) {
    it(`rejects a file with ${name}, naming the file`, () => {
      const file = writeModel(content)
      assert.throws(
        () => loadStyleModel(file),
        (error: unknown) =>
          error instanceof StyleModelError && error.message.includes(file) && message.test(error.message),
      )
    })
  }

  it('rejects a missing file', () => {
    assert.throws(() => loadStyleModel('/nonexistent/style-model.json'), StyleModelError)
  })

  it('analyzeInputs threads the model to the credibility stage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tri-style-input-'))
    writeFileSync(join(dir, 'a.txt'), TEXT)
    const zero = { ...TINY, weights: [0] }
    const { dossier } = await analyzeInputs([dir], { credibility: { styleModel: zero }, workers: 0 })
    assert.equal(styleContribution(dossier.articles[0]?.credibility ?? {}), 0)
  })

  it('analyze --style-model and TRIANGULATE_STYLE_MODEL: used when valid, a clear error when not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tri-style-cli-'))
    writeFileSync(join(dir, 'a.txt'), TEXT)
    const zero = writeModel({ ...TINY, weights: [0] })
    const out = join(dir, 'report')
    await run(process.execPath, [CLI, 'analyze', join(dir, 'a.txt'), '--out', out, '--quiet', '--style-model', zero])
    const viaFlag = JSON.parse(readFileSync(join(out, 'dossier.json'), 'utf8'))
    assert.equal(styleContribution(viaFlag.articles[0].credibility), 0)

    await run(process.execPath, [CLI, 'analyze', join(dir, 'a.txt'), '--out', out, '--quiet'], {
      env: { ...process.env, TRIANGULATE_STYLE_MODEL: zero },
    })
    const viaEnv = JSON.parse(readFileSync(join(out, 'dossier.json'), 'utf8'))
    assert.equal(styleContribution(viaEnv.articles[0].credibility), 0)

    const broken = writeModel({ ...TINY, mean: [] })
    await assert.rejects(
      run(process.execPath, [CLI, 'analyze', join(dir, 'a.txt'), '--out', out, '--quiet', '--style-model', broken]),
      (error: { code?: number; stderr?: string }) =>
        error.code === 1 && /style model .*model\.json: not a style model: mean has 0 values/.test(error.stderr ?? ''),
    )
  })
})

describe('[credibility/style-model] what the model reads', () => {
  it('an untitled text has no title features, and they add nothing to the log-odds', () => {
    const body = 'The council approved the budget on Monday, officials said.'
    const titled = styleFeatures('Council Approves Budget', body)
    const untitled = styleFeatures('', body)
    const titleNames = Object.keys(titled).filter((n) => n.startsWith('title'))
    assert.ok(titleNames.length > 0)
    for (const n of titleNames) assert.equal(untitled[n], undefined, n)
    const model: StyleModel = { ...TINY, features: ['titleChars'], weights: [5] }
    assert.deepEqual(styleLogit('', body, model), { logit: 0, parts: [['titleChars', 0]] })
    assert.notEqual(styleLogit('A headline', body, model).logit, 0)
  })

  it('reads the features the model lists under log as ln(1 + value)', () => {
    const text = 'Wow! Big! Huge! Enormous news today, really.'
    const raw = styleFeatures('', text).exclamations ?? 0
    assert.ok(raw > 1)
    const logged = styleLogit('', text, { ...TINY, log: ['exclamations'] })
    assert.ok(Math.abs(logged.logit - Math.min(4, Math.log1p(raw))) < 1e-9)
    assert.ok(RATE_FEATURES.includes('exclamations'))
    for (const n of RATE_FEATURES) assert.ok(n in styleFeatures('', text), `${n} is a feature`)
  })

  it('story specificity does not count a Title Case headline left at the top of an untitled text', () => {
    const body = 'The council approved the budget on Monday, officials said.'
    const headlined = bareArticle(`Council Approves New Budget For Harbor Bridge Repairs\n\n${body}`, { id: 'a' })
    const plain = bareArticle(body, { id: 'b' })
    const view: CorpusView = { ...EMPTY_VIEW, article: (id) => (id === 'b' ? plain : undefined) }
    const specificity = storySpecificity(headlined, { ...ALONE, corpus: view, storyMates: ['b'] })
    assert.equal(specificity?.own, specificity?.median)
  })
})
