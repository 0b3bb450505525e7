/** `analyze` as a library call: read inputs, run the article stages, add to an in-memory corpus, build the dossier. */
import { availableParallelism } from 'node:os'
import { type Corpus, type CorpusOptions, createCorpus, type DossierOptions } from '../corpus/index.js'
import { IngestError, listInputs, type ReadOptions, readInput } from '../ingest/index.js'
import type { Article, Dossier } from '../model/index.js'
import { type ArticleStageOptions, processSource } from './index.js'
import { type ArticlePool, createArticlePool, poolAvailable } from './pool.js'

/** Progress of a run: inputs done of the total, and the input just finished. */
export interface Progress {
  done: number
  total: number
  input: string
  error?: string
}

/** Options of `analyzeInputs`. */
export interface AnalyzeOptions extends ArticleStageOptions, ReadOptions, DossierOptions, CorpusOptions {
  onProgress?: (progress: Progress) => void
  /** Worker threads for the article stages: 0 runs them in-process. Default: one per core for 16+ inputs. */
  workers?: number
}

/** The result of `analyzeInputs`. */
export interface AnalyzeResult {
  dossier: Dossier
  corpus: Corpus
  errors: Array<{ source: string; reason: string }>
  /** Inputs whose text was already in the corpus (same content hash): skipped, not errors. */
  duplicates: string[]
}

/** Batches smaller than this run in-process: starting workers costs more than it saves. */
const POOL_MIN_INPUTS = 16

/** Sources in flight per worker; bounds memory while keeping every worker busy. */
const IN_FLIGHT_PER_WORKER = 8

interface Pending {
  origin: string
  result: Promise<Article>
}

/**
 * Reads every input (files, folders recursively, URLs, JSON/JSONL), analyses each article and the corpus.
 * Articles join the corpus in input order whatever thread analysed them, so results do not depend on timing.
 * One bad input is recorded in `errors` (and the dossier) and never stops the others.
 */
export async function analyzeInputs(inputs: string[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const corpus = createCorpus(options)
  const errors: AnalyzeResult['errors'] = []
  const duplicates: string[] = []
  const fail = (source: string, reason: string) => {
    errors.push({ source, reason })
    corpus.addError(source, reason)
  }
  const listed = await listInputs(inputs)
  const workers = options.workers ?? (listed.length >= POOL_MIN_INPUTS ? availableParallelism() : 0)
  const pool: ArticlePool | null = workers > 0 && poolAvailable() ? createArticlePool(workers) : null
  const stageOptions: ArticleStageOptions = options.noClean ? { noClean: true } : {}
  const queue: Pending[] = []
  const maxInFlight = Math.max(1, workers) * IN_FLIGHT_PER_WORKER

  const settle = async (item: Pending) => {
    try {
      if (!corpus.add(await item.result)) duplicates.push(item.origin)
    } catch (error) {
      // A bug in a stage must not lose the batch: report the input and go on.
      fail(item.origin, error instanceof IngestError ? error.reason : `analysis failed: ${(error as Error).message}`)
    }
  }

  try {
    let done = 0
    for (const item of listed) {
      if ('error' in item) {
        fail(item.error.source, item.error.reason)
        options.onProgress?.({ done: ++done, total: listed.length, input: item.error.source, error: item.error.reason })
        continue
      }
      let lastError: string | undefined
      for await (const read of readInput(item.input, options)) {
        if ('error' in read) {
          fail(read.error.source, read.error.reason)
          lastError = read.error.reason
          continue
        }
        const source = read.source
        const result = pool
          ? pool.process(source, stageOptions)
          : new Promise<Article>((resolve) => resolve(processSource(source, stageOptions)))
        // Mark the rejection handled now; `settle` reports it in order.
        result.catch(() => undefined)
        queue.push({ origin: source.origin, result })
        while (queue.length > maxInFlight || (!pool && queue.length > 0)) await settle(queue.shift() as Pending)
      }
      const progress: Progress = { done: ++done, total: listed.length, input: item.input }
      if (lastError) progress.error = lastError
      options.onProgress?.(progress)
    }
    while (queue.length > 0) await settle(queue.shift() as Pending)
  } finally {
    await pool?.close()
  }
  return { dossier: corpus.dossier(options), corpus, errors, duplicates }
}
