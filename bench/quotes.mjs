#!/usr/bin/env node
// Quote attribution benchmark (issue 4). Run after `npm run build` (`npm run bench:quotes` does both).
// 1. Runs the built CLI: `node dist/cli/main.js quotes --jsonl --no-clean <shared>/bench/quotes/text/*.txt`.
// 2. Scores its output with `<shared>/bench/quotes/score.mjs` (its head comment defines every figure).
// 3. Times the language + quotes stages in-process on the same texts (one core) and prints articles per second.
// usage: node bench/quotes.mjs [--verbose]  (keeps the predictions in a temp file and prints its path)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = [resolve(root, '..', 'shared'), '/work/shared'].find((p) => existsSync(join(p, 'bench', 'quotes')))
if (!shared) {
  console.error('bench/quotes: ../shared/bench/quotes not found')
  process.exit(2)
}
const benchDir = join(shared, 'bench', 'quotes')
const cli = join(root, 'dist', 'cli', 'main.js')
if (!existsSync(cli)) {
  console.error('bench/quotes: dist/ is missing; run `npm run build` first')
  process.exit(2)
}
const files = readdirSync(join(benchDir, 'text'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(benchDir, 'text', f))

const work = mkdtempSync(join(tmpdir(), 'triangulate-bench-quotes-'))
const out = join(work, 'quotes.jsonl')
const started = process.hrtime.bigint()
const jsonl = execFileSync(process.execPath, [cli, 'quotes', '--jsonl', '--no-clean', ...files], {
  maxBuffer: 256 * 1024 * 1024,
  encoding: 'utf8',
})
const cliSeconds = Number(process.hrtime.bigint() - started) / 1e9
writeFileSync(out, jsonl)

const scored = execFileSync(process.execPath, [join(benchDir, 'score.mjs'), benchDir, out], { encoding: 'utf8' })
process.stdout.write(scored)

// In-process timing of the article stages this issue owns, on one core, after one warm-up pass.
const { analyzeLanguage } = await import(pathToFileURL(join(root, 'dist', 'language', 'index.js')).href)
const { attributeQuotes } = await import(pathToFileURL(join(root, 'dist', 'quotes', 'index.js')).href)
const articles = files.map((file, i) => ({
  id: `bench${i}`,
  source: file,
  url: null,
  outlet: null,
  title: null,
  byline: null,
  published: null,
  language: 'en',
  text: readFileSync(file, 'utf8'),
  raw: '',
  rawMap: null,
  extraction: { method: 'text', warnings: [], empty: false },
  sentences: [],
  mentions: [],
  dates: [],
  figures: [],
  quotes: [],
}))
for (const a of articles) attributeQuotes(analyzeLanguage(a))
const rounds = 3
const t0 = process.hrtime.bigint()
const cpu0 = process.cpuUsage()
for (let r = 0; r < rounds; r++) for (const a of articles) attributeQuotes(analyzeLanguage(a))
const stageSeconds = Number(process.hrtime.bigint() - t0) / 1e9
const cpu = process.cpuUsage(cpu0)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
const perSecond = (articles.length * rounds) / stageSeconds
// CPU time is the fairer figure on a shared machine: wall time counts the time other processes held the core.
const perCpuSecond = (articles.length * rounds) / cpuSeconds
console.log(
  `speed: language+quotes ${perSecond.toFixed(0)} articles/s wall, ${perCpuSecond.toFixed(0)} articles per CPU-second, one thread (${articles.length} articles x ${rounds}); ` +
    `whole CLI run ${cliSeconds.toFixed(2)}s (${(files.length / cliSeconds).toFixed(0)} articles/s incl. start-up)`,
)
if (process.argv.includes('--verbose')) console.log(`predictions kept in ${out}`)
else rmSync(work, { recursive: true, force: true })
