/** Worker-thread entry: runs the article stages on sources posted by `createArticlePool`. */
import { parentPort } from 'node:worker_threads'
import type { Source } from '../model/index.js'
import { type ArticleStageOptions, processSource } from './index.js'

interface Job {
  id: number
  source: Source
  options: ArticleStageOptions
}

parentPort?.on('message', (job: Job) => {
  try {
    parentPort?.postMessage({ id: job.id, article: processSource(job.source, job.options) })
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) })
  }
})
