/**
 * Ingest into a store: the same article stages as `analyze` (in a worker pool for large batches), each article
 * stored in its own transaction, then the corpus stages brought up to date.
 *
 * Design choice: the corpus stages (entities, stories, copies, statements, credibility) are in-memory indexes
 * that grow with `add(article)`. The store persists articles as the source of truth and the corpus stages' output
 * as derived tables. On the first write of a session the corpus is rebuilt by replaying the stored current articles
 * in their stored order (deterministic, so ids of stories and relations are stable), then new articles are added
 * incrementally, and at each checkpoint the derived tables are updated (only changed rows are written). Cost: one
 * replay per session, linear in the store size (no article stage reruns: only the corpus `add`s), plus one
 * `dossier()` per checkpoint. A kill between checkpoints loses no article: the next session replays and catches up.
 */
import { createHash } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { type Corpus, createCorpus } from '../corpus/index.js'
import { type FetchOptions, IngestError, listInputs, readInput } from '../ingest/index.js'
import type { Article, Source } from '../model/index.js'
import { type ArticleStageOptions, processSource } from '../pipeline/index.js'
import { type ArticlePool, createArticlePool, poolAvailable } from '../pipeline/pool.js'
import type { PutOptions, PutResult, Store } from './types.js'

/** Progress of an ingest run. */
export interface IngestProgress {
  done: number
  total: number
  input: string
  error?: string
}

/** Options of `ingestInputs`. */
export interface IngestOptions extends ArticleStageOptions {
  fetch?: FetchOptions
  /** Worker threads for the article stages; 0 runs them in-process. Default one per core for 16+ inputs. */
  workers?: number
  /**
   * Update the derived tables after this many new articles (and at the end). Default 1000, or a quarter of the
   * store when that is more: each checkpoint costs time linear in the store, and a kill between two loses nothing.
   */
  checkpointEvery?: number
  onProgress?: (progress: IngestProgress) => void
}

/** What an ingest run did. */
export interface IngestSummary {
  added: number
  versions: number
  duplicates: number
  errors: Array<{ source: string; reason: string }>
}

/** A writer session on a store: article stages in, article stored, corpus stages updated. */
export interface DossierWriter {
  /** Stores an analysed article and adds it to the corpus stages (derived tables updated at `checkpoint`). */
  add(article: Article, options?: PutOptions): Promise<PutResult>
  /** Runs the article stages on a source, then `add`. */
  addSource(source: Source, options?: ArticleStageOptions): Promise<PutResult>
  /** Writes the corpus stages' current output to the store's derived tables. */
  checkpoint(): Promise<void>
  /** Reads, analyses and stores every input (files, folders, URLs, RSS/Atom feeds); checkpoints as it goes. */
  ingest(inputs: string[], options?: IngestOptions): Promise<IngestSummary>
}

const POOL_MIN_INPUTS = 16
const IN_FLIGHT_PER_WORKER = 8

/**
 * Hash of what a source would be analysed from (bytes, content type, given metadata, options), so an input seen
 * before is skipped without running the article stages. The origin is left out: the same bytes under another
 * path make the same article.
 */
export function sourceHash(source: Source, options: ArticleStageOptions = {}): string {
  return createHash('sha256')
    .update(source.contentType)
    .update('\u0000')
    .update(JSON.stringify(source.given ?? {}))
    .update('\u0000')
    .update(source.charset ?? '')
    .update(options.noClean ? '\u0000as-is' : '\u0000clean')
    .update('\u0000')
    .update(source.bytes)
    .digest('hex')
}

