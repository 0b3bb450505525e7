/** Progress on long runs: a bar on an interactive terminal, a line every few seconds otherwise. */
import cliProgress from 'cli-progress'
import type { Progress } from '../pipeline/analyze.js'

/** Runs that are shorter than this get no progress display. */
const MIN_INPUTS_FOR_PROGRESS = 20

/** Returns a progress callback writing to stderr, and a function to close it. */
export function progressReporter(quiet: boolean): { onProgress: (p: Progress) => void; stop: () => void } {
  let bar: cliProgress.SingleBar | null = null
  let lastLine = 0
  const started = Date.now()
  return {
    onProgress(p) {
      if (quiet || p.total < MIN_INPUTS_FOR_PROGRESS) return
      if (process.stderr.isTTY) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            {
              format: 'analyzing [{bar}] {value}/{total} inputs | {rate}/s | eta {eta_formatted}',
              stream: process.stderr,
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          )
          bar.start(p.total, 0, { rate: '0' })
        }
        const rate = (p.done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1)
        bar.update(p.done, { rate })
        return
      }
      const now = Date.now()
      if (now - lastLine > 3000 || p.done === p.total) {
        lastLine = now
        process.stderr.write(`analyzing: ${p.done}/${p.total} inputs\n`)
      }
    },
    stop() {
      bar?.stop()
    },
  }
}
