import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { promisify } from 'node:util'
import { validateDossier } from '../src/model/schema.js'
import { analyzeInputs } from '../src/pipeline/analyze.js'
import { ROOT, SHARED, skipWithoutShared } from './helpers/shared.js'

const run = promisify(execFile)
const CLI = join(ROOT, 'dist', 'cli', 'main.js')

describe('[pipeline] seeds', { skip: skipWithoutShared }, () => {
  it('analyze writes three outputs: five articles, one story each, scores in [0, 1], spans in range', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tri-seeds-'))
    const seeds = join(dir, 'seeds')
    await mkdir(seeds)
    for (const n of [
      '000_0200da1cf00fca01',
      '001_7dd294196db1f561',
      '002_ade93db7d64a4f7e',
      '003_681841e30ad004f4',
      '004_a87e811d55f5745d',
    ])
      await writeFile(join(seeds, `${n}.txt`), await readFile(join(SHARED, 'seeds', `${n}.txt`)))
    const out = join(dir, 'report')
    const { stdout } = await run(process.execPath, [CLI, 'analyze', seeds, '--out', out])
    assert.match(stdout, /Analyzed 5 article/)
    const dossier = JSON.parse(await readFile(join(out, 'dossier.json'), 'utf8'))
    assert.deepEqual(validateDossier(dossier), [])
    assert.equal(dossier.articles.length, 5)
    for (const a of dossier.articles) assert.ok(a.credibility.score >= 0 && a.credibility.score <= 1)
    const md = await readFile(join(out, 'dossier.md'), 'utf8')
    assert.match(md, /# Triangulate dossier/)
    const html = await readFile(join(out, 'index.html'), 'utf8')
    assert.match(html, /Content-Security-Policy/)
  })
})

describe('[pipeline] bad input', () => {
  it('reports an empty file, a binary file and an unreadable file by path and reason; analyzes the good ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tri-bad-'))
    await writeFile(
      join(dir, 'good.txt'),
      'Harbor bridge reopens\n\n“We are open again,” Mayor Ada Linden said on Monday.\n',
    )
    await writeFile(join(dir, 'empty.txt'), '')
    await writeFile(join(dir, 'binary.html'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 9, 0]))
    await writeFile(join(dir, 'locked.txt'), 'secret text')
    await chmod(join(dir, 'locked.txt'), 0o000)
    await writeFile(
      join(dir, 'bad.jsonl'),
      '{"text": "A fine article body about the harbor."}\nnot json\n{"title": "no body"}\n',
    )
    const { dossier, errors } = await analyzeInputs([dir])
    const bySource = new Map(errors.map((e) => [e.source, e.reason]))
    assert.match(bySource.get(join(dir, 'empty.txt')) ?? '', /empty/)
    assert.match(bySource.get(join(dir, 'binary.html')) ?? '', /binary/)
    assert.match(bySource.get(`${join(dir, 'bad.jsonl')}#2`) ?? '', /JSON/)
    assert.match(bySource.get(`${join(dir, 'bad.jsonl')}#3`) ?? '', /text.*html/)
    // Root reads any file; elsewhere the locked file must be reported.
    if (process.getuid?.() !== 0) assert.match(bySource.get(join(dir, 'locked.txt')) ?? '', /EACCES/)
    const sources = dossier.articles.map((a) => a.source)
    assert.ok(sources.includes(join(dir, 'good.txt')))
    assert.ok(sources.includes(`${join(dir, 'bad.jsonl')}#1`))
    assert.deepEqual(validateDossier(dossier), [])
    assert.deepEqual(dossier.errors?.map((e) => e.source).sort(), errors.map((e) => e.source).sort())
  })

  it('a missing path is an error, not a crash', async () => {
    const { errors, dossier } = await analyzeInputs(['/no/such/place'])
    assert.equal(dossier.articles.length, 0)
    assert.match(errors[0]?.reason ?? '', /no such file/)
  })
})

describe('[pipeline] worker pool', () => {
  it('gives the same dossier with workers as in-process, in input order, and ignores exact duplicates', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tri-pool-'))
    for (let i = 0; i < 20; i++) {
      const body = `Ferry service ${i} resumes\n\n“We are back on schedule,” harbor master Tomas Brel said of route ${i}.\n`
      await writeFile(join(dir, `a${String(i).padStart(2, '0')}.txt`), body)
    }
    await writeFile(join(dir, 'dup.txt'), await readFile(join(dir, 'a03.txt')))
    const fixed = { generatedAt: '2026-01-01T00:00:00.000Z' }
    const inProcess = await analyzeInputs([dir], { ...fixed, workers: 0 })
    const { spawnSync } = await import('node:child_process')
    const script = `import('${join(ROOT, 'dist', 'pipeline', 'analyze.js')}').then(async (m) => {
      const r = await m.analyzeInputs([${JSON.stringify(dir)}], { generatedAt: '2026-01-01T00:00:00.000Z', workers: 2 })
      process.stdout.write(JSON.stringify({ dossier: r.dossier, duplicates: r.duplicates }))
    })`
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    assert.equal(child.status, 0, child.stderr)
    const pooled = JSON.parse(child.stdout)
    assert.deepEqual(pooled.dossier, JSON.parse(JSON.stringify(inProcess.dossier)))
    assert.equal(inProcess.dossier.articles.length, 20)
    assert.deepEqual(inProcess.duplicates, [join(dir, 'dup.txt')])
    assert.deepEqual(pooled.duplicates, [join(dir, 'dup.txt')])
  })
})
