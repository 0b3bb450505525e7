/**
 * A pool of worker threads running the article stages, so a large batch uses every core. The article stages are
 * pure functions of one source, so any worker can take any source; results come back in any order.
 */
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Article, Source } from '../model/index.js'
import type { ArticleStageOptions } from './index.js'

/** Runs article stages off the main thread. */
export interface ArticlePool {
  process(source: Source, options: ArticleStageOptions): Promise<Article>
  close(): Promise<void>
}

const WORKER_URL = new URL('./worker.js', import.meta.url)

/** True when the compiled worker script is available (not when running the TypeScript sources directly). */
export function poolAvailable(): boolean {
  return fileURLToPath(import.meta.url).endsWith('.js')
}

/** Starts `size` workers (default: one per core). */
export function createArticlePool(size = availableParallelism()): ArticlePool {
  let nextId = 0
  const pending = new Map<number, { resolve: (a: Article) => void; reject: (e: Error) => void; worker: Worker }>()
  const load = new Map<Worker, number>()
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    // No inherited execArgv: flags meant for the parent (loaders, --input-type) break the worker.
    const worker = new Worker(WORKER_URL, { execArgv: [] })
    load.set(worker, 0)
    worker.on('message', (msg: { id: number; article?: Article; error?: string }) => {
      const job = pending.get(msg.id)
      if (!job) return
      pending.delete(msg.id)
      load.set(worker, (load.get(worker) ?? 1) - 1)
      if (msg.article) job.resolve(msg.article)
      else job.reject(new Error(msg.error ?? 'worker failed'))
    })
    worker.on('error', (error) => {
      // A crashed worker fails its own jobs only; the others go on.
      for (const [id, job] of pending) {
        if (job.worker !== worker) continue
        pending.delete(id)
        job.reject(error)
      }
      load.set(worker, Number.POSITIVE_INFINITY)
    })
    return worker
  })
  return {
    process(source, options) {
      const worker = workers.reduce((best, w) => ((load.get(w) ?? 0) < (load.get(best) ?? 0) ? w : best))
      if (!Number.isFinite(load.get(worker) ?? 0)) return Promise.reject(new Error('no worker left'))
      load.set(worker, (load.get(worker) ?? 0) + 1)
      const id = nextId++
      return new Promise<Article>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker })
        worker.postMessage({ id, source, options })
      })
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
