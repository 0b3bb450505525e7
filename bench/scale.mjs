#!/usr/bin/env node
// Scale benchmark for the corpus stages (stories, copies, statements): generates N synthetic articles in memory
// (realistic lengths, many stories over two years, near-duplicate copies, shared quotes, the odd reversed claim),
// adds them one by one to the built in-memory corpus, and prints time, throughput and peak memory. Also prints the
// grouping F1 against the generator's own story labels (pairwise, computed from counts, not pairs).
// usage: npm run bench:scale [-- N]     (default 10000; builds first)
//        node bench/scale.mjs N [--dossier] [--stories-only]
//          --dossier runs the whole in-memory corpus (entities, credibility) and builds the dossier
//          --stories-only skips the statement index
//        SCALE_HEAPSNAPSHOT=file.heapsnapshot node --expose-gc bench/scale.mjs N   writes a heap snapshot at the end
import { existsSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(repoRoot, 'dist')
if (!existsSync(path.join(dist, 'stories', 'index.js'))) {
  console.error('bench:scale: dist/ is missing; run `npm run build` first')
  process.exit(2)
}
const load = (module) => import(pathToFileURL(path.join(dist, module)).href)
const { createStoryIndex } = await load('stories/index.js')
const { createStatementIndex } = await load('crosscheck/index.js')
const { createCorpus } = await load('corpus/index.js')

const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10_000)
const withDossier = process.argv.includes('--dossier')
/** --stories-only skips the statement index (to see what each index costs). */
const storiesOnly = process.argv.includes('--stories-only')

// Deterministic pseudo-random numbers (mulberry32), so runs are comparable.
let seed = 0x2545f491
function random() {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (list) => list[Math.floor(random() * list.length)]
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1))

// A made-up vocabulary with a Zipf-like frequency curve: a few words everywhere, most words rare.
const SYLLABLES =
  'ba be bi bo bu da de di do ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no ra re ri ro ru sa se si so ta te ti to va ve vi zo'.split(
    ' ',
  )
function makeWord() {
  let w = ''
  for (let i = between(2, 4); i > 0; i--) w += pick(SYLLABLES)
  return w
}
const VOCABULARY = Array.from({ length: 40_000 }, makeWord)
const ZIPF = (() => {
  const weights = VOCABULARY.map((_, i) => 1 / (i + 1))
  const total = weights.reduce((a, b) => a + b, 0)
  let acc = 0
  return weights.map((w) => (acc += w / total))
})()
function commonWord() {
  const r = random()
  let lo = 0
  let hi = ZIPF.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ZIPF[mid] ?? 1) < r) lo = mid + 1
    else hi = mid
  }
  return VOCABULARY[lo]
}
const FUNCTION_WORDS =
  'the of and to in that for on with as by at from was is has have said will would which its their'.split(' ')
const VERBS =
  'approved blocked announced rejected raised cut opened closed confirmed denied launched sold bought'.split(' ')
const capital = (w) => w[0].toUpperCase() + w.slice(1)
const name = () => `${capital(makeWord())} ${capital(makeWord())}`
const OUTLETS = Array.from(
  { length: 300 },
  () => `${capital(makeWord())} ${pick(['Times', 'Post', 'News', 'Herald', 'Daily'])}`,
)

function fillerSentence(topic) {
  const words = []
  for (let i = between(12, 26); i > 0; i--) {
    const r = random()
    words.push(r < 0.4 ? pick(FUNCTION_WORDS) : r < 0.55 ? pick(topic) : commonWord())
  }
  return `${capital(words.join(' '))}.`
}

/** A story: its people, its distinctive words, its facts and its quotes. */
function makeStory(index) {
  const topic = Array.from({ length: 15 }, makeWord)
  const people = [name(), name(), name()]
  const facts = Array.from({ length: 8 }, () => {
    const subject = pick(people)
    const object = Array.from({ length: between(4, 8) }, () => (random() < 0.6 ? pick(topic) : commonWord()))
    const amount = random() < 0.3 ? ` worth $${between(2, 900)} million` : ''
    return { subject, verb: pick(VERBS), object: object.join(' '), amount }
  })
  const quotes = Array.from({ length: 3 }, () => ({
    speaker: pick(people),
    text: Array.from({ length: between(10, 22) }, () => (random() < 0.5 ? pick(FUNCTION_WORDS) : pick(topic))).join(
      ' ',
    ),
  }))
  const day = Date.UTC(2023, 0, 1) + Math.floor((index / Math.max(1, N / 8)) * 730) * 86_400_000
  return { id: index, topic, facts, quotes, day, articles: [] }
}

