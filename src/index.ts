/**
 * Triangulate's library API: read articles, run the article stages, grow a corpus, and write the dossier.
 * This file only re-exports; each stage lives in its own folder under `src/`.
 */
export { type Corpus, createCorpus, type DossierOptions } from './corpus/index.js'
export { articleId, decodeText, type ExtractOptions, emptyArticle, extractArticle } from './extract/index.js'
export {
  ArticleRecord,
  type FetchOptions,
  fetchSource,
  IngestError,
  type IngestItem,
  isPrivateAddress,
  listInputs,
  type ReadOptions,
  readInput,
  readSources,
} from './ingest/index.js'
export type * from './model/corpus.js'
export type * from './model/index.js'
export { DOSSIER_SCHEMA } from './model/index.js'
export { DossierSchema, dossierJsonSchema, validateDossier } from './model/schema.js'
export { type AnalyzeOptions, type AnalyzeResult, analyzeInputs, type Progress } from './pipeline/analyze.js'
export { type ArticleStageOptions, processSource } from './pipeline/index.js'
export { type ReportFiles, renderHtml, renderMarkdown, writeReport } from './report/index.js'
