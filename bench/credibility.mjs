#!/usr/bin/env node
// Credibility benchmark: runs the built CLI's `analyze` on the paired stories (fakeNewsAMT, real vs fabricated
// rewrite) and on Horne & Adali 2017 (real vs fake political news, 2016), and prints the figures of the shared
// scorers: share of pairs where the real article scores above its fake, and AUROC of real vs fake.
//
// usage: npm run bench:credibility            (builds first)
//        node bench/credibility.mjs [--keep]    (--keep leaves the dossiers in the temp folder)
//
// Horne 2017 keeps body and title in separate files (`Real/` and `Real_titles/`); the bench joins them into one
// text file per article (title line, blank line, body) under a temp folder that keeps the `Real`/`Fake` folder
// names the scorer labels by. The files are Windows-1252 when they are not valid UTF-8; they are decoded so.
//
// The shipped text model (src/credibility/data/style-model.json) was trained on the "train" half of these dev sets
// (see scripts/train-style-model.mjs for the split). The bench therefore prints each figure twice: on all articles,
// and on the held-out half only (articles the model never saw), which is the honest figure.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const beside = resolve(root, '..', 'shared')
const shared = existsSync(join(beside, 'bench')) ? beside : '/work/shared'
if (!existsSync(join(shared, 'bench'))) {
  console.error(`credibility bench: no shared data at ${beside} or /work/shared`)
  process.exit(2)
}
// --cli=PATH runs another build of the CLI (to measure a merged build); default: this repository's dist/.
const cli = process.argv.find((a) => a.startsWith('--cli='))?.slice(6) ?? join(root, 'dist', 'cli', 'main.js')
if (!existsSync(cli)) {
  console.error('credibility bench: build first (npm run build)')
  process.exit(2)
}
const keep = process.argv.includes('--keep')
const work = mkdtempSync(join(tmpdir(), 'triangulate-bench-cred-'))
const { isTrainingSource } = await import(pathToFileURL(join(root, 'scripts', 'train-split.mjs')).href)

function analyze(inputs, out) {
  const started = Date.now()
  execFileSync('node', [cli, 'analyze', ...inputs, '--out', out, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] })
  return (Date.now() - started) / 1000
}

/** Writes a copy of the dossier with only held-out articles (and the stories/relations among them). */
function heldOut(dossierPath) {
  const d = JSON.parse(readFileSync(dossierPath, 'utf8'))
  const keepIds = new Set(d.articles.filter((a) => !isTrainingSource(a.source)).map((a) => a.id))
  const out = {
    ...d,
    articles: d.articles.filter((a) => keepIds.has(a.id)),
    stories: d.stories.map((s) => ({ ...s, articles: s.articles.filter((a) => keepIds.has(a)) })),
    relations: d.relations.filter((r) => keepIds.has(r.from.article) && keepIds.has(r.to.article)),
  }
  const path = join(dirname(dossierPath), 'dossier.heldout.json')
  writeFileSync(path, JSON.stringify(out))
  return path
}

/** Mean score of real and fake articles and the Brier score (real = 1): how the scores read, not only how they rank. */
function calibration(dossierPath) {
  const d = JSON.parse(readFileSync(dossierPath, 'utf8'))
  const real = []
  const fake = []
  for (const a of d.articles) {
    const s = a.credibility.score
    if (/(^|[/_.])(real|legit)([/_.]|$)/i.test(a.source)) real.push(s)
    else if (/(^|[/_.])fake([/_.]|$)/i.test(a.source)) fake.push(s)
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1)
  const brier = mean([...real.map((s) => (1 - s) ** 2), ...fake.map((s) => s ** 2)])
  return `mean score real ${mean(real).toFixed(3)}  fake ${mean(fake).toFixed(3)}  Brier ${brier.toFixed(3)}`
}

function runScorer(scorer, dossier) {
  return execFileSync('node', [scorer, dossier], { encoding: 'utf8' }).trim()
}

function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

// 1. Paired stories.
const pairs = join(shared, 'bench', 'pairs')
const pairsOut = join(work, 'pairs')
const pairsSeconds = analyze([join(pairs, 'legit'), join(pairs, 'fake')], pairsOut)
const pairsScorer = join(pairs, 'score.mjs')
console.log(
  `pairs (fakeNewsAMT dev, ${pairsSeconds.toFixed(1)}s): node ${pairsScorer} ${join(pairsOut, 'dossier.json')}`,
)
console.log(`  all:      ${runScorer(pairsScorer, join(pairsOut, 'dossier.json')).split('\n').join('\n            ')}`)
const pairsHeld = heldOut(join(pairsOut, 'dossier.json'))
console.log(`  held-out: ${runScorer(pairsScorer, pairsHeld).split('\n').join('\n            ')}`)
console.log(`            ${calibration(pairsHeld)}`)

// 2. Horne 2017: join titles and bodies.
const horne = join(shared, 'bench', 'credibility', 'horne2017')
const horneIn = join(work, 'horne-input')
const inputs = []
for (const set of ['buzzfeed', 'random']) {
  for (const label of ['Real', 'Fake']) {
    const bodies = join(horne, set, label)
    if (!existsSync(bodies)) continue
    const target = join(horneIn, set, label)
    mkdirSync(target, { recursive: true })
    for (const name of readdirSync(bodies)) {
      const body = decode(readFileSync(join(bodies, name)))
        .replace(/\r\n?/g, '\n')
        .trim()
      const titlePath = join(horne, set, `${label}_titles`, name)
      const title = existsSync(titlePath) ? decode(readFileSync(titlePath)).replace(/\s+/g, ' ').trim() : ''
      writeFileSync(join(target, basename(name)), title ? `${title}\n\n${body}\n` : `${body}\n`)
    }
    inputs.push(target)
  }
}
const horneOut = join(work, 'horne')
const horneSeconds = analyze(inputs, horneOut)
const horneScorer = join(shared, 'bench', 'credibility', 'score.mjs')
console.log(
  `horne2017 (buzzfeed + random, ${horneSeconds.toFixed(1)}s): node ${horneScorer} ${join(horneOut, 'dossier.json')}`,
)
console.log(`  all:      ${runScorer(horneScorer, join(horneOut, 'dossier.json')).split('\n').join('\n            ')}`)
const horneHeld = heldOut(join(horneOut, 'dossier.json'))
console.log(`  held-out: ${runScorer(horneScorer, horneHeld).split('\n').join('\n            ')}`)
console.log(`            ${calibration(horneHeld)}`)

if (keep) console.log(`dossiers kept in ${work}`)
else rmSync(work, { recursive: true, force: true })
