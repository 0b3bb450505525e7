#!/usr/bin/env node
// Credibility benchmark: runs the built CLI's `analyze` on the paired stories (fakeNewsAMT, real vs fabricated
// rewrite) and on Horne & Adali 2017 (real vs fake political news, 2016), and prints the figures of the shared
// scorers: share of pairs where the real article scores above its fake, and AUROC of real vs fake.
//
// usage: npm run bench:credibility
//        node bench/credibility.mjs [--keep] [--cli=PATH] [--no-cross-fit] [--l2=N] [--style-weights=0.25,0.5,1]
//   --keep             leaves the dossiers (and the cross-fitted models) in the temp folder
//   --no-cross-fit     only the shipped model's figures (about 12 s instead of about a minute and a half)
//   --l2=N|cv          regularisation of the cross-fitted models (default: the shipped model's; cv: chosen by CV
//                      inside each half)
//   --drop=a,b         fits the cross-fitted models without the features whose names start with a or b
//   --style-weights=…  also prints the out-of-fold figures with the style term at other weights (STYLE_WEIGHT),
//                      recombined from each article's contributions
//
// Horne 2017 keeps body and title in separate files (`Real/` and `Real_titles/`); the bench joins them into one
// text file per article (title line, blank line, body) under a temp folder that keeps the `Real`/`Fake` folder
// names the scorer labels by. The files are Windows-1252 when they are not valid UTF-8; they are decoded so.
//
// Four readings of the figures:
// 1. "all" and "held-out" score the SHIPPED text model (src/credibility/data/style-model.json). When it was fitted on
//    the training half (scripts/train-split.mjs), "held-out" is the half it never saw; when it was fitted on all dev
//    data, both are in-sample.
// 2. "out-of-fold" (cross-fitting, 2-fold cross-validation): the bench fits one model on each half with
//    scripts/train-style-model.mjs (the shipped model's settings: pairwise, l2, logged rates), analyzes every
//    input once with each, and takes each article's score from the model that did NOT see it. This covers every dev
//    pair and every Horne article (120 pairs instead of 60: 0.8 points per pair instead of 1.7), so it is the honest
//    estimate of the METHOD, whichever data the shipped model was fitted on.
// 3. "other-source" (leave one data set out): each data set scored by a model fitted on the other data set only, a
//    stand-in for the benchmark's held-out data from other sources: a style signal that rests on one data set's
//    quirks helps out of fold but not here.
// 4. Which data the shipped model is fitted on: each out-of-fold model saw half the dev data; a model fitted on all
//    of it learns from twice as many texts, so its error on unseen data (the held-out halves of the benchmarks,
//    which are not here) is expected to be no worse than the out-of-fold figure. The project therefore ships the
//    model fitted on all dev data (`--fold=all`, with twice a half's l2: the same penalty per example) and quotes
//    the out-of-fold figures as its estimate; "all" and "held-out" below then only check that the shipped model is
//    the one the method makes. One caveat: l2 and STYLE_WEIGHT were chosen on the out-of-fold figures (two numbers,
//    the middle of a plateau; see STYLE_WEIGHT in src/credibility/score.ts), so they are a little optimistic.
//
// Figures at the last change (2026-11-26, the contradiction tiebreak `versionEcho`): out-of-fold pairs 0.925, Horne
// AUROC 0.914; other-source pairs 0.817, Horne 0.814; all dev (in-sample) pairs 0.942, Horne 0.931.
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
const crossFit = !process.argv.includes('--no-cross-fit')
const l2 = process.argv.find((a) => a.startsWith('--l2='))
const styleWeights = (process.argv.find((a) => a.startsWith('--style-weights='))?.slice(16) ?? '')
  .split(',')
  .filter(Boolean)
  .map(Number)
const work = mkdtempSync(join(tmpdir(), 'triangulate-bench-cred-'))
const { isTrainingSource } = await import(pathToFileURL(join(root, 'scripts', 'train-split.mjs')).href)

