#!/usr/bin/env node
// Extraction benchmark: runs the built CLI (`triangulate extract --jsonl`) over the shared extraction pages, scores the
// bodies with the shared scorer (Zyte article-extraction-benchmark measure) and prints F1, precision, recall and pages
// per second on one core (one process). Then prints per-field accuracy on the fictional metadata pages in
// bench/metadata/. Usage: `npm run bench:extract` (builds first) or `node bench/extract.mjs [--verbose]`.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const sharedNear = resolve(repoRoot, '..', 'shared')
const shared = existsSync(join(sharedNear, 'bench', 'extraction')) ? sharedNear : '/work/shared'
const cli = join(repoRoot, 'dist', 'cli', 'main.js')
if (!existsSync(cli)) {
  console.error(`no build at ${cli}: run \`npm run build\` first (or \`npm run bench:extract\`)`)
  process.exit(1)
}

/** User + system CPU seconds of one CLI run, by GNU time; null where /usr/bin/time is missing. */
function childCpuSeconds(args) {
  if (!existsSync('/usr/bin/time')) return null
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const m = /([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '')
  return m ? Number(m[1]) + Number(m[2]) : null
}

const tmp = mkdtempSync(join(tmpdir(), 'triangulate-bench-extract-'))
try {
  const benchDir = join(shared, 'bench', 'extraction')
  if (existsSync(benchDir)) {
    const htmlDir = join(benchDir, 'html')
    const pages = readdirSync(htmlDir)
      .filter((f) => f.endsWith('.html.gz'))
      .map((f) => join(htmlDir, f))
    const out = join(tmp, 'extract.jsonl')
    const t0 = process.hrtime.bigint()
    const run = spawnSync(process.execPath, [cli, 'extract', '--jsonl', ...pages], {
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    })
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9
    if (run.status !== 0 && !run.stdout) throw new Error(`extract failed: ${run.stderr}`)
    const jsonl = run.stdout
    // CPU seconds of the child (user + system): on a shared machine wall time also counts other processes' turns.
    const cpu = childCpuSeconds([cli, 'extract', '--jsonl', ...pages])
    writeFileSync(out, jsonl)
    const scored = execFileSync(process.execPath, [join(benchDir, 'score.mjs'), benchDir, out], { encoding: 'utf8' })
    console.log(`extraction (${pages.length} pages, ${shared}/bench/extraction)`)
    console.log(scored.trim())
    const small = pages.reduce((a, b) => (statSync(a).size <= statSync(b).size ? a : b))
    const startCpu = childCpuSeconds([cli, 'extract', '--jsonl', small])
    console.log(
      `speed: ${(pages.length / seconds).toFixed(1)} pages/s wall (${seconds.toFixed(2)} s, one process, CLI start included)`,
    )
    if (cpu !== null && startCpu !== null)
      console.log(
        `       ${(pages.length / cpu).toFixed(1)} pages/s of CPU time (${cpu.toFixed(2)} s on one core, start included); ` +
          `${(pages.length / Math.max(0.001, cpu - startCpu)).toFixed(1)} pages/s after a ${startCpu.toFixed(2)} s process start`,
      )
    // Steady state: the extract stage alone in this process, after a warm-up round (JIT), CPU time per page.
    const { extractArticle } = await import(join(repoRoot, 'dist', 'extract', 'index.js'))
    const bytesOf = pages.map((p) => gunzipSync(readFileSync(p)))
    let best = Number.POSITIVE_INFINITY
    for (let round = 0; round < 3; round++) {
      const c0 = process.cpuUsage()
      for (const bytes of bytesOf) extractArticle({ origin: 'bench', bytes, contentType: 'html', fetchedAt: '' })
      const c = process.cpuUsage(c0)
      if (round > 0) best = Math.min(best, (c.user + c.system) / 1e6)
    }
    console.log(
      `       ${(pages.length / best).toFixed(1)} pages/s steady state (extract stage in process, warm, CPU time)`,
    )
  } else console.log(`no extraction benchmark at ${benchDir}; skipped`)

  const metaDir = join(repoRoot, 'bench', 'metadata')
  if (existsSync(join(metaDir, 'expected.json'))) {
    const expected = JSON.parse(readFileSync(join(metaDir, 'expected.json'), 'utf8'))
    const files = Object.keys(expected).map((f) => join(metaDir, f))
    const lines = execFileSync(process.execPath, [cli, 'extract', '--jsonl', ...files], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
    const bySource = new Map(lines.map((l) => [l.source, l]))
    const fields = ['title', 'outlet', 'byline', 'published', 'url', 'language']
    const right = Object.fromEntries(fields.map((f) => [f, [0, 0]]))
    for (const [file, want] of Object.entries(expected)) {
      const got = bySource.get(join(metaDir, file)) ?? {}
      for (const f of fields) {
        if (!(f in want)) continue
        const cell = right[f]
        cell[1]++
        const ok = f === 'published' ? (got[f] ?? '').slice(0, 10) === String(want[f]).slice(0, 10) : got[f] === want[f]
        if (ok) cell[0]++
        else if (process.argv.includes('--verbose'))
          console.log(`  ${file} ${f}: got ${JSON.stringify(got[f])} want ${JSON.stringify(want[f])}`)
      }
    }
    console.log(`metadata (${files.length} fictional pages in bench/metadata)`)
    for (const f of fields) {
      const [ok, n] = right[f]
      if (n) console.log(`  ${f.padEnd(10)} ${(ok / n).toFixed(3)}  (${ok}/${n})`)
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
