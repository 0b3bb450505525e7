#!/usr/bin/env node
// Trains the credibility style model (src/credibility/data/style-model.json): an L2-regularised logistic
// regression over the topic-free style features of src/credibility/style.ts, real reporting = 1, fabricated = 0.
//
// Data: one fold of the two credibility dev sets in ../shared, the paired stories (fakeNewsAMT) and Horne 2017
// (buzzfeed + random, Real vs Fake), split in halves by scripts/train-split.mjs: --fold=train (default) fits on the
// training half, --fold=heldout on the other half, --fold=all on both. The half not fitted is never used to fit;
// the script prints figures on it, and cross-dataset figures (fit on one set, test on the other) as a check that
// the features generalise beyond one source. bench/credibility.mjs fits one model per half and scores each article
// with the model that did not see it (cross-fitting). Only weights ship, never texts.
//
// Features are computed on the headline and body the credibility stage reads (`styleReading`: a headline left at
// the top of an untitled text is the headline). --shipped prints the shipped model's figures on those features.
//
// usage: npm run build && node scripts/train-style-model.mjs --pairwise [--fold=train|heldout|all] [--l2=N] [--no-log]
//          [--augment=DIST] [--pipeline=DIST] [--shipped] [--write | --out=FILE]
//   --write replaces src/credibility/data/style-model.json; --out=FILE writes the model to FILE (for
//   `analyze --style-model FILE` or TRIANGULATE_STYLE_MODEL=FILE). Run `npx biome check --write` on a file you commit.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isTrainingSource } from './train-split.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const beside = resolve(root, '..', 'shared')
const shared = existsSync(join(beside, 'bench')) ? beside : '/work/shared'
// --pipeline=DIR computes features with another build's article stages (a `dist/` folder), e.g. the branch this one
// merges into, so the model matches the extraction it will run behind. Default: this repository's build.
const pipelineDir = process.argv.find((a) => a.startsWith('--pipeline='))?.slice(11) ?? join(root, 'dist')
const { processSource } = await import(pathToFileURL(join(pipelineDir, 'pipeline', 'index.js')).href)
const { styleFeatures, RATE_FEATURES } = await import(pathToFileURL(join(root, 'dist', 'credibility', 'style.js')).href)
// Counts and rates are read as ln(1 + value) (the model file lists them under `log`); --no-log reads them raw.
const LOGGED = process.argv.includes('--no-log') ? [] : RATE_FEATURES
// The headline and body exactly as the credibility stage hands them to the model (a headline left at the top of an
// untitled text is read as the headline, not as body).
const { styleReading } = await import(pathToFileURL(join(root, 'dist', 'credibility', 'index.js')).href)
const readFeatures = (article) => {
  const { title, body } = styleReading(article)
  const f = styleFeatures(title, body)
  for (const n of LOGGED) if (n in f) f[n] = Math.log1p(Math.max(0, f[n]))
  return f
}

const decode = (bytes) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

// --augment=DIR adds, to the training half only, the same articles as a second build's article stages read them:
// the model then cannot lean on one extractor's quirks (a title picked differently, lines dropped).
const augmentDir = process.argv.find((a) => a.startsWith('--augment='))?.slice(10)
const augmentSource = augmentDir
  ? (await import(pathToFileURL(join(augmentDir, 'pipeline', 'index.js')).href)).processSource
  : null
const augmented = []

// Which half of the split is fitted: the training half, the held-out half, or all of it.
const FOLD = process.argv.find((a) => a.startsWith('--fold='))?.slice(7) ?? 'train'
// --fold=pairs or --fold=horne fits on that data set alone (leave one data set out: the other stands for a source
// the model never saw).
if (!['train', 'heldout', 'all', 'pairs', 'horne'].includes(FOLD)) {
  console.error(`train-style-model: --fold must be train, heldout, all, pairs or horne, not ${FOLD}`)
  process.exit(2)
}
const inFold = (origin, set) =>
  FOLD === 'all' || (FOLD === 'pairs' || FOLD === 'horne' ? set === FOLD : isTrainingSource(origin) === (FOLD === 'train'))