function analyze(inputs, out, styleModel) {
  const started = Date.now()
  const model = styleModel ? ['--style-model', styleModel] : []
  execFileSync('node', [cli, 'analyze', ...inputs, '--out', out, '--quiet', ...model], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
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

const pairs = join(shared, 'bench', 'pairs')
const pairsScorer = join(pairs, 'score.mjs')
const horneScorer = join(shared, 'bench', 'credibility', 'score.mjs')

// Horne 2017: join titles and bodies.
const horne = join(shared, 'bench', 'credibility', 'horne2017')
const horneIn = join(work, 'horne-input')
const horneInputs = []
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
    horneInputs.push(target)
  }
}

const benches = [
  {
    name: 'pairs',
    title: 'pairs (fakeNewsAMT dev',
    inputs: [join(pairs, 'legit'), join(pairs, 'fake')],
    scorer: pairsScorer,
  },
  { name: 'horne', title: 'horne2017 (buzzfeed + random', inputs: horneInputs, scorer: horneScorer },
]

const indent = (text) => text.split('\n').join('\n            ')

// 1. The shipped model: all dev articles, and the held-out half.
for (const b of benches) {
  const out = join(work, b.name)
  const seconds = analyze(b.inputs, out)
  const dossier = join(out, 'dossier.json')
  console.log(`${b.title}, shipped model, ${seconds.toFixed(1)}s): node ${b.scorer} ${dossier}`)
  console.log(`  all:      ${indent(runScorer(b.scorer, dossier))}`)
  const held = heldOut(dossier)
  console.log(`  held-out: ${indent(runScorer(b.scorer, held))}`)
  console.log(`            ${calibration(held)}`)
}

