// Store benchmark: ingest rate into SQLite with every stage, and p95 latency of the main pages and API calls on a
// large store. Runs on the built CLI and library (`npm run build` first; `npm run bench:store` does both).
//
//   node bench/store.mjs                 ingest 1000 articles, then a 100k-article store
//   STORE_BENCH_INGEST=500 STORE_BENCH_N=20000 node bench/store.mjs    smaller
//
// Part 1 (ingest rate) runs `triangulate ingest` on synthetic plain-text news articles: extract, language, quotes
// (worker pool), store, and the corpus stages with derived tables written at checkpoints. It ingests a first batch
// into an empty store, then a second batch into the same store (the incremental case: replay + add).
//
// Part 2 (latency) builds a large store WITHOUT the corpus stages: a few hundred articles go through the article
// stages and are cloned (new ids, outlets, dates) into N stored articles; stories, people, quotes, relations and
// findings are then written as a synthetic dossier through `saveDerived`. (Grouping and matching 100k articles is
// what `npm run bench:scale` measures; this part measures the store and the server, not grouping.) Latency is
// measured in-process with `app.request()` (routing, store queries, rendering; no network), 60 requests per route.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const INGEST_N = Number(process.env.STORE_BENCH_INGEST ?? 1000)
const LARGE_N = Number(process.env.STORE_BENCH_N ?? 100_000)
const REQUESTS = Number(process.env.STORE_BENCH_REQUESTS ?? 60)
const work = mkdtempSync(join(tmpdir(), 'tri-bench-store-'))

const { openSqliteStore } = await import(join(ROOT, 'dist', 'store', 'index.js'))
const { createApp } = await import(join(ROOT, 'dist', 'server', 'index.js'))
const { processSource } = await import(join(ROOT, 'dist', 'pipeline', 'index.js'))

// Deterministic pseudo-random numbers, so every run measures the same data.
let seed = 20240601
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const pick = (list) => list[Math.floor(rand() * list.length)]
const SYL = [
  'lar',
  'ks',
  'pur',
  'oak',
  'vale',
  'brim',
  'ton',
  'quill',
  'moor',
  'ash',
  'ford',
  'wick',
  'ster',
  'dun',
  'mere',
  'holt',
  'fen',
  'by',
  'cal',
  'dor',
]
const word = (n = 2) => {
  let w = ''
  for (let i = 0; i < n; i++) w += pick(SYL)
  return w[0].toUpperCase() + w.slice(1)
}
const FIRST = ['Ada', 'Jonas', 'Mira', 'Tomas', 'Lena', 'Karim', 'Ines', 'Pavel', 'Ruth', 'Omar', 'Greta', 'Felix']
const ROLES = ['Mayor', 'Minister', 'Senator', 'Police Chief', 'spokeswoman', 'union leader', 'Governor']
const OUTLETS = Array.from(
  { length: 40 },
  () => `${word()} ${pick(['Daily', 'Courier', 'Post', 'Herald', 'Times', 'News'])}`,
)
const TOPICS = [
  [
    'bridge to reopen',
    'The {town} Bridge will reopen to traffic after {n} weeks of repairs, officials said.',
    'We expect the first cars across by seven in the morning',
  ],
  [
    'strike ends',
    'Workers at the {town} plant voted to end a strike that lasted {n} days.',
    'This agreement protects every job at the plant',
  ],
  [
    'flood warning issued',
    'Residents along the {town} river were told to move to higher ground as water rose {n} centimetres.',
    'Nobody should stay in the lower streets tonight',
  ],
  [
    'budget approved',
    'The {town} council approved a budget of {n} million euros for the coming year.',
    'We kept taxes flat and still fund the schools',
  ],
  [
    'trial opens',
    'The trial of a former {town} official accused of fraud opened with {n} witnesses listed.',
    'My client will prove his innocence in court',
  ],
  [
    'election called',
    'An early election was called in {town} after the coalition lost {n} seats.',
    'Voters deserve a say on the direction of this region',
  ],
]

/** Words fixed for a story (its town, speaker, neighbours), so the articles of one story share them. */
function storyWords(storyKey) {
  const saved = seed
  seed = 7919 * (storyKey + 1)
  const words = {
    town: `${word(3)}${storyKey}`,
    speaker: `${FIRST[storyKey % FIRST.length]} ${word()}`,
    near: [word(), word(), word()],
  }
  seed = saved
  return words
}

function syntheticArticle(i, storyKey) {
  const [topic, lede, quote] = TOPICS[storyKey % TOPICS.length]
  const { town, speaker, near } = storyWords(storyKey)
  const role = ROLES[storyKey % ROLES.length]
  const n = 3 + (storyKey % 40)
  return `${town} ${topic}

${lede.replace('{town}', town).replace('{n}', String(n))} The decision follows months of debate in ${near[0]} and ${near[1]}.

“${quote} in ${town},” ${role} ${speaker} said on ${pick(['Monday', 'Tuesday', 'Friday'])}.

Local groups in ${near[2]} said they would watch closely. ${word()} residents had asked for answers since ${2000 + (i % 24)}, and ${word()} ${pick(['agreed', 'objected', 'declined to comment'])}.
`
}