/** An article of a story: some of its facts in other words, a quote or two, filler. */
function makeArticle(i, story) {
  const parts = []
  const quotes = []
  let text = ''
  const sentences = []
  const push = (sentence) => {
    const start = text.length
    text += `${sentence} `
    sentences.push([start, start + sentence.length])
    return start
  }
  const title = `${capital(pick(story.topic))} ${pick(VERBS)} ${pick(story.topic)} ${pick(story.topic)}`
  push(title)
  const facts = story.facts.filter(() => random() < 0.6)
  const body = between(10, 30)
  for (let s = 0; s < body; s++) {
    if (s % 4 === 1 && facts.length) {
      const f = facts.pop()
      // One article in twenty reverses a fact: the contradiction the cross-check should find.
      const verb = random() < 0.05 ? `did not ${f.verb.replace(/ed$/, '').replace(/d$/, '')}` : f.verb
      push(`${f.subject} ${verb} the ${f.object}${f.amount} on ${pick(['Monday', 'Tuesday', 'Friday'])}.`)
    } else if (s % 7 === 3) {
      const q = pick(story.quotes)
      const sentence = `“${capital(q.text)},” ${q.speaker.split(' ')[1]} said.`
      const start = push(sentence)
      quotes.push({
        id: `a${i}:q${quotes.length + 1}`,
        article: `a${i}`,
        text: capital(q.text),
        span: [start + 1, start + 1 + q.text.length],
        kind: 'direct',
        cue: 'said',
        cueSpan: null,
        speaker: { entity: null, name: q.speaker, role: null, mention: q.speaker, mentionSpan: [0, 0] },
      })
    } else push(fillerSentence(story.topic))
  }
  parts.push(text)
  const published = new Date(story.day + between(0, 3) * 86_400_000).toISOString().slice(0, 10)
  return article(`a${i}`, text.trimEnd(), title, pick(OUTLETS), published, sentences, quotes)
}

function article(id, text, title, outlet, published, sentences, quotes) {
  return {
    id,
    source: `synthetic/${id}.txt`,
    url: null,
    outlet,
    title,
    byline: null,
    published,
    language: 'en',
    text,
    raw: text,
    rawMap: null,
    extraction: { method: 'synthetic', warnings: [], empty: false },
    sentences,
    mentions: [],
    dates: [],
    figures: [],
    quotes: quotes.map((q) => ({ ...q, id: `${id}:${q.id.split(':')[1]}`, article: id })),
  }
}

/** A copy: the same text under another outlet with a different last line (syndication). */
function makeCopy(i, of) {
  const tail = ` ${fillerSentence(['syndicated'])}`
  const sentences = [...of.sentences, [of.text.length + 1, of.text.length + tail.length]]
  return article(`a${i}`, of.text + tail, of.title, pick(OUTLETS), of.published, sentences, of.quotes)
}

// The corpus stages of this issue wired as src/corpus/index.ts wires them; --dossier runs the whole corpus instead.
const articles = new Map()
const copyOf = new Map()
const storyIndex = createStoryIndex()
const statementIndex = createStatementIndex()
const view = {
  article: (id) => articles.get(id),
  storyOf: (id) => storyIndex.storyOf(id),
  copyOf(id) {
    let current = copyOf.get(id)
    for (let hops = 0; current && copyOf.has(current) && hops < 100; hops++) current = copyOf.get(current)
    return current
  },
}
const corpus = withDossier ? createCorpus() : null
let relationCount = 0
function addToCorpus(a) {
  if (corpus) return corpus.add(a)
  articles.set(a.id, a)
  const placed = storyIndex.add(a)
  if (placed.copyOf) copyOf.set(a.id, placed.copyOf.of)
  if (!storiesOnly) relationCount += statementIndex.add(a, view).length
}

