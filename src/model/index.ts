/**
 * The data model shared by every stage. Plain types only: stages pass these between them and never reach into
 * each other's internals. Offsets are JavaScript string indices; a `Span` is `[start, end)` into `article.text`.
 */

/** `[start, end)` into an article's clean `text` (JavaScript string offsets). */
export type Span = [start: number, end: number]

/** What came in, before any interpretation: the bytes and where they came from. */
export interface Source {
  /** The input path or URL as the user gave it (for a JSON/JSONL record: `path#n`). */
  origin: string
  bytes: Uint8Array
  /** How to read the bytes. */
  contentType: 'html' | 'text'
  /** When the bytes were fetched (URLs) or read (files), ISO 8601. */
  fetchedAt: string
  /** Metadata supplied with the input (JSON/JSONL records, HTTP headers); wins over what extraction finds. */
  given?: Partial<Pick<Article, 'url' | 'title' | 'outlet' | 'byline' | 'published' | 'language'>>
  /** Declared charset from an HTTP header, if any. */
  charset?: string
}

/**
 * Maps offsets in `text` back to offsets in `raw`: each segment says that `text[textStart, textStart+length)`
 * equals (or was derived from, for HTML) `raw[rawStart, rawStart+length)`. Sorted by `textStart`.
 */
export interface RawMap {
  segments: Array<[textStart: number, rawStart: number, length: number]>
}

/** A person, organisation or place named in an article. */
export interface Mention {
  span: Span
  /** The words as written ("Stoltenberg", "she" is not a mention: pronouns are resolved in quotes). */
  text: string
  kind: EntityKind
  /** The fullest form of the name known in this article ("Jens Stoltenberg" for a later "Stoltenberg"). */
  name: string
  /** The role the article gives with this mention ("NATO Secretary General"), if any. */
  role: string | null
  roleSpan: Span | null
}

export type EntityKind = 'person' | 'organization' | 'place'

/** A date or time expression ("on Friday", "May 10", "in 2014"). */
export interface DateMention {
  span: Span
  text: string
  /** True for expressions that need a reference date ("on Friday", "last week"). */
  relative: boolean
  /** ISO 8601 date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all that is known), or null when unresolved. */
  resolved: string | null
}

/** An amount with its unit ("more than $50 billion", "25,000 troops"). */
export interface Figure {
  span: Span
  text: string
  value: number
  /** "USD", "EUR", "troops", "%", ... or null. */
  unit: string | null
  /** "more than", "about", "up to", ... or null. */
  qualifier: string | null
}

export type QuoteKind = 'direct' | 'mixed' | 'indirect'

/** Who said something: the resolved person and the words in the article that point to them. */
export interface Speaker {
  /** Corpus entity id, filled by the entities stage; null before. */
  entity: string | null
  /** Full name as resolved ("Julianne Smith"), even when the local mention is "she". */
  name: string
  role: string | null
  /** The local mention as written ("she", "the spokesman", "Smith"). */
  mention: string
  mentionSpan: Span
}

/** A statement attributed to a speaker. */
export interface Quote {
  /** `${article}:q${n}` */
  id: string
  article: string
  text: string
  /** From the first quoted word to the last; see `spans` when the quote is in pieces. */
  span: Span
  /** The pieces of a quote interrupted by its attribution ("“…,” Kirby said. “…”"), in order. */
  spans?: Span[]
  kind: QuoteKind
  /** The cue word(s) ("said", "told", "according to", ":"), or null. */
  cue: string | null
  cueSpan: Span | null
  speaker: Speaker | null
}

/** One article after the article stages. Everything in it is a pure function of its source. */
export interface Article {
  /** Content hash of the normalised text (see `articleId`). */
  id: string
  source: string
  url: string | null
  outlet: string | null
  title: string | null
  byline: string | null
  /** ISO 8601 or null. */
  published: string | null
  /** BCP 47 primary tag ("en", "uk", "ru") or null. */
  language: string | null
  /** The clean article body. */
  text: string
  /** The input as received, decoded to a string. */
  raw: string
  rawMap: RawMap | null
  /** How the text was obtained, and what went wrong without stopping it. */
  extraction: { method: string; warnings: string[]; empty: boolean }
  /** Sentence spans (language stage). */
  sentences: Span[]
  mentions: Mention[]
  dates: DateMention[]
  figures: Figure[]
  quotes: Quote[]
}

/** A real person, organisation or place across the corpus. */
export interface Entity {
  id: string
  name: string
  kind: EntityKind
  /** Name variants seen ("Stoltenberg", "Jens Stoltenberg"). */
  aliases: string[]
  roles: string[]
  mentions: Array<{ article: string; span: Span }>
}

/** Articles that report the same event. */
export interface Story {
  id: string
  title: string
  articles: string[]
  /** Earliest and latest publication dates of its articles, ISO 8601, when known. */
  start: string | null
  end: string | null
}

/** `copy` says the article is a near-duplicate of `of` (syndication, a page scraped twice). */
export interface CopyLink {
  article: string
  of: string
  similarity: number
}

export type RelationKind = 'same-quote' | 'altered-quote' | 'agrees' | 'contradicts'

/** A statement located in an article. */
export interface StatementRef {
  article: string
  /** Into `article.text`, or into `article.title` when `field` is `'title'`. */
  span: Span
  text: string
  /** `'title'`: the statement is the article's headline (a headline is not part of the body text). */
  field?: 'title'
}

/** A link between two statements in two articles, with the rule that made it. */
export interface Relation {
  id: string
  kind: RelationKind
  from: StatementRef
  to: StatementRef
  /** Short human reason; for altered quotes, the word-level difference. */
  note: string
  /** The rule id that made this relation. */
  rule: string
  /** 0..1 confidence of the rule. */
  confidence: number
}

/** Corroboration of one statement: which independent outlets report it. */
export interface Corroboration {
  statement: StatementRef
  outlets: string[]
  articles: string[]
}

export type Severity = 'info' | 'warning' | 'alert'

/** A credibility or consistency observation about an article, with its evidence. */
export interface Finding {
  id: string
  article: string
  rule: string
  severity: Severity
  message: string
  span?: Span
  /** Related ids: other articles, relations, quotes, entities. */
  related?: string[]
}

/** Per-article credibility: a score and what it was built from. */
export interface Credibility {
  /** 0 (do not trust) .. 1 (no reason to doubt). */
  score: number
  findings: string[]
  /** Each signal's contribution to the score, for the report ("headline-framing": -0.08). */
  contributions?: Array<{ signal: string; weight: number; detail?: string }>
  /** Outlet reputation match, if any. */
  reputation?: { outlet: string; status: string; source: string } | null
}

export const DOSSIER_SCHEMA = 'triangulate.dossier/1' as const

/** The output of `analyze`: everything Triangulate knows about a corpus. */
export interface Dossier {
  schema: typeof DOSSIER_SCHEMA
  generatedAt: string
  articles: Array<
    Omit<Article, 'raw' | 'rawMap' | 'sentences' | 'mentions' | 'quotes' | 'extraction'> & {
      raw?: string
      credibility: Credibility
      extraction: Article['extraction']
      copyOf?: string | null
    }
  >
  entities: Array<Omit<Entity, 'aliases'> & { aliases?: string[] }>
  quotes: Quote[]
  stories: Story[]
  relations: Relation[]
  corroboration?: Corroboration[]
  findings: Finding[]
  /** Inputs that could not be read, with the reason. */
  errors?: Array<{ source: string; reason: string }>
}