/** Opens a writer session on `store`. One writer per store at a time. */
export function createDossierWriter(store: Store): DossierWriter {
  let corpus: Corpus | null = null
  /** A new version replaced an article the corpus holds: the corpus must be rebuilt without the old one. */
  let rebuild = false
  let dirty = false

  async function replay(): Promise<Corpus> {
    const fresh = createCorpus()
    for await (const { article } of store.currentArticles()) fresh.add(article)
    return fresh
  }

  async function ensureCorpus(): Promise<Corpus> {
    corpus ??= await replay()
    return corpus
  }

  const writer: DossierWriter = {
    async add(article, options = {}) {
      const result = await store.putArticle(article, options)
      if (result.status === 'duplicate') return result
      dirty = true
      // A first replay already includes the article just stored; adding it again is a no-op.
      const current = await ensureCorpus()
      if (result.status === 'version') rebuild = true
      else current.add(article)
      return result
    },

    async addSource(source, options = {}) {
      const hash = sourceHash(source, options)
      const known = await store.articleForSource(hash)
      if (known) return { status: 'duplicate', id: known }
      return writer.add(processSource(source, options), { sourceHash: hash })
    },

    async checkpoint() {
      const stats = await store.stats()
      // Another writer (a server, a second ingest) stored articles this corpus has not seen: start again from the store.
      if (corpus && stats.articles !== corpus.size()) rebuild = true
      // Nothing new since the derived tables were written: no replay needed.
      if (!dirty && !rebuild && !stats.derivedStale) return
      if (rebuild || !corpus) {
        corpus = await replay()
        rebuild = false
      }
      await store.saveDerived(corpus.dossier())
      dirty = false
    },

    async ingest(inputs, options = {}) {
      const summary: IngestSummary = { added: 0, versions: 0, duplicates: 0, errors: [] }
      const fail = async (source: string, reason: string) => {
        summary.errors.push({ source, reason })
        await store.addError(source, reason)
      }
      const listed = await listInputs(inputs)
      const workers = options.workers ?? (listed.length >= POOL_MIN_INPUTS ? availableParallelism() : 0)
      // Started at the first input that needs the article stages: a re-run over stored inputs needs no workers.
      let pool: ArticlePool | null = null
      const usePool = workers > 0 && poolAvailable()
      const stageOptions: ArticleStageOptions = options.noClean ? { noClean: true } : {}
      const checkpointEvery = Math.max(
        1,
        options.checkpointEvery ?? Math.max(1000, Math.floor((await store.stats()).articles / 4)),
      )
      const maxInFlight = Math.max(1, workers) * IN_FLIGHT_PER_WORKER
      const queue: Array<{ origin: string; hash: string; result: Promise<Article> }> = []
      let sinceCheckpoint = 0

      const settle = async (item: (typeof queue)[number]) => {
        let article: Article
        try {
          article = await item.result
        } catch (error) {
          await fail(
            item.origin,
            error instanceof IngestError ? error.reason : `analysis failed: ${(error as Error).message}`,
          )
          return
        }
        const put = await writer.add(article, { sourceHash: item.hash })
        if (put.status === 'duplicate') summary.duplicates++
        else {
          if (put.status === 'version') summary.versions++
          else summary.added++
          if (++sinceCheckpoint >= checkpointEvery) {
            await writer.checkpoint()
            sinceCheckpoint = 0
          }
        }
      }
      const enqueue = async (source: Source) => {
        const hash = sourceHash(source, stageOptions)
        if (await store.articleForSource(hash)) {
          summary.duplicates++
          return
        }
        if (usePool) pool ??= createArticlePool(workers)
        const result = pool
          ? pool.process(source, stageOptions)
          : new Promise<Article>((resolve) => resolve(processSource(source, stageOptions)))
        result.catch(() => undefined)
        queue.push({ origin: source.origin, hash, result })
        while (queue.length > maxInFlight || (!pool && queue.length > 0))
          await settle(queue.shift() as (typeof queue)[number])
      }

      try {
        let done = 0
        for (const item of listed) {
          if ('error' in item) {
            await fail(item.error.source, item.error.reason)
            options.onProgress?.({
              done: ++done,
              total: listed.length,
              input: item.error.source,
              error: item.error.reason,
            })
            continue
          }
          let lastError: string | undefined
          for await (const read of readInput(item.input, options.fetch ? { fetch: options.fetch } : {})) {
            if ('error' in read) {
              await fail(read.error.source, read.error.reason)
              lastError = read.error.reason
            } else await enqueue(read.source)
          }
          const progress: IngestProgress = { done: ++done, total: listed.length, input: item.input }
          if (lastError) progress.error = lastError
          options.onProgress?.(progress)
        }
        while (queue.length > 0) await settle(queue.shift() as (typeof queue)[number])
      } finally {
        await (pool as ArticlePool | null)?.close()
      }
      await writer.checkpoint()
      return summary
    },
  }
  return writer
}
