/**
 * The SQLite store: one file, no server (better-sqlite3). WAL journal so readers (the web app) never block the
 * writer (ingest); one transaction per article so a crash or kill never leaves half an article; derived tables
 * updated in one transaction per checkpoint, writing only rows whose content changed.
 */
import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import type { Article, Corroboration, Credibility, Dossier, Entity, Finding, Quote, Relation } from '../model/index.js'
import { MIGRATIONS } from './migrations.js'
import {
  type ArticleDetail,
  type ArticleSummary,
  type EntityDetail,
  type PageRequest,
  type PutResult,
  pageBounds,
  type SearchPage,
  type Store,
  type StoredArticle,
  StoreError,
  type StoreStats,
  type StoryDetail,
  type StorySummary,
} from './types.js'

/** Options of `openSqliteStore`. */
export interface SqliteStoreOptions {
  /** Open without writing (no migrations applied; fails on an empty file). Default false. */
  readonly?: boolean
}

type Db = Database.Database

interface SummaryRow {
  id: string
  title: string | null
  outlet: string | null
  published: string | null
  url: string | null
  source: string
  ingested_at: string
  score: number | null
  story: string | null
  copy_of: string | null
}

const SUMMARY_COLUMNS = `a.id, a.title, a.outlet, a.published, a.url, a.source, a.ingested_at,
  s.score, s.story, s.copy_of`
const SUMMARY_FROM = 'articles a LEFT JOIN assessments s ON s.id = a.id'

/** Largest number of rows a detail page loads for one list (articles of a story, quotes of a person). */
const DETAIL_LIMIT = 500

/** Search counts matches up to this many (counting every match of a common word costs a full scan). */
const SEARCH_COUNT_CAP = 1000

const WORD = /[\p{L}\p{N}]+/gu

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    url: row.url,
    source: row.source,
    ingestedAt: row.ingested_at,
    score: row.score,
    story: row.story,
    copyOf: row.copy_of,
  }
}

function digest(doc: string): string {
  return createHash('sha1').update(doc).digest('base64')
}