/** Runs the real article stages so features are computed on exactly what `analyze` sees. */
function example(origin, text, label, set, story) {
  const source = { origin, bytes: new TextEncoder().encode(text), contentType: 'text', fetchedAt: new Date(0).toISOString() }
  const article = processSource(source)
  const train = inFold(origin, set)
  const group = story ?? origin
  if (augmentSource && train) {
    const other = augmentSource(source)
    const f = readFeatures(other)
    augmented.push({ origin: `${origin}@aug`, label, set, story: story ? `${story}@aug` : null, group, train, f })
  }
  return { origin, label, set, story, group, train, f: readFeatures(article) }
}

const examples = []
for (const kind of ['legit', 'fake']) {
  const dir = join(shared, 'bench', 'pairs', kind)
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    examples.push(example(path, decode(readFileSync(path)), kind === 'legit' ? 1 : 0, 'pairs', name.replace(/\.(legit|fake)\.txt$/, '')))
  }
}
const horne = join(shared, 'bench', 'credibility', 'horne2017')
for (const set of ['buzzfeed', 'random']) {
  for (const label of ['Real', 'Fake']) {
    const dir = join(horne, set, label)
    for (const name of readdirSync(dir)) {
      const body = decode(readFileSync(join(dir, name))).replace(/\r\n?/g, '\n').trim()
      const titlePath = join(horne, set, `${label}_titles`, name)
      const title = existsSync(titlePath) ? decode(readFileSync(titlePath)).replace(/\s+/g, ' ').trim() : ''
      examples.push(example(join(dir, name), title ? `${title}\n\n${body}\n` : body, label === 'Real' ? 1 : 0, 'horne', null))
    }
  }
}
// --drop=a,b leaves out features whose names start with a or b (to compare feature sets by cross-validation).
const drop = (process.argv.find((a) => a.startsWith('--drop='))?.slice(7) ?? '').split(',').filter(Boolean)
const PAIRWISE = process.argv.includes('--pairwise')
// Every feature any example has: an untitled text has no title features (absent reads as the average, z = 0).
const names = [...new Set(examples.flatMap((e) => Object.keys(e.f)))].filter((n) => !drop.some((d) => n.startsWith(d)))
const has = (r, n) => r.f[n] !== undefined

function fit(rows, { l2 = 1, epochs = 3000, rate = 0.1 } = {}) {
  // Mean and scale over the examples that have the feature; an absent feature standardises to 0 (the average).
  const present = names.map((n) => rows.filter((r) => has(r, n)))
  const mean = names.map((n, i) => present[i].reduce((a, r) => a + r.f[n], 0) / (present[i].length || 1))
  const scale = names.map(
    (n, i) => Math.sqrt(present[i].reduce((a, r) => a + (r.f[n] - mean[i]) ** 2, 0) / (present[i].length || 1)) || 1,
  )
  const z = (r) => names.map((n, i) => (has(r, n) ? Math.max(-4, Math.min(4, (r.f[n] - mean[i]) / scale[i])) : 0))
  let X = rows.map(z)
  let y = rows.map((r) => r.label)
  let sets = rows.map((r) => r.set)
  if (PAIRWISE) {
    // Paired stories as a ranking loss (RankNet): the difference legit − fake should be positive. The topic is the
    // same on both sides, so only style is left to learn from.
    const byStory = new Map()
    for (const r of rows.filter((x) => x.set === 'pairs')) byStory.set(r.story, { ...byStory.get(r.story), [r.label]: z(r) })
    const diffs = [...byStory.values()].filter((p) => p[0] && p[1]).map((p) => p[1].map((v, i) => v - p[0][i]))
    const point = rows.filter((r) => r.set !== 'pairs')
    X = [...point.map(z), ...diffs, ...diffs.map((d) => d.map((v) => -v))]
    y = [...point.map((r) => r.label), ...diffs.map(() => 1), ...diffs.map(() => 0)]
    sets = [...point.map((r) => r.set), ...diffs.map(() => 'pairs'), ...diffs.map(() => 'pairs')]
  }
  // Each data set weighs the same in the loss, whatever its size.
  const perSet = new Map()
  for (const s of sets) perSet.set(s, (perSet.get(s) ?? 0) + 1)
  const sw = sets.map((s) => X.length / (perSet.size * perSet.get(s)))
  let w = names.map(() => 0)
  let b = 0
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gw = names.map(() => 0)
    let gb = 0
    for (let k = 0; k < X.length; k++) {
      const z = b + X[k].reduce((a, x, i) => a + x * w[i], 0)
      const err = (1 / (1 + Math.exp(-z)) - y[k]) * sw[k]
      for (let i = 0; i < w.length; i++) gw[i] += err * X[k][i]
      gb += err
    }
    w = w.map((wi, i) => wi - rate * (gw[i] / X.length + (l2 * wi) / X.length))
    b -= rate * (gb / X.length)
  }
  return { mean, scale, weights: w, bias: b }
}