// 2. Cross-fitting: a model per half, each article scored by the model fitted on the other half.
if (crossFit) {
  const trainer = join(root, 'scripts', 'train-style-model.mjs')
  // The shipped model's method, so the out-of-fold figure estimates what ships.
  const shipped = JSON.parse(readFileSync(join(root, 'src', 'credibility', 'data', 'style-model.json'), 'utf8'))
  // l2 is a penalty against the summed loss: a model fitted on all dev data (twice a half) carries twice a half's l2,
  // the same penalty per example, so each half is fitted with half the shipped l2.
  const shippedL2 = shipped.trained?.l2
  const halfL2 = typeof shippedL2 === 'number' ? (shipped.trained?.fold === 'all' ? shippedL2 / 2 : shippedL2) : 'cv'
  const l2Setting = l2?.slice(5) ?? String(halfL2)
  const method = [
    ...(shipped.trained?.pairwise === false ? [] : ['--pairwise']),
    ...(shipped.log ? [] : ['--no-log']),
    ...(l2Setting === 'cv' ? [] : [`--l2=${l2Setting}`]),
    // --drop=a,b: fold models without the features whose names start with a or b (to measure a feature's worth).
    ...process.argv.filter((a) => a.startsWith('--drop=')),
  ]
  console.log(`cross-fitting: node ${trainer} ${method.join(' ')} --fold=train|heldout`)
  /** Fits a style model on one fold (a half, or one data set) and returns its path. */
  const fitFold = (fold, what) => {
    const started = Date.now()
    const file = join(work, `style-model.${fold}.json`)
    const log = execFileSync('node', [trainer, ...method, `--fold=${fold}`, `--out=${file}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const fitted = JSON.parse(readFileSync(file, 'utf8')).trained
    const cv = log.match(/^cross-validation.*$/m)?.[0]
    console.log(
      `style model fitted on ${what} (l2=${fitted.l2}, ${((Date.now() - started) / 1000).toFixed(1)}s)${cv ? `; ${cv}` : ''}`,
    )
    return file
  }
  const models = { train: fitFold('train', 'the training half'), heldout: fitFold('heldout', 'the held-out half') }
  const { STYLE_LIMIT, STYLE_WEIGHT } = await import(pathToFileURL(join(root, 'dist', 'credibility', 'score.js')).href)
  /** The figure of a dossier at each of --style-weights, recombined from its contributions. */
  const byStyleWeight = async (b, dossier, label) => {
    if (!styleWeights.length) return
    const { score } = await import(pathToFileURL(b.scorer).href)
    const figures = styleWeights.map((w) => {
      const reweighed = {
        ...dossier,
        articles: dossier.articles.map((a) => ({
          ...a,
          credibility: { ...a.credibility, score: withStyleWeight(a.credibility, w, STYLE_WEIGHT, STYLE_LIMIT) },
        })),
      }
      const s = score(reweighed)
      return `${w}: ${(b.name === 'pairs' ? s.credibility : s.auroc).toFixed(3)}`
    })
    console.log(`  ${label} by style weight (shipped ${STYLE_WEIGHT}): ${figures.join('  ')}`)
  }
  for (const b of benches) {
    let seconds = 0
    const byFold = {}
    for (const fold of ['train', 'heldout']) {
      const out = join(work, `${b.name}.${fold}-model`)
      seconds += analyze(b.inputs, out, models[fold])
      byFold[fold] = JSON.parse(readFileSync(join(out, 'dossier.json'), 'utf8'))
    }
    // Every article takes its credibility from the run whose model did not see it; the rest of the dossier
    // (stories, relations) does not depend on the style model.
    const otherRun = new Map(byFold.heldout.articles.map((a) => [a.id, a]))
    const merged = {
      ...byFold.train,
      articles: byFold.train.articles.map((a) =>
        isTrainingSource(a.source) ? { ...a, credibility: otherRun.get(a.id)?.credibility ?? a.credibility } : a,
      ),
    }
    const out = join(work, `${b.name}.out-of-fold`)
    mkdirSync(out, { recursive: true })
    const dossier = join(out, 'dossier.json')
    writeFileSync(dossier, JSON.stringify(merged))
    console.log(
      `${b.title}, OUT-OF-FOLD over all dev articles, 2 x ${(seconds / 2).toFixed(1)}s): node ${b.scorer} ${dossier}`,
    )
    console.log(`  out-of-fold: ${indent(runScorer(b.scorer, dossier)).replace(/\n {12}/g, '\n               ')}`)
    console.log(`               ${calibration(dossier)}`)
    await byStyleWeight(b, merged, 'out-of-fold')
  }

  // 3. Another source: each data set scored by a model fitted on the OTHER data set only (leave one data set out).
  // Harsher than out-of-fold: it stands for the held-out data from other sources, so a style signal that only one
  // data set's quirks carry shows here. (Each data set is about the size of a half: the halves' l2.)
  for (const b of benches) {
    const other = b.name === 'pairs' ? 'horne' : 'pairs'
    const model = fitFold(other, `${other === 'pairs' ? 'the paired stories' : 'Horne 2017'} only`)
    const out = join(work, `${b.name}.other-source`)
    const seconds = analyze(b.inputs, out, model)
    const dossier = join(out, 'dossier.json')
    console.log(
      `${b.title}, OTHER-SOURCE model (fitted on ${other} only), ${seconds.toFixed(1)}s): node ${b.scorer} ${dossier}`,
    )
    console.log(`  other-source: ${indent(runScorer(b.scorer, dossier)).replace(/\n {12}/g, '\n                ')}`)
    console.log(`                ${calibration(dossier)}`)
    await byStyleWeight(b, JSON.parse(readFileSync(dossier, 'utf8')), 'other-source')
  }
}

/**
 * The score an article would get with the style term at weight `w` instead of `shipped`: the style model's raw
 * log-odds is in its contribution's detail; the other contributions stay.
 */
function withStyleWeight(credibility, w, shipped, limit) {
  const contributions = credibility.contributions ?? []
  const style = contributions.find((c) => c.signal === 'style-model')
  if (!style) return credibility.score
  const raw = Number(style.detail?.match(/log-odds (-?[\d.]+)/)?.[1] ?? Number.NaN)
  const logit = Number.isFinite(raw) ? raw : (limit * Math.atanh(style.weight / limit)) / shipped
  const rest = contributions.reduce((a, c) => a + (c === style ? 0 : c.weight), 0)
  return 1 / (1 + Math.exp(-(rest + limit * Math.tanh((w * logit) / limit))))
}

if (keep) console.log(`dossiers kept in ${work}`)
else rmSync(work, { recursive: true, force: true })