/** Turns what a person typed into an FTS5 query of quoted terms (all required; the last one as a prefix). */
export function ftsQuery(input: string): string | null {
  const terms = Array.from(input.matchAll(WORD), (m) => m[0]).slice(0, 12)
  if (terms.length === 0) return null
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 && t.length >= 3 ? '*' : ''}`).join(' ')
}

function applyMigrations(db: Db): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  )
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version),
  )
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue
    db.transaction(() => {
      db.exec(m.sql)
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      )
    })()
  }
  return Math.max(0, ...MIGRATIONS.map((m) => m.version))
}

/** Derived row as `saveDerived` writes it. */
interface DerivedRow {
  id: string
  doc: string
  columns: unknown[]
  links?: string[]
}

/** How each derived table is written: its extra columns (after id) and the link kind of its article list. */
const DERIVED_TABLES: Record<string, { columns: string[]; link?: string }> = {
  assessments: { columns: ['score', 'story', 'copy_of'] },
  stories: { columns: ['sort_key', 'last_seq', 'article_count'], link: 'story' },
  entities: { columns: ['name', 'kind', 'quote_count'] },
  quotes: { columns: ['article', 'entity', 'published'] },
  relations: { columns: ['kind'], link: 'relation' },
  findings: { columns: ['article'] },
  corroboration: { columns: [], link: 'corroboration' },
}

/** Opens (creating and migrating if needed) a SQLite store at `file` (`:memory:` for a throwaway one). */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  let db: Db
  try {
    db = new Database(file, options.readonly ? { readonly: true, fileMustExist: true } : {})
  } catch (cause) {
    throw new StoreError('open', `cannot open ${file} (${(cause as Error).message})`, { cause })
  }
  let schemaVersion = 0
  if (!options.readonly) {
    db.pragma('journal_mode = WAL')
    // NORMAL in WAL mode: a committed transaction survives a killed process; only a power loss may drop the last ones.
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    schemaVersion = applyMigrations(db)
  } else {
    schemaVersion = (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v
  }
  db.pragma('busy_timeout = 5000')

  const q = {
    seqOf: db.prepare('SELECT seq FROM articles WHERE id = ?').pluck(),
    latestOfKey: db.prepare(
      'SELECT id FROM articles WHERE version_key = ? AND superseded_by IS NULL ORDER BY seq DESC LIMIT 1',
    ),
    insertArticle: db.prepare(`INSERT INTO articles
      (id, version_key, url, outlet, title, published, source, text, raw, doc, ingested_at, source_hash, previous)
      VALUES (@id, @version_key, @url, @outlet, @title, @published, @source, @text, @raw, @doc, @ingested_at,
        @source_hash, @previous)`),
    articleForSource: db.prepare('SELECT id FROM articles WHERE source_hash = ? LIMIT 1').pluck(),
    insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    supersede: db.prepare('UPDATE articles SET superseded_by = ? WHERE id = ?'),
    current: db.prepare(
      'SELECT seq, doc, text, raw, ingested_at FROM articles WHERE superseded_by IS NULL AND seq > ? ORDER BY seq LIMIT ?',
    ),
    summary: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE a.id = ?`),
    insertError: db.prepare('INSERT INTO errors (source, reason, at) VALUES (?, ?, ?)'),
    setMeta: db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ),
    getMeta: db.prepare('SELECT value FROM meta WHERE key = ?').pluck(),
  }

  const summaries = (ids: string[]): ArticleSummary[] =>
    ids.map((id) => q.summary.get(id) as SummaryRow | undefined).flatMap((r) => (r ? [toSummary(r)] : []))

  /** Digest of every derived row as stored, loaded at the first `saveDerived`, so later ones write only changes. */
  let stored: Map<string, Map<string, string>> | null = null
  function loadStored(): Map<string, Map<string, string>> {
    const all = new Map<string, Map<string, string>>()
    for (const table of Object.keys(DERIVED_TABLES)) {
      const map = new Map<string, string>()
      for (const row of db.prepare(`SELECT id, doc FROM ${table}`).iterate() as Iterable<{ id: string; doc: string }>)
        map.set(row.id, digest(row.doc))
      all.set(table, map)
    }
    return all
  }

  function syncTable(table: string, rows: DerivedRow[]): void {
    const spec = DERIVED_TABLES[table]
    const known = stored?.get(table)
    if (!spec || !known) throw new StoreError('saveDerived', `unknown derived table ${table}`)
    const columns = ['id', ...spec.columns, 'doc']
    const upsert = db.prepare(
      `INSERT OR REPLACE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    )
    const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`)
    const unlink = db.prepare('DELETE FROM links WHERE kind = ? AND item = ?')
    const link = db.prepare('INSERT OR IGNORE INTO links (kind, item, article) VALUES (?, ?, ?)')
    const seen = new Set<string>()
    for (const row of rows) {
      seen.add(row.id)
      const d = digest(row.doc)
      if (known.get(row.id) === d) continue
      upsert.run(row.id, ...row.columns, row.doc)
      if (spec.link) {
        unlink.run(spec.link, row.id)
        for (const article of new Set(row.links ?? [])) link.run(spec.link, row.id, article)
      }
      known.set(row.id, d)
    }
    for (const id of [...known.keys()]) {
      if (seen.has(id)) continue
      remove.run(id)
      if (spec.link) unlink.run(spec.link, id)
      known.delete(id)
    }
  }

  function guard<T>(operation: string, run: () => T): Promise<T> {
    try {
      return Promise.resolve(run())
    } catch (cause) {
      if (cause instanceof StoreError) return Promise.reject(cause)
      return Promise.reject(new StoreError(operation, (cause as Error).message, { cause }))
    }
  }

  const putArticle = db.transaction((article: Article, ingestedAt: string, sourceHash: string | null): PutResult => {
    if (q.seqOf.get(article.id) !== undefined) return { status: 'duplicate', id: article.id }
    const versionKey = article.url ?? article.source
    const previous = (q.latestOfKey.get(versionKey) as { id: string } | undefined)?.id ?? null
    const { text, raw, ...rest } = article
    const info = q.insertArticle.run({
      id: article.id,
      version_key: versionKey,
      url: article.url,
      outlet: article.outlet,
      title: article.title,
      published: article.published,
      source: article.source,
      text,
      raw,
      doc: JSON.stringify(rest),
      ingested_at: ingestedAt,
      source_hash: sourceHash,
      previous,
    })
    q.insertFts.run(info.lastInsertRowid, article.title ?? '', text)
    if (previous) {
      q.supersede.run(article.id, previous)
      return { status: 'version', id: article.id, previous }
    }
    return { status: 'added', id: article.id }
  })

  /** `derived_seq` as this connection last wrote it: another value means another writer wrote since. */
  let lastDerivedSeq: string | null = null
  const saveDerived = db.transaction((dossier: Dossier) => {
    if (stored && q.getMeta.get('derived_seq') !== lastDerivedSeq) stored = null
    stored ??= loadStored()
    const published = new Map(dossier.articles.map((a) => [a.id, a.published]))
    const outletOf = new Map(dossier.articles.map((a) => [a.id, a.outlet]))
    const storyOf = new Map<string, string>()
    for (const s of dossier.stories) for (const a of s.articles) storyOf.set(a, s.id)
    let derivedSeq = 0
    const seqs = new Map<string, number>()
    for (const a of dossier.articles) {
      const seq = q.seqOf.get(a.id) as number | undefined
      if (seq === undefined) throw new StoreError('saveDerived', `article ${a.id} is not stored`)
      seqs.set(a.id, seq)
      derivedSeq = Math.max(derivedSeq, seq)
    }
    syncTable(
      'assessments',
      dossier.articles.map((a) => ({
        id: a.id,
        doc: JSON.stringify(a.credibility),
        columns: [a.credibility.score, storyOf.get(a.id) ?? null, a.copyOf ?? null],
      })),
    )
    syncTable(
      'stories',
      dossier.stories.map((s) => {
        const outlets = [...new Set(s.articles.map((a) => outletOf.get(a)).filter((o): o is string => Boolean(o)))]
        const summary: StorySummary = {
          id: s.id,
          title: s.title,
          start: s.start,
          end: s.end,
          articleCount: s.articles.length,
          outlets,
        }
        return {
          id: s.id,
          doc: JSON.stringify(summary),
          columns: [s.end ?? s.start ?? '', Math.max(0, ...s.articles.map((a) => seqs.get(a) ?? 0)), s.articles.length],
          links: s.articles,
        }
      }),
    )
    const quoteCount = new Map<string, number>()
    for (const quote of dossier.quotes) {
      const e = quote.speaker?.entity
      if (e) quoteCount.set(e, (quoteCount.get(e) ?? 0) + 1)
    }
    syncTable(
      'entities',
      dossier.entities.map((e) => ({
        id: e.id,
        doc: JSON.stringify(e),
        columns: [e.name, e.kind, quoteCount.get(e.id) ?? 0],
      })),
    )
    syncTable(
      'quotes',
      dossier.quotes.map((quote) => ({
        id: quote.id,
        doc: JSON.stringify(quote),
        columns: [quote.article, quote.speaker?.entity ?? null, published.get(quote.article) ?? null],
      })),
    )
    syncTable(
      'relations',
      dossier.relations.map((r) => ({
        id: r.id,
        doc: JSON.stringify(r),
        columns: [r.kind],
        links: [r.from.article, r.to.article],
      })),
    )
    syncTable(
      'findings',
      dossier.findings.map((f) => ({ id: f.id, doc: JSON.stringify(f), columns: [f.article] })),
    )
    syncTable(
      'corroboration',
      (dossier.corroboration ?? []).map((c) => ({
        id: `${c.statement.article}:${c.statement.span[0]}-${c.statement.span[1]}`,
        doc: JSON.stringify(c),
        columns: [],
        links: c.articles,
      })),
    )
    q.setMeta.run('derived_seq', String(derivedSeq))
    lastDerivedSeq = String(derivedSeq)
  })

  function relationsOf(articleIds: string[]): Relation[] {
    if (articleIds.length === 0) return []
    const rows = db
      .prepare(
        `SELECT DISTINCT r.doc FROM links l JOIN relations r ON r.id = l.item
         WHERE l.kind = 'relation' AND l.article IN (${articleIds.map(() => '?').join(',')}) LIMIT ${DETAIL_LIMIT}`,
      )
      .pluck()
      .all(...articleIds) as string[]
    return rows.map((d) => JSON.parse(d) as Relation)
  }

  function quotesOf(articleIds: string[]): Quote[] {
    if (articleIds.length === 0) return []
    return (
      db
        .prepare(`SELECT doc FROM quotes WHERE article IN (${articleIds.map(() => '?').join(',')})`)
        .pluck()
        .all(...articleIds) as string[]
    ).map((d) => JSON.parse(d) as Quote)
  }

  function count(sql: string, ...params: unknown[]): number {
    return db
      .prepare(sql)
      .pluck()
      .get(...params) as number
  }

  return {
    putArticle(article, options = {}) {
      return guard('putArticle', () =>
        putArticle(article, options.ingestedAt ?? new Date().toISOString(), options.sourceHash ?? null),
      )
    },

    articleForSource(hash) {
      return guard('articleForSource', () => (q.articleForSource.get(hash) as string | undefined) ?? null)
    },

    async *currentArticles(): AsyncIterable<StoredArticle> {
      // Paged by key so a 100k-article store is never held in memory as rows and articles at once.
      const size = 500
      for (let after = 0; ; ) {
        const rows = q.current.all(after, size) as Array<{
          seq: number
          doc: string
          text: string
          raw: string
          ingested_at: string
        }>
        for (const row of rows) {
          const rest = JSON.parse(row.doc) as Omit<Article, 'text' | 'raw'>
          yield { article: { ...rest, text: row.text, raw: row.raw } as Article, ingestedAt: row.ingested_at }
          after = row.seq
        }
        if (rows.length < size) return
      }
    },

    saveDerived(dossier) {
      return guard('saveDerived', () => {
        try {
          saveDerived(dossier)
        } catch (error) {
          // The transaction rolled back: forget the cached digests, they may describe rows that were not written.
          stored = null
          throw error
        }
      })
    },

    addError(source, reason, at = new Date().toISOString()) {
      return guard('addError', () => {
        q.insertError.run(source, reason, at)
      })
    },

    errors(request) {
      const { limit, offset } = pageBounds(request)
      return guard('errors', () => ({
        items: db
          .prepare('SELECT source, reason, at FROM errors ORDER BY id DESC LIMIT ? OFFSET ?')
          .all(limit, offset) as Array<{ source: string; reason: string; at: string }>,
        total: count('SELECT count(*) FROM errors'),
        limit,
        offset,
      }))
    },

    listArticles(request?: PageRequest) {
      const { limit, offset } = pageBounds(request)
      return guard('listArticles', () => ({
        items: (
          db
            .prepare(
              `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE a.superseded_by IS NULL ORDER BY a.seq DESC LIMIT ? OFFSET ?`,
            )
            .all(limit, offset) as SummaryRow[]
        ).map(toSummary),
        total: count('SELECT count(*) FROM articles WHERE superseded_by IS NULL'),
        limit,
        offset,
      }))
    },

    getArticle(id) {
      return guard('getArticle', (): ArticleDetail | null => {
        const row = db
          .prepare(
            `SELECT ${SUMMARY_COLUMNS}, a.text, a.raw, a.doc, a.version_key, s.doc AS cred FROM ${SUMMARY_FROM} WHERE a.id = ?`,
          )
          .get(id) as
          | (SummaryRow & { text: string; raw: string; doc: string; version_key: string; cred: string | null })
          | undefined
        if (!row) return null
        const doc = JSON.parse(row.doc) as Omit<Article, 'text' | 'raw'>
        const relations = relationsOf([id])
        const findings = (db.prepare('SELECT doc FROM findings WHERE article = ?').pluck().all(id) as string[]).map(
          (d) => JSON.parse(d) as Finding,
        )
        const stored = quotesOf([id])
        // Before the corpus stages ran, show the article stages' quotes (speakers not yet linked to entities).
        const quotes = stored.length ? stored.sort((a, b) => a.span[0] - b.span[0]) : doc.quotes
        const versionRows = db
          .prepare(`SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE a.version_key = ? ORDER BY a.seq LIMIT 100`)
          .all(row.version_key) as SummaryRow[]
        const otherIds = new Set<string>()
        for (const r of relations)
          for (const side of [r.from.article, r.to.article]) if (side !== id) otherIds.add(side)
        for (const f of findings) for (const r of f.related ?? []) if (r !== id) otherIds.add(r)
        if (row.copy_of) otherIds.add(row.copy_of)
        return {
          summary: toSummary(row),
          text: row.text,
          raw: row.raw,
          byline: doc.byline,
          language: doc.language,
          extraction: doc.extraction,
          mentions: doc.mentions,
          credibility: row.cred ? (JSON.parse(row.cred) as Credibility) : null,
          quotes,
          findings,
          relations,
          versions: versionRows.map(toSummary),
          related: summaries([...otherIds].slice(0, DETAIL_LIMIT)),
        }
      })
    },

    listStories(request) {
      const { limit, offset } = pageBounds(request)
      return guard('listStories', () => ({
        items: (
          db
            .prepare('SELECT doc FROM stories ORDER BY sort_key DESC, last_seq DESC LIMIT ? OFFSET ?')
            .pluck()
            .all(limit, offset) as string[]
        ).map((d) => JSON.parse(d) as StorySummary),
        total: count('SELECT count(*) FROM stories'),
        limit,
        offset,
      }))
    },

    getStory(id) {
      return guard('getStory', (): StoryDetail | null => {
        const doc = db.prepare('SELECT doc FROM stories WHERE id = ?').pluck().get(id) as string | undefined
        if (!doc) return null
        const articleIds = db
          .prepare(`SELECT article FROM links WHERE kind = 'story' AND item = ? LIMIT ${DETAIL_LIMIT}`)
          .pluck()
          .all(id) as string[]
        const articles = summaries(articleIds).sort((a, b) =>
          (a.published ?? a.ingestedAt).localeCompare(b.published ?? b.ingestedAt),
        )
        const placeholders = articleIds.map(() => '?').join(',')
        const corroboration = articleIds.length
          ? (
              db
                .prepare(
                  `SELECT DISTINCT c.doc FROM links l JOIN corroboration c ON c.id = l.item
                   WHERE l.kind = 'corroboration' AND l.article IN (${placeholders}) LIMIT ${DETAIL_LIMIT}`,
                )
                .pluck()
                .all(...articleIds) as string[]
            ).map((d) => JSON.parse(d) as Corroboration)
          : []
        return {
          summary: JSON.parse(doc) as StorySummary,
          articles,
          quotes: quotesOf(articleIds).slice(0, DETAIL_LIMIT * 2),
          relations: relationsOf(articleIds),
          corroboration,
        }
      })
    },

    getEntity(id) {
      return guard('getEntity', (): EntityDetail | null => {
        const doc = db.prepare('SELECT doc FROM entities WHERE id = ?').pluck().get(id) as string | undefined
        if (!doc) return null
        const rows = db
          .prepare(
            `SELECT q.doc AS quote, ${SUMMARY_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article LEFT JOIN assessments s ON s.id = a.id
             WHERE q.entity = ? ORDER BY q.published, a.seq LIMIT ${DETAIL_LIMIT}`,
          )
          .all(id) as Array<SummaryRow & { quote: string }>
        return {
          entity: JSON.parse(doc) as Entity,
          quotes: rows.map((r) => ({ quote: JSON.parse(r.quote) as Quote, article: toSummary(r) })),
        }
      })
    },

    listEntities(request) {
      const { limit, offset } = pageBounds(request)
      return guard('listEntities', () => ({
        items: (
          db
            .prepare('SELECT doc, quote_count FROM entities ORDER BY quote_count DESC, id LIMIT ? OFFSET ?')
            .all(limit, offset) as Array<{ doc: string; quote_count: number }>
        ).map((r) => ({ ...(JSON.parse(r.doc) as Entity), quoteCount: r.quote_count })),
        total: count('SELECT count(*) FROM entities'),
        limit,
        offset,
      }))
    },

    search(query, request) {
      const { limit, offset } = pageBounds(request)
      return guard('search', (): SearchPage => {
        const match = ftsQuery(query)
        if (!match) return { items: [], total: 0, limit, offset, order: 'relevance' }
        const total = count(
          `SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ${SEARCH_COUNT_CAP})`,
          match,
        )
        // bm25 ranking costs a pass over every match: beyond the cap, newest first keeps a common word fast.
        const order = total < SEARCH_COUNT_CAP ? 'relevance' : 'newest'
        const rows = db
          .prepare(
            `SELECT ${SUMMARY_COLUMNS}, snippet(articles_fts, 1, char(1), char(2), '…', 24) AS snippet
             FROM articles_fts f JOIN articles a ON a.seq = f.rowid LEFT JOIN assessments s ON s.id = a.id
             WHERE articles_fts MATCH ? AND a.superseded_by IS NULL
             ORDER BY ${order === 'relevance' ? 'f.rank' : 'f.rowid DESC'} LIMIT ? OFFSET ?`,
          )
          .all(match, limit, offset) as Array<SummaryRow & { snippet: string }>
        return { items: rows.map((r) => ({ article: toSummary(r), snippet: r.snippet })), total, limit, offset, order }
      })
    },

    stats() {
      return guard('stats', (): StoreStats => {
        const maxSeq = count('SELECT coalesce(max(seq), 0) FROM articles WHERE superseded_by IS NULL')
        const derivedSeq = Number(q.getMeta.get('derived_seq') ?? 0)
        return {
          articles: count('SELECT count(*) FROM articles WHERE superseded_by IS NULL'),
          superseded: count('SELECT count(*) FROM articles WHERE superseded_by IS NOT NULL'),
          stories: count('SELECT count(*) FROM stories'),
          entities: count('SELECT count(*) FROM entities'),
          quotes: count('SELECT count(*) FROM quotes'),
          relations: count('SELECT count(*) FROM relations'),
          findings: count('SELECT count(*) FROM findings'),
          errors: count('SELECT count(*) FROM errors'),
          derivedStale: maxSeq > derivedSeq,
          schemaVersion,
        }
      })
    },

    checkIntegrity() {
      return guard('checkIntegrity', () => {
        const problems: string[] = []
        const result = db.pragma('integrity_check', { simple: true })
        if (result !== 'ok') problems.push(`integrity_check: ${String(result)}`)
        try {
          db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run()
        } catch (error) {
          if (!options.readonly) problems.push(`full-text index: ${(error as Error).message}`)
        }
        const articles = count('SELECT count(*) FROM articles')
        const indexed = count('SELECT count(*) FROM articles_fts_docsize')
        if (articles !== indexed) problems.push(`${articles} articles but ${indexed} in the search index`)
        for (const row of db.prepare('SELECT id, doc FROM articles').iterate() as Iterable<{
          id: string
          doc: string
        }>) {
          try {
            if ((JSON.parse(row.doc) as { id?: unknown }).id !== row.id)
              problems.push(`article ${row.id}: doc id differs`)
          } catch {
            problems.push(`article ${row.id}: doc is not JSON`)
          }
        }
        const dangling = count(
          'SELECT count(*) FROM articles a WHERE a.superseded_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.id = a.superseded_by)',
        )
        if (dangling) problems.push(`${dangling} version links point to missing articles`)
        const fk = db.pragma('foreign_key_check') as unknown[]
        if (fk.length) problems.push(`${fk.length} foreign key violations`)
        return problems
      })
    },

    close() {
      return guard('close', () => {
        db.close()
      })
    },
  }
}