function logit(model, f) {
  // An absent feature (no headline) reads as the average: no contribution.
  return names.reduce(
    (a, n, i) => a + (f[n] === undefined ? 0 : model.weights[i] * Math.max(-4, Math.min(4, (f[n] - model.mean[i]) / model.scale[i]))),
    0,
  )
}

function auroc(rows, model) {
  const pos = rows.filter((r) => r.label === 1).map((r) => logit(model, r.f))
  const neg = rows.filter((r) => r.label === 0).map((r) => logit(model, r.f))
  let s = 0
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0
  return s / (pos.length * neg.length || 1)
}

function pairAccuracy(rows, model) {
  const stories = new Map()
  for (const r of rows.filter((x) => x.set === 'pairs')) {
    const p = stories.get(r.story) ?? {}
    p[r.label ? 'legit' : 'fake'] = logit(model, r.f)
    stories.set(r.story, p)
  }
  const full = [...stories.values()].filter((p) => p.legit !== undefined && p.fake !== undefined)
  return full.filter((p) => p.legit > p.fake).length / (full.length || 1)
}

const train = examples.filter((e) => e.train)
const held = examples.filter((e) => !e.train)
const trainAugmented = [...train, ...augmented]

/**
 * Mean of Horne AUROC and pair accuracy over 4 folds of the training half, repeated with 3 fold assignments to
 * steady the estimate (folds keep a story's pair together).
 */
