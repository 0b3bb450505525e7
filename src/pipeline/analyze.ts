/** `analyze` as a library call: read inputs, run the article stages, add to an in-memory corpus, build the dossier. */
import { type Corpus, createCorpus, type DossierOptions } from '../corpus/index.js'
import { IngestError, listInputs, type ReadOptions, readInput } from '../ingest/index.js'
import type { Dossier } from '../model/index.js'
import { type ArticleStageOptions, processSource } from './index.js'

/** Progress of a run: inputs done of the total, and the input just finished. */
export interface Progress {
  done: number
  total: number
  input: string
  error?: string
}

/** Options of `analyzeInputs`. */
export interface AnalyzeOptions extends ArticleStageOptions, ReadOptions, DossierOptions {
  onProgress?: (progress: Progress) => void
}

/** The result of `analyzeInputs`. */
export interface AnalyzeResult {
  dossier: Dossier
  corpus: Corpus
  errors: Array<{ source: string; reason: string }>
}

/**
 * Reads every input (files, folders recursively, URLs, JSON/JSONL), analyses each article and the corpus.
 * One bad input is recorded in `errors` (and the dossier) and never stops the others.
 */
export async function analyzeInputs(inputs: string[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const corpus = createCorpus()
  const errors: AnalyzeResult['errors'] = []
  const fail = (source: string, reason: string) => {
    errors.push({ source, reason })
    corpus.addError(source, reason)
  }
  const listed = await listInputs(inputs)
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
      try {
        corpus.add(processSource(read.source, options))
      } catch (error) {
        // A bug in a stage must not lose the batch: report the input and go on.
        const reason = error instanceof IngestError ? error.reason : `analysis failed: ${(error as Error).message}`
        fail(read.source.origin, reason)
        lastError = reason
      }
    }
    const progress: Progress = { done: ++done, total: listed.length, input: item.input }
    if (lastError) progress.error = lastError
    options.onProgress?.(progress)
  }
  return { dossier: corpus.dossier(options), corpus, errors }
}