function time(fn) {
  const t = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - t) / 1e9
}

// Part 1: ingest rate with every stage.
function writeBatch(dir, from, count) {
  mkdirSync(dir, { recursive: true })
  for (let i = from; i < from + count; i++) {
    const story = Math.floor(i / 5)
    const body = syntheticArticle(i, story)
    const date = new Date(Date.UTC(2024, 0, 1) + story * 3_600_000 * 6).toISOString()
    writeFileSync(
      join(dir, `${String(i).padStart(6, '0')}.jsonl`),
      `${JSON.stringify({ text: body, outlet: OUTLETS[i % OUTLETS.length], published: date, url: `https://news.example/${i}` })}\n`,
    )
  }
}
const db1 = join(work, 'ingest.db')
const half = Math.floor(INGEST_N / 2)
writeBatch(join(work, 'batch1'), 0, half)
writeBatch(join(work, 'batch2'), half, INGEST_N - half)
const ingest = (dir) => execFileSync(process.execPath, [CLI, 'ingest', dir, '--db', db1, '-q'], { stdio: 'inherit' })
const t1 = time(() => ingest(join(work, 'batch1')))
const t2 = time(() => ingest(join(work, 'batch2')))
const t3 = time(() => ingest(join(work, 'batch2')))
const tStart = time(() => execFileSync(process.execPath, [CLI, '--version']))
const check = openSqliteStore(db1)
const ingestStats = await check.stats()
// POST /api/articles on that store: the first one replays the stored articles into the corpus stages.
const postApp = createApp({ store: check })
const postTimes = []
for (let k = 0; k < 3; k++) {
  const t = process.hrtime.bigint()
  const res = await postApp.request('/api/articles', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: syntheticArticle(900_000 + k, 900_000 + k), outlet: 'Bench Post' }),
  })
  if (res.status !== 201) throw new Error(`POST: HTTP ${res.status}`)
  postTimes.push(Number(process.hrtime.bigint() - t) / 1e6)
}
await check.close()

// Part 2: a large store.
const dbLarge = join(work, 'large.db')
const store = openSqliteStore(dbLarge)
const templates = []
for (let i = 0; i < 300; i++) {
  templates.push(
    processSource({
      origin: `t${i}.txt`,
      bytes: new TextEncoder().encode(syntheticArticle(i, i)),
      contentType: 'text',
      fetchedAt: '2024-06-01T00:00:00.000Z',
    }),
  )
}
const PER_STORY = 8
const dossier = {
  schema: 'triangulate.dossier/1',
  generatedAt: new Date().toISOString(),
  articles: [],
  entities: [],
  quotes: [],
  stories: [],
  relations: [],
  corroboration: [],
  findings: [],
}
const entities = new Map()
let build = process.hrtime.bigint()
for (let i = 0; i < LARGE_N; i++) {
  const storyIndex = Math.floor(i / PER_STORY)
  const template = templates[storyIndex % templates.length]
  const id = `b${i.toString(16).padStart(12, '0')}`
  const published = new Date(
    Date.UTC(2020, 0, 1) + storyIndex * 3_600_000 * 2 + (i % PER_STORY) * 600_000,
  ).toISOString()
  const outlet = OUTLETS[i % OUTLETS.length]
  const quotes = template.quotes.map((q, k) => {
    const person = `p${(storyIndex * 7 + k) % Math.max(50, Math.floor(LARGE_N / 40))}`
    if (!entities.has(person))
      entities.set(person, {
        id: person,
        name: `${q.speaker?.name ?? 'Someone'} ${person}`,
        kind: 'person',
        aliases: [],
        roles: [q.speaker?.role ?? 'official'],
        mentions: [],
      })
    return { ...q, id: `${id}:q${k + 1}`, article: id, speaker: q.speaker ? { ...q.speaker, entity: person } : null }
  })
  const article = {
    ...template,
    id,
    source: `synthetic/${i}`,
    url: `https://news.example/${i}`,
    outlet,
    published,
    title: `${template.title} (${i})`,
    quotes,
  }
  await store.putArticle(article, { ingestedAt: published })
  const findings =
    i % 10 === 0
      ? [
          {
            id: `${id}:f1`,
            article: id,
            rule: 'provenance/unverifiable-source-line',
            severity: 'warning',
            message: 'Points to a source that cannot be checked here',
            span: template.sentences[0] ?? [0, 1],
          },
        ]
      : []
  dossier.findings.push(...findings)
  dossier.articles.push({
    ...article,
    raw: undefined,
    credibility: { score: findings.length ? 0.9 : 1, findings: findings.map((f) => f.id) },
    copyOf: null,
  })
  dossier.quotes.push(...quotes)
  if (i % PER_STORY === 0)
    dossier.stories.push({
      id: `s${storyIndex + 1}`,
      title: article.title,
      articles: [],
      start: published,
      end: published,
    })
  const story = dossier.stories[dossier.stories.length - 1]
  story.articles.push(id)
  story.end = published
  if (i % PER_STORY > 0 && quotes[0]) {
    const prev = dossier.quotes[dossier.quotes.length - quotes.length - 1]
    if (prev)
      dossier.relations.push({
        id: `r${dossier.relations.length + 1}`,
        kind: 'same-quote',
        from: { article: prev.article, span: prev.span, text: prev.text },
        to: { article: id, span: quotes[0].span, text: quotes[0].text },
        note: 'same words',
        rule: 'same-quote/exact',
        confidence: 1,
      })
  }
}
const putSeconds = Number(process.hrtime.bigint() - build) / 1e9
dossier.entities = [...entities.values()]
build = process.hrtime.bigint()
await store.saveDerived(dossier)
const deriveSeconds = Number(process.hrtime.bigint() - build) / 1e9
const large = await store.stats()
const app = createApp({ store })