const stories = []
const goldOf = new Map()
const recent = []
let peakRss = 0
const started = process.hrtime.bigint()
const cpuStart = process.cpuUsage()
let generateNs = 0n
for (let i = 0; i < N; i++) {
  const g0 = process.hrtime.bigint()
  let a
  let gold
  if (recent.length > 20 && random() < 0.08) {
    const of = pick(recent)
    a = makeCopy(i, of.article)
    gold = of.gold
  } else {
    // Stories open in time order; most articles go to a recent story (news comes in bursts).
    if (stories.length === 0 || random() < 0.125) stories.push(makeStory(stories.length))
    const story = stories[Math.max(0, stories.length - 1 - Math.floor(random() ** 2 * Math.min(stories.length, 30)))]
    a = makeArticle(i, story)
    gold = story.id
  }
  recent.push({ article: a, gold })
  if (recent.length > 200) recent.shift()
  goldOf.set(a.id, gold)
  generateNs += process.hrtime.bigint() - g0
  addToCorpus(a)
  if (i % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss)
  if (i > 0 && i % 10_000 === 0) {
    const s = Number(process.hrtime.bigint() - started - generateNs) / 1e9
    console.log(
      `  ${i} articles: ${s.toFixed(1)}s in corpus stages, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
    )
  }
}
const addSeconds = Number(process.hrtime.bigint() - started - generateNs) / 1e9
const cpu = process.cpuUsage(cpuStart)
peakRss = Math.max(peakRss, process.memoryUsage().rss)

const f0 = process.hrtime.bigint()
let predictedStories
let corroborated
if (corpus) {
  const d = corpus.dossier({ generatedAt: 'bench' })
  predictedStories = d.stories
  relationCount = d.relations.length
  corroborated = d.corroboration?.length ?? 0
} else {
  predictedStories = storyIndex.stories()
  corroborated = statementIndex.corroboration(view).length
}
const finishSeconds = Number(process.hrtime.bigint() - f0) / 1e9
peakRss = Math.max(peakRss, process.memoryUsage().rss)
globalThis.gc?.()
if (process.env.SCALE_HEAPSNAPSHOT) (await import('node:v8')).writeHeapSnapshot(process.env.SCALE_HEAPSNAPSHOT)
const heapMiB = process.memoryUsage().heapUsed / 2 ** 20

// Grouping F1 from contingency counts: pairs in the same predicted story and the same generated story.
const choose2 = (n) => (n * (n - 1)) / 2
const predictedOf = new Map()
for (const s of predictedStories) for (const a of s.articles) predictedOf.set(a, s.id)
const cells = new Map()
const predicted = new Map()
const gold = new Map()
for (const [id, g] of goldOf) {
  const p = predictedOf.get(id)
  cells.set(`${p}|${g}`, (cells.get(`${p}|${g}`) ?? 0) + 1)
  predicted.set(p, (predicted.get(p) ?? 0) + 1)
  gold.set(g, (gold.get(g) ?? 0) + 1)
}
let tp = 0
for (const n of cells.values()) tp += choose2(n)
let pp = 0
for (const n of predicted.values()) pp += choose2(n)
let gp = 0
for (const n of gold.values()) gp += choose2(n)
const P = tp / (pp || 1)
const R = tp / (gp || 1)

console.log(`articles ${N}  generated stories ${stories.length}  predicted stories ${predicted.size}`)
console.log(
  `${corpus ? 'whole corpus (entities, stories, copies, statements)' : 'stories, copies, statements'}: ${addSeconds.toFixed(1)}s  (${((addSeconds / N) * 1e3).toFixed(2)} ms/article)`,
)
console.log(
  `${corpus ? 'dossier (credibility, corroboration)' : 'stories + corroboration'}: ${finishSeconds.toFixed(1)}s; ${relationCount} relations, ${corroborated} corroborated statements`,
)
console.log(
  `cpu (user+system, generator included) ${((cpu.user + cpu.system) / 1e6).toFixed(1)}s; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
)
console.log(
  `total ${(addSeconds + finishSeconds).toFixed(1)}s  peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB  heap at end ${heapMiB.toFixed(0)} MiB`,
)
console.log(`synthetic grouping F1 ${((2 * P * R) / (P + R || 1)).toFixed(3)}  P ${P.toFixed(3)}  R ${R.toFixed(3)}`)