function crossValidate(l2) {
  const groups = [...new Set(train.map((e) => e.group))].sort()
  let total = 0
  let runs = 0
  for (let repeat = 0; repeat < 3; repeat++) {
    const order = groups
      .map((g) => [g, [...`${repeat}:${g}`].reduce((a, c) => Math.imul(a ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261)])
      .sort((a, b) => a[1] - b[1])
    const foldOf = new Map(order.map(([g], i) => [g, i % 4]))
    const fold = (e) => foldOf.get(e.group)
    for (let k = 0; k < 4; k++) {
      const m = fit(
        trainAugmented.filter((e) => fold(e) !== k),
        { l2, epochs: 1500 },
      )
      const test = train.filter((e) => fold(e) === k)
      const h = auroc(
        test.filter((e) => e.set === 'horne'),
        m,
      )
      const p = pairAccuracy(test, m)
      total += (h + p) / 2
      runs++
    }
  }
  return total / runs
}

if (process.argv.includes('--shipped')) {
  // The shipped model (src/credibility/data/style-model.json) on the features computed now, for comparison.
  const shipped = JSON.parse(readFileSync(join(root, 'src', 'credibility', 'data', 'style-model.json'), 'utf8'))
  const asModel = { ...shipped, weights: names.map((n) => shipped.weights[shipped.features.indexOf(n)] ?? 0) }
  asModel.mean = names.map((n) => shipped.mean[shipped.features.indexOf(n)] ?? 0)
  asModel.scale = names.map((n) => shipped.scale[shipped.features.indexOf(n)] ?? 1)
  const figures = (rows) => ({
    pairsLegitAboveFake: pairAccuracy(rows, asModel),
    horneAuroc: auroc(rows.filter((e) => e.set === 'horne'), asModel),
  })
  console.log(`shipped model on today's features: ${JSON.stringify({ heldOut: held.length ? figures(held) : null, train: figures(train) })}`)
}

// The regularisation is chosen by cross-validation on the fitted half only; the other half is looked at once.
const given = process.argv.find((a) => a.startsWith('--l2='))
let l2 = Number(given?.slice(5) ?? 10)
if (!given) {
  const grid = [1, 3, 10, 30, 100, 300]
  const scores = grid.map((c) => [c, crossValidate(c)])
  console.log(`cross-validation on the fitted half: ${scores.map(([c, v]) => `l2=${c} ${v.toFixed(3)}`).join(', ')}`)
  l2 = scores.sort((a, b) => b[1] - a[1])[0][0]
}
const model = fit(trainAugmented, { l2 })
const report = {
  examples: { train: train.length, heldOut: held.length },
  // The half not fitted (none with --fold=all).
  heldOut: held.length
    ? { pairsLegitAboveFake: pairAccuracy(held, model), horneAuroc: auroc(held.filter((e) => e.set === 'horne'), model) }
    : null,
  train: { pairsLegitAboveFake: pairAccuracy(train, model), horneAuroc: auroc(train.filter((e) => e.set === 'horne'), model) },
}
if (train.some((e) => e.set === 'pairs') && train.some((e) => e.set === 'horne')) {
  const pairsOnly = fit(train.filter((e) => e.set === 'pairs'), { l2 })
  const horneOnly = fit(train.filter((e) => e.set === 'horne'), { l2 })
  report.crossDataset = {
    fitPairsTestHorneAuroc: auroc(examples.filter((e) => e.set === 'horne'), pairsOnly),
    fitHorneTestPairsLegitAboveFake: pairAccuracy(examples, horneOnly),
  }
}
console.log(JSON.stringify(report, null, 2))
const ranked = names.map((n, i) => [n, model.weights[i]]).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
console.log(ranked.map(([n, w]) => `${n} ${w.toFixed(3)}`).join('\n'))

const outFile = process.argv.find((a) => a.startsWith('--out='))?.slice(6)
if (process.argv.includes('--write') || outFile) {
  const out = outFile ? resolve(outFile) : join(root, 'src', 'credibility', 'data', 'style-model.json')
  const round = (x) => Math.round(x * 1e5) / 1e5
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        $comment:
          `Logistic regression over topic-free style features (src/credibility/style.ts); real = 1. Trained by scripts/train-style-model.mjs (${process.argv.slice(2).filter((a) => !a.startsWith('--out=')).join(' ')}) on ${{ all: 'both halves of', train: 'the training half of', heldout: 'the held-out half of', pairs: 'only the first of', horne: 'only the second of' }[FOLD]} (scripts/train-split.mjs) fakeNewsAMT pairs (Perez-Rosas et al. 2018) and Horne & Adali 2017. Weights only; no texts.`,
        features: names,
        mean: model.mean.map(round),
        scale: model.scale.map(round),
        weights: model.weights.map(round),
        bias: round(model.bias),
        log: LOGGED.filter((n) => names.includes(n)),
        trained: { fold: FOLD, l2, dropped: drop, pairwise: PAIRWISE, augmented: augmented.length, ...report },
      },
      null,
      1,
    )}\n`,
  )
  console.log(`wrote ${out}`)
}

if (process.argv.includes('--explore')) {
  // Feature exploration on the TRAINING half only: for paired stories, how often legit > fake per feature.
  const stories = new Map()
  for (const r of train.filter((x) => x.set === 'pairs')) {
    const p = stories.get(r.story) ?? {}
    p[r.label ? 'legit' : 'fake'] = r.f
    stories.set(r.story, p)
  }
  const full = [...stories.values()].filter((p) => p.legit && p.fake)
  for (const n of names) {
    const gt = full.filter((p) => p.legit[n] > p.fake[n]).length / full.length
    const lt = full.filter((p) => p.legit[n] < p.fake[n]).length / full.length
    console.log(`${n.padEnd(24)} legit>fake ${gt.toFixed(2)}  legit<fake ${lt.toFixed(2)}`)
  }
}
