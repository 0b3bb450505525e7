#!/usr/bin/env node
// Quote attribution benchmark (issue 4). Run after `npm run build` (`npm run bench:quotes` does both).
// 1. Runs the built CLI: `node dist/cli/main.js quotes --jsonl --no-clean <shared>/bench/quotes/text/*.txt`.
// 2. Scores its output with `<shared>/bench/quotes/score.mjs` (its head comment defines every figure).
// 3. Times the language + quotes stages in-process on the same texts (one core) and prints articles per second.
// usage: node bench/quotes.mjs [--verbose]  (--verbose lists missed, wrong-speaker and spurious direct/mixed quotes
// and keeps the predictions in a temp file, printing its path)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
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
const { emptyArticle } = await import(pathToFileURL(join(root, 'dist', 'extract', 'index.js')).href)
// The text as read (as `--no-clean` takes it), in the article shape the extract stage hands on.
const articles = files.map((file) =>
  emptyArticle(
    { origin: file, bytes: new Uint8Array(), contentType: 'text', fetchedAt: '' },
    '',
    readFileSync(file, 'utf8'),
    null,
  ),
)
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
if (process.argv.includes('--verbose')) {
  listMisses(benchDir, out)
  console.log(`predictions kept in ${out}`)
} else rmSync(work, { recursive: true, force: true })

/**
 * --verbose: lists, per article, the direct and mixed gold attributions that were missed or given the wrong
 * speaker, and the predictions with quoted words that match no gold content. Matching as in score.mjs
 * (character Jaccard >= 0.5, greedy one-to-one); kinds by the share of letters inside quotation marks.
 */
function listMisses(dir, predFile) {
  const preds = new Map()
  for (const line of readFileSync(predFile, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const o = JSON.parse(line)
    preds.set(basename(String(o.source)).replace(/\.txt$/, ''), o.quotes ?? [])
  }
  const clip = (s, n = 160) => JSON.stringify(s.length > n ? `${s.slice(0, n / 2)} … ${s.slice(-n / 2)}` : s)
  const counts = { missed: 0, speaker: 0, spurious: 0 }
  for (const [name, quotes] of preds) {
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8')
    const inside = quotedLetters(text)
    const gold = goldAttributions(readFileSync(join(dir, 'attributions', `${name}.ann`), 'utf8')).map((g) => {
      let letters = 0
      let quoted = 0
      for (const [s, e] of g.content)
        for (let i = s; i < e; i++)
          if (/\p{L}/u.test(text[i])) {
            letters++
            quoted += inside[i]
          }
      const kind = !letters || !quoted ? 'indirect' : quoted === letters ? 'direct' : 'mixed'
      return { ...g, kind, set: charSet(g.content) }
    })
    const ps = quotes.map((q) => ({ q, set: charSet(q.spans ?? [q.span]) }))
    const pairs = []
    ps.forEach((p, i) => {
      gold.forEach((g, j) => {
        const s = jaccard(p.set, g.set)
        if (s >= 0.5) pairs.push([s, i, j])
      })
    })
    pairs.sort((a, b) => b[0] - a[0])
    const byGold = new Map()
    const usedP = new Set()
    for (const [, i, j] of pairs) {
      if (usedP.has(i) || byGold.has(j)) continue
      usedP.add(i)
      byGold.set(j, i)
    }
    const lines = []
    gold.forEach((g, j) => {
      if (g.kind === 'indirect') return
      const content = g.content.map(([s, e]) => text.slice(s, e)).join(' … ')
      const source = (g.source ?? []).map(([s, e]) => text.slice(s, e)).join(' ')
      const i = byGold.get(j)
      if (i === undefined) {
        counts.missed++
        const near = ps.find((p) => [...g.set].some((x) => p.set.has(x)))
        const nearText = near
          ? ` | nearest ${clip((near.q.spans ?? [near.q.span]).map(([s, e]) => text.slice(s, e)).join(' … '), 100)}`
          : ''
        lines.push(`  MISS ${g.kind} [${source}] @${g.content[0][0]} ${clip(content)}${nearText}`)
        return
      }
      const q = ps[i].q
      const m = q.speaker?.mentionSpan
      if (!g.source) return
      let ok = Boolean(m && g.source.some(([s, e]) => m[0] < e && s < m[1]))
      const w = (s) => new Set(s.toLowerCase().match(/\p{L}{3,}/gu) ?? [])
      if (!ok && q.speaker?.name) for (const x of w(q.speaker.name)) if (w(source).has(x)) ok = true
      if (!ok) {
        counts.speaker++
        lines.push(
          `  SPEAKER ${g.kind} [${source}] got [${q.speaker?.name ?? q.speaker?.mention ?? 'none'}] @${g.content[0][0]} ${clip(content)}`,
        )
      }
    })
    ps.forEach((p, i) => {
      if (usedP.has(i) || gold.some((g) => jaccard(p.set, g.set) >= 0.5)) return
      if (![...p.set].some((x) => inside[x] && /\p{L}/u.test(text[x]))) return
      counts.spurious++
      const span = p.q.spans ?? [p.q.span]
      lines.push(
        `  EXTRA [${p.q.speaker?.name ?? 'none'}] @${span[0][0]} ${clip(span.map(([s, e]) => text.slice(s, e)).join(' … '))}`,
      )
    })
    if (lines.length) console.log(`${name}\n${lines.join('\n')}`)
  }
  console.log(`missed ${counts.missed}, wrong speaker ${counts.speaker}, spurious ${counts.spurious}`)
}

function goldAttributions(ann) {
  const spans = new Map()
  const atts = []
  for (const line of ann.split('\n')) {
    const p = line.split('\t')
    if (p[0]?.startsWith('T') && p[1]) {
      const i = p[1].indexOf(' ')
      spans.set(
        p[0],
        p[1]
          .slice(i + 1)
          .split(';')
          .map((x) => x.trim().split(/\s+/).map(Number)),
      )
    } else if (p[0]?.startsWith('E') && p[1])
      atts.push(Object.fromEntries(p[1].split(/\s+/).map((kv) => kv.split(':'))))
  }
  return atts
    .filter((a) => a.Content && spans.has(a.Content))
    .map((a) => ({
      content: spans.get(a.Content),
      source: a.Source && spans.has(a.Source) ? spans.get(a.Source) : null,
    }))
}

function quotedLetters(text) {
  const inside = new Uint8Array(text.length)
  let open = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') open = -1
    else if (c === '“' || c === '«' || c === '„') open = i
    else if ((c === '”' || c === '»') && open >= 0) {
      inside.fill(1, open, i + 1)
      open = -1
    } else if (c === '"') {
      if (open >= 0) {
        inside.fill(1, open, i + 1)
        open = -1
      } else open = i
    }
  }
  return inside
}

function charSet(spans) {
  const s = new Set()
  for (const [a, b] of spans) for (let i = a; i < b; i++) s.add(i)
  return s
}

function jaccard(a, b) {
  let n = 0
  for (const x of a) if (b.has(x)) n++
  return n / (a.size + b.size - n || 1)
}
