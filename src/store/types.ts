/**
 * The storage interface of a dossier that grows over days, and the read models the web app and the API show.
 * Every method is async so that a server-backed database (PostgreSQL) can implement the same interface as the
 * embedded SQLite store; the shared test suite in `test/store.test.ts` runs against every backend.
 */
import type { Article, Corroboration, Credibility, Dossier, Entity, Finding, Quote, Relation } from '../model/index.js'

/** What `putArticle` did with an article. */
export type PutStatus = 'added' | 'duplicate' | 'version'

/** The result of `putArticle`. */
export interface PutResult {
  status: PutStatus
  id: string
  /** For a new version: the id of the version it replaces. */
  previous?: string
}

/** Options of `putArticle`. */
export interface PutOptions {
  /** When the article was stored, ISO 8601. Default now. */
  ingestedAt?: string
  /** Hash of the source it came from, so the same input again is skipped before the article stages. */
  sourceHash?: string
}

/** One line of an article list: enough to show it without its text. */
export interface ArticleSummary {
  id: string
  title: string | null
  outlet: string | null
  published: string | null
  url: string | null
  source: string
  /** When this version was stored, ISO 8601. */
  ingestedAt: string
  /** Credibility score, or null before the corpus stages ran over it. */
  score: number | null
  story: string | null
  copyOf: string | null
}

/** An article with everything the article page shows. */
export interface ArticleDetail {
  summary: ArticleSummary
  text: string
  /** The input as received: shown as text, never rendered as HTML. */
  raw: string
  byline: string | null
  language: string | null
  extraction: Article['extraction']
  mentions: Article['mentions']
  credibility: Credibility | null
  quotes: Quote[]
  findings: Finding[]
  relations: Relation[]
  /** Every version of the article with the same URL, oldest first (this one included). */
  versions: ArticleSummary[]
  /** Summaries of the other articles named by relations and copy links. */
  related: ArticleSummary[]
}

/** One line of the story list. */
export interface StorySummary {
  id: string
  title: string
  start: string | null
  end: string | null
  articleCount: number
  outlets: string[]
}

/** A story with its articles, statements and quotes. */
export interface StoryDetail {
  summary: StorySummary
  articles: ArticleSummary[]
  quotes: Quote[]
  relations: Relation[]
  corroboration: Corroboration[]
}

/** A person (or organisation) with everything they are quoted saying. */
export interface EntityDetail {
  entity: Entity
  /** Quotes by date, each with the article it is in. */
  quotes: Array<{ quote: Quote; article: ArticleSummary }>
}

/** One search hit: the article and a snippet in which `\u0001`/`\u0002` mark the matched words. */
export interface SearchHit {
  article: ArticleSummary
  snippet: string
}

/** Search results: best first when fewer than 1000 articles match, else newest first (ranking them all is slow). */
export interface SearchPage extends Page<SearchHit> {
  order: 'relevance' | 'newest'
}

/** A page of a list. */
export interface Page<T> {
  items: T[]
  total: number
  limit: number
  offset: number
}

/** Paging of list queries. */
export interface PageRequest {
  /** Default 50, at most 200. */
  limit?: number
  /** Default 0. */
  offset?: number
}

/** Counts of what the store holds, and whether the corpus stages have seen every stored article. */
export interface StoreStats {
  articles: number
  /** Articles replaced by a newer version. */
  superseded: number
  stories: number
  entities: number
  quotes: number
  relations: number
  findings: number
  errors: number
  /** True when articles were stored after the last `saveDerived` (an interrupted ingest): re-run ingest. */
  derivedStale: boolean
  schemaVersion: number
}

/** A stored article as replayed into the corpus stages. */
export interface StoredArticle {
  article: Article
  ingestedAt: string
}

/**
 * A dossier store. Articles are immutable and content-addressed; the corpus stages' output (stories, entities,
 * quotes with resolved speakers, relations, findings, credibility) is derived state, replaced by `saveDerived`.
 */
export interface Store {
  /** Stores one article atomically (article row, search index, version link): all of it or nothing. */
  putArticle(article: Article, options?: PutOptions): Promise<PutResult>
  /** The id of the article stored from a source with this hash (see `sourceHash`), or null: ingest skips it. */
  articleForSource(hash: string): Promise<string | null>
  /** The current (not superseded) articles in the order they were stored, to rebuild the corpus stages. */
  currentArticles(): AsyncIterable<StoredArticle>
  /** Replaces the derived state with what the corpus stages computed; writes only what changed, in one transaction. */
  saveDerived(dossier: Dossier): Promise<void>
  /** Records an input that could not be read. */
  addError(source: string, reason: string, at?: string): Promise<void>
  errors(request?: PageRequest): Promise<Page<{ source: string; reason: string; at: string }>>
  listArticles(request?: PageRequest): Promise<Page<ArticleSummary>>
  getArticle(id: string): Promise<ArticleDetail | null>
  /** Stories, newest first (latest publication date; undated stories last). */
  listStories(request?: PageRequest): Promise<Page<StorySummary>>
  getStory(id: string): Promise<StoryDetail | null>
  getEntity(id: string): Promise<EntityDetail | null>
  /** People with the most quotes first. */
  listEntities(request?: PageRequest): Promise<Page<Entity & { quoteCount: number }>>
  /** Full-text search over titles and texts of current articles (see `SearchPage` for the order). */
  search(query: string, request?: PageRequest): Promise<SearchPage>
  stats(): Promise<StoreStats>
  /** Problems found by the backend's own integrity check plus the store's invariants; empty when sound. */
  checkIntegrity(): Promise<string[]>
  close(): Promise<void>
}

/** A storage failure, with the operation and the cause. */
export class StoreError extends Error {
  readonly operation: string
  constructor(operation: string, message: string, options?: { cause?: unknown }) {
    super(`${operation}: ${message}`, options)
    this.name = 'StoreError'
    this.operation = operation
  }
}

/** Clamps a page request to sane bounds. */
export function pageBounds(request: PageRequest = {}): { limit: number; offset: number } {
  const limit = Math.max(1, Math.min(200, Math.floor(request.limit ?? 50) || 50))
  const offset = Math.max(0, Math.floor(request.offset ?? 0) || 0)
  return { limit, offset }
}
