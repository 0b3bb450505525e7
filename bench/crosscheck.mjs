#!/usr/bin/env node
// Cross-check benchmark: analyze the paired real/fabricated stories (fakeNewsAMT dev half) with the built CLI and
// score the dossier with shared/bench/pairs/score.mjs (grouping F1, contradiction recall/precision, credibility).
// Then the same analysis on real reports only (horne2017 real news, PolNeAR's political news, 2016), where a
// 'contradicts' is most likely a false alarm: the consistent-reports control for precision.
// usage: npm run bench:crosscheck            (builds first)
//        node bench/crosscheck.mjs [--keep] [--no-controls]  (on an existing dist/; --keep leaves the output folder)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const candidates = [path.resolve(repoRoot, '..', 'shared'), '/work/shared']
const shared = candidates.find((dir) => existsSync(path.join(dir, 'bench', 'pairs', 'score.mjs')))
if (!shared) {
  console.error(`bench:crosscheck: no shared/bench/pairs found (looked in ${candidates.join(', ')})`)
  process.exit(2)
}
const cli = path.join(repoRoot, 'dist', 'cli', 'main.js')
if (!existsSync(cli)) {
  console.error('bench:crosscheck: dist/cli/main.js is missing; run `npm run build` first')
  process.exit(2)
}
const pairs = path.join(shared, 'bench', 'pairs')
const out = mkdtempSync(path.join(tmpdir(), 'triangulate-crosscheck-'))
const started = process.hrtime.bigint()
execFileSync(
  process.execPath,
  [cli, 'analyze', path.join(pairs, 'legit'), path.join(pairs, 'fake'), '--out', out, '-q'],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
  },
)
const seconds = Number(process.hrtime.bigint() - started) / 1e9
const scored = execFileSync(process.execPath, [path.join(pairs, 'score.mjs'), path.join(out, 'dossier.json')], {
  encoding: 'utf8',
})
process.stdout.write(scored)
console.log(`analyze time ${seconds.toFixed(1)}s`)
if (process.argv.includes('--keep')) console.log(`output kept in ${out}`)
else rmSync(out, { recursive: true, force: true })

// Consistent-reports control: real articles only; the story grouping decides which of them are compared.
const controls = [
  path.join(shared, 'bench', 'credibility', 'horne2017', 'buzzfeed', 'Real'),
  path.join(shared, 'bench', 'credibility', 'horne2017', 'random', 'Real'),
  path.join(shared, 'bench', 'quotes', 'text'),
].filter((dir) => existsSync(dir))
if (!process.argv.includes('--no-controls') && controls.length > 0) {
  const controlOut = mkdtempSync(path.join(tmpdir(), 'triangulate-crosscheck-controls-'))
  execFileSync(process.execPath, [cli, 'analyze', ...controls, '--out', controlOut, '-q'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const dossier = JSON.parse(readFileSync(path.join(controlOut, 'dossier.json'), 'utf8'))
  const storySizes = dossier.stories.map((s) => s.articles.length)
  const comparedPairs = storySizes.reduce((sum, n) => sum + (n * (n - 1)) / 2, 0)
  const contradicts = dossier.relations.filter((r) => r.kind === 'contradicts')
  const byRule = {}
  for (const r of contradicts) byRule[r.rule] = (byRule[r.rule] ?? 0) + 1
  console.log(
    `controls (real reports only): ${dossier.articles.length} articles, ${comparedPairs} same-story pairs, ` +
      `${contradicts.length} contradicts (likely false alarms) ${JSON.stringify(byRule)}`,
  )
  rmSync(controlOut, { recursive: true, force: true })
}
