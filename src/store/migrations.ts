/**
 * The SQLite schema as numbered migrations, applied in order, each in its own transaction and recorded in
 * `schema_migrations`. Never edit a released migration: add the next one.
 *
 * Article rows are immutable (content-addressed, with raw input and search index). Everything the corpus stages
 * compute lives in the derived tables (`assessments`, `stories`, `entities`, `quotes`, `relations`, `findings`,
 * `corroboration`, `links`), which `saveDerived` keeps in step with the corpus.
 */

/** One schema change. */
export interface Migration {
  version: number
  name: string
  sql: string
}

/** Every migration, oldest first. */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, versions, full-text search, derived corpus tables',
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  version_key TEXT NOT NULL,
  url TEXT,
  outlet TEXT,
  title TEXT,
  published TEXT,
  source TEXT NOT NULL,
  text TEXT NOT NULL,
  raw TEXT NOT NULL,
  doc TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  previous TEXT REFERENCES articles(id),
  superseded_by TEXT REFERENCES articles(id)
);
CREATE INDEX articles_version_key ON articles(version_key, seq);
CREATE INDEX articles_current ON articles(superseded_by, seq);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE errors (id INTEGER PRIMARY KEY, source TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL);

CREATE TABLE assessments (id TEXT PRIMARY KEY, score REAL NOT NULL, story TEXT, copy_of TEXT, doc TEXT NOT NULL);

CREATE TABLE stories (
  id TEXT PRIMARY KEY, sort_key TEXT NOT NULL, last_seq INTEGER NOT NULL, article_count INTEGER NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX stories_newest ON stories(sort_key DESC, last_seq DESC);

CREATE TABLE entities (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, quote_count INTEGER NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX entities_quotes ON entities(quote_count DESC, id);

CREATE TABLE quotes (id TEXT PRIMARY KEY, article TEXT NOT NULL, entity TEXT, published TEXT, doc TEXT NOT NULL);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_entity ON quotes(entity, published);

CREATE TABLE relations (id TEXT PRIMARY KEY, kind TEXT NOT NULL, doc TEXT NOT NULL);
CREATE TABLE findings (id TEXT PRIMARY KEY, article TEXT NOT NULL, doc TEXT NOT NULL);
CREATE INDEX findings_article ON findings(article);
CREATE TABLE corroboration (id TEXT PRIMARY KEY, doc TEXT NOT NULL);

-- Which articles a derived item touches: story members, both sides of a relation, corroborating articles.
CREATE TABLE links (kind TEXT NOT NULL, item TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (kind, item, article))
  WITHOUT ROWID;
CREATE INDEX links_article ON links(article, kind);
`,
  },
  {
    version: 2,
    name: 'source hash: skip an input stored before without running the article stages',
    sql: `
ALTER TABLE articles ADD COLUMN source_hash TEXT;
CREATE INDEX articles_source_hash ON articles(source_hash) WHERE source_hash IS NOT NULL;
`,
  },
]
