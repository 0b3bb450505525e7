/**
 * Interfaces of the corpus stages. Each is an index that grows one article at a time (`add`), so adding article
 * n+1 costs about the same as adding article 2; nothing compares all pairs.
 */
import type { Article, CopyLink, Corroboration, Credibility, Entity, Finding, Relation, Story } from './index.js'

/** One entity per real person/organisation/place across articles. */
export interface EntityIndex {
  /** Registers the article's mentions and speakers; returns the article with `speaker.entity` filled in. */
  add(article: Article): Article
  entities(): Entity[]
}

/** Groups articles into stories and finds copies. */
export interface StoryIndex {
  /** Assigns the article to a story (existing or new) and reports whether it copies an earlier article. */
  add(article: Article): { story: string; copyOf: CopyLink | null }
  /** The story an article is in now (a later re-check may have moved it since `add`). */
  storyOf(articleId: string): string | undefined
  stories(): Story[]
  copies(): CopyLink[]
}

/** What the cross-check stage may ask about the rest of the corpus. */
export interface CorpusView {
  article(id: string): Article | undefined
  storyOf(articleId: string): string | undefined
  /** The article this one copies (transitively, the original), or undefined. */
  copyOf(articleId: string): string | undefined
}

/** Matches statements (quotes and claims) across articles. */
export interface StatementIndex {
  /** Adds the article's statements; returns the new relations it makes with earlier articles. */
  add(article: Article, corpus: CorpusView): Relation[]
  relations(): Relation[]
  corroboration(corpus: CorpusView): Corroboration[]
}

/** What the credibility stage sees of the corpus when it judges one article. */
export interface CredibilityContext {
  corpus: CorpusView
  /** Relations that touch this article (either side). */
  relations: Relation[]
  /** Corroboration entries of this article's statements. */
  corroboration: Corroboration[]
  entities: Map<string, Entity>
  /** How many distinct (non-copy) articles mention each entity id. */
  entityArticleCount: Map<string, number>
  /** Other independent (non-copy) articles of the article's story, when the corpus knows its stories. */
  storyMates?: string[]
  /**
   * For each independent report that contradicts this article (by its original's id), the other independent
   * reports that contradict it too, leaving this article out: who else disputes the disputer.
   */
  contradictorsOpposed?: Map<string, string[]>
}

/** The verdict on one article. */
export interface Assessment {
  credibility: Credibility
  findings: Finding[]
}