const ids = dossier.articles.map((a) => a.id)
const storyIds = dossier.stories.map((s) => s.id)
const personIds = dossier.entities.map((e) => e.id)
const words = [
  'bridge',
  'strike',
  'flood',
  'budget',
  'trial',
  'election',
  'council',
  'residents',
  'Lark',
  'workers plant',
]
const ROUTES = [
  ['page /', () => `/?offset=${Math.floor(rand() * 50) * 50}`],
  ['page /stories/:id', () => `/stories/${pick(storyIds)}`],
  ['page /articles/:id', () => `/articles/${pick(ids)}`],
  ['page /people/:id', () => `/people/${pick(personIds)}`],
  ['page /search', () => `/search?q=${encodeURIComponent(pick(words))}`],
  ['GET /api/stories', () => `/api/stories?offset=${Math.floor(rand() * 50) * 50}`],
  ['GET /api/stories/:id', () => `/api/stories/${pick(storyIds)}`],
  ['GET /api/articles', () => `/api/articles?offset=${Math.floor(rand() * 50) * 50}`],
  ['GET /api/articles/:id', () => `/api/articles/${pick(ids)}`],
  ['GET /api/entities/:id', () => `/api/entities/${pick(personIds)}`],
  ['GET /api/search', () => `/api/search?q=${encodeURIComponent(pick(words))}`],
]
const latency = []
for (const [name, path] of ROUTES) {
  const times = []
  for (let i = 0; i < REQUESTS; i++) {
    const url = path()
    const t = process.hrtime.bigint()
    const res = await app.request(url)
    await res.text()
    times.push(Number(process.hrtime.bigint() - t) / 1e6)
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`)
  }
  times.sort((a, b) => a - b)
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))]
  latency.push({ route: name, p50: q(0.5), p95: q(0.95), max: times[times.length - 1] })
}
await store.close()
const fileMb = statSync(dbLarge).size / 1e6

const rate = (n, s) => (n / s).toFixed(1)
console.log(`# Store benchmark (${new Date().toISOString()})`)
console.log('')
console.log('## Ingest rate: `triangulate ingest` with every stage, into SQLite')
console.log(
  `- batch 1 into an empty store: ${half} articles in ${t1.toFixed(1)}s = ${rate(half, t1)} articles/s (${rate(half, t1 - tStart)}/s without the ${tStart.toFixed(1)}s process start)`,
)
console.log(
  `- batch 2 into the same store: ${INGEST_N - half} articles in ${t2.toFixed(1)}s = ${rate(INGEST_N - half, t2)} articles/s (${rate(INGEST_N - half, t2 - tStart)}/s without the process start)`,
)
console.log(`- batch 2 again (all unchanged, content hash): ${t3.toFixed(1)}s`)
console.log(
  `- store: ${ingestStats.articles} articles, ${ingestStats.stories} stories, ${ingestStats.quotes} quotes, ${ingestStats.relations} relations; stale: ${ingestStats.derivedStale}`,
)
console.log(
  `- POST /api/articles on that store: first ${postTimes[0].toFixed(0)} ms (replays the ${ingestStats.articles} stored articles into the corpus stages), then ${postTimes[1].toFixed(0)} and ${postTimes[2].toFixed(0)} ms`,
)
console.log('')
console.log(
  `## Latency with ${large.articles} articles (${large.stories} stories, ${large.entities} people, ${large.quotes} quotes, ${large.relations} relations; ${fileMb.toFixed(0)} MB)`,
)
console.log(
  `- built in ${putSeconds.toFixed(1)}s (${rate(LARGE_N, putSeconds)} putArticle/s, one transaction each) + ${deriveSeconds.toFixed(1)}s saveDerived`,
)
console.log('')
console.log('| route | p50 ms | p95 ms | max ms |')
console.log('| --- | ---: | ---: | ---: |')
for (const l of latency) console.log(`| ${l.route} | ${l.p50.toFixed(1)} | ${l.p95.toFixed(1)} | ${l.max.toFixed(1)} |`)
const worst = Math.max(...latency.map((l) => l.p95))
console.log('')
console.log(`worst p95: ${worst.toFixed(1)} ms (target < 200 ms); ingest target >= 50 articles/s`)
if (!process.env.STORE_BENCH_KEEP) rmSync(work, { recursive: true, force: true })
else console.log(`kept ${work}`)
