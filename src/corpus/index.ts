/**
 * The in-memory corpus: runs the corpus stages (entities, stories, copies, statements, credibility) as articles
 * arrive, one `add` at a time, and builds the dossier. `analyze` is this plus `report`.
 */
import { assessCredibility, type CredibilityOptions, MATES_COMPARED } from '../credibility/index.js'
import { createStatementIndex } from '../crosscheck/index.js'
import { createEntityIndex } from '../entities/index.js'
import type { Assessment, CorpusView, CredibilityContext } from '../model/corpus.js'
import type { Article, CopyLink, Corroboration, Dossier, Entity, Finding, Relation } from '../model/index.js'
import { DOSSIER_SCHEMA } from '../model/index.js'
import { createStoryIndex } from '../stories/index.js'

/** Options of `buildDossier`. */
export interface DossierOptions {
  /** Include each article's raw input. Default false. */
  includeRaw?: boolean
  /** Fixed timestamp (tests, reproducible output). Default now. */
  generatedAt?: string
}

/** A growing corpus of analysed articles. */
export interface Corpus {
  /** Adds an article that went through the article stages; returns false when it was already there. */
  add(article: Article): boolean
  size(): number
  articles(): Article[]
  /** Notes an input that could not be read. */
  addError(source: string, reason: string): void
  /** Assesses every article and assembles the dossier. */
  dossier(options?: DossierOptions): Dossier
}

/** Options of `createCorpus`. */
export interface CorpusOptions {
  /** Options of the credibility stage (e.g. the style model). Default: the stage's defaults. */
  credibility?: CredibilityOptions
}

/** A new, empty in-memory corpus. */
export function createCorpus(corpusOptions: CorpusOptions = {}): Corpus {
  const assess = (article: Article, context: CredibilityContext) =>
    assessCredibility(article, context, corpusOptions.credibility)
  const articles = new Map<string, Article>()
  const copyOf = new Map<string, CopyLink>()
  const relationsByArticle = new Map<string, Relation[]>()
  const errors: Array<{ source: string; reason: string }> = []
  const entities = createEntityIndex()
  const stories = createStoryIndex()
  const statements = createStatementIndex()
  const assessmentCache = new Map<string, { key: string; assessment: Assessment }>()

  const view: CorpusView = {
    article: (id) => articles.get(id),
    storyOf: (id) => stories.storyOf(id),
    copyOf(id) {
      let current = copyOf.get(id)?.of
      for (let hops = 0; current && copyOf.has(current) && hops < 100; hops++) current = copyOf.get(current)?.of
      return current
    },
  }

  function link(relation: Relation): void {
    for (const side of [relation.from.article, relation.to.article]) {
      const list = relationsByArticle.get(side) ?? []
      list.push(relation)
      relationsByArticle.set(side, list)
    }
  }

  return {
    add(input: Article): boolean {
      if (articles.has(input.id)) return false
      // Entities first: stories and statements compare resolved speakers, not surface names.
      const article = entities.add(input)
      articles.set(article.id, article)
      const placed = stories.add(article)
      if (placed.copyOf) copyOf.set(article.id, placed.copyOf)
      for (const relation of statements.add(article, view)) link(relation)
      return true
    },
    size: () => articles.size,
    articles: () => [...articles.values()],
    addError(source, reason) {
      errors.push({ source, reason })
    },
    dossier(options: DossierOptions = {}): Dossier {
      const entityList = entities.entities()
      const entityMap = new Map(entityList.map((e) => [e.id, e]))
      const entityArticleCount = new Map<string, number>()
      for (const e of entityList) {
        const originals = new Set(e.mentions.map((m) => view.copyOf(m.article) ?? m.article))
        entityArticleCount.set(e.id, originals.size)
      }
      const corroboration = statements.corroboration(view)
      const corroborationByArticle = new Map<string, typeof corroboration>()
      for (const c of corroboration) {
        for (const a of c.articles) {
          const list = corroborationByArticle.get(a) ?? []
          list.push(c)
          corroborationByArticle.set(a, list)
        }
      }
      // Which entities each article mentions: its assessment depends on how widely they are known.
      const entitiesOf = new Map<string, Set<string>>()
      for (const e of entityList)
        for (const m of e.mentions) {
          const set = entitiesOf.get(m.article) ?? new Set<string>()
          set.add(e.id)
          entitiesOf.set(m.article, set)
        }
      const findings: Finding[] = []
      const assessed = new Map<string, Assessment>()
      const storyMembers = new Map(stories.stories().map((s) => [s.id, s.articles]))
      // The independent reports that contradict each article (copies count as their original).
      const originalOf = (id: string) => view.copyOf(id) ?? id
      // Read once per article: a report that contradicts many is asked about by each of them.
      const contradictorsKnown = new Map<string, string[]>()
      const contradictorsOf = (id: string): string[] => {
        const known = contradictorsKnown.get(id)
        if (known) return known
        const self = originalOf(id)
        const out = new Set<string>()
        for (const r of relationsByArticle.get(id) ?? []) {
          if (r.kind !== 'contradicts') continue
          const other = originalOf(r.from.article === id ? r.to.article : r.from.article)
          if (other !== self) out.add(other)
        }
        const list = [...out]
        contradictorsKnown.set(id, list)
        return list
      }
      for (const article of articles.values()) {
        // Who else disputes each report that disputes this one.
        const self = originalOf(article.id)
        const contradictorsOpposed = new Map(
          contradictorsOf(article.id).map((o) => [o, contradictorsOf(o).filter((x) => x !== self)] as const),
        )
        // The first reports of its story, the ones the credibility stage compares it with (and its cache key).
        const storyMates = (storyMembers.get(view.storyOf(article.id) ?? '') ?? [])
          .filter((id) => id !== article.id && !view.copyOf(id) && view.copyOf(article.id) !== id)
          .slice(0, MATES_COMPARED)
        const relations = relationsByArticle.get(article.id) ?? []
        const corroborated = corroborationByArticle.get(article.id) ?? []
        // An assessment is a function of the article and this part of the corpus; when that part is unchanged since
        // the last dossier, the last assessment stands. A store that grows one article at a time then re-judges only
        // the articles the newcomer touched, not the whole corpus.
        const key = contextKey(
          article.id,
          relations,
          corroborated,
          entitiesOf.get(article.id),
          entityMap,
          entityArticleCount,
          view,
        )
          .concat(`\nm${storyMates.join(',')}`)
          .concat(Array.from(contradictorsOpposed, ([o, list]) => `\no${o}:${list.join(',')}`).join(''))
        const cached = assessmentCache.get(article.id)
        const assessment =
          cached && cached.key === key
            ? cached.assessment
            : assess(article, {
                corpus: view,
                relations,
                corroboration: corroborated,
                entities: entityMap,
                entityArticleCount,
                storyMates,
                contradictorsOpposed,
              })
        assessmentCache.set(article.id, { key, assessment })
        assessed.set(article.id, assessment)
        findings.push(...assessment.findings)
      }
      return {
        schema: DOSSIER_SCHEMA,
        generatedAt: options.generatedAt ?? new Date().toISOString(),
        articles: [...articles.values()].map((a) => {
          const { raw, rawMap: _map, sentences: _s, mentions: _m, quotes: _q, ...rest } = a
          return {
            ...rest,
            ...(options.includeRaw ? { raw } : {}),
            copyOf: view.copyOf(a.id) ?? null,
            credibility: (assessed.get(a.id) as Assessment).credibility,
          }
        }),
        entities: entityList,
        quotes: [...articles.values()].flatMap((a) => a.quotes),
        stories: stories.stories(),
        relations: statements.relations(),
        corroboration,
        findings,
        errors: [...errors],
      }
    },
  }
}

/** What an article's assessment reads of the corpus, as a string: equal keys give equal assessments. */
function contextKey(
  articleId: string,
  relations: Relation[],
  corroboration: Corroboration[],
  mentioned: Set<string> | undefined,
  entities: Map<string, Entity>,
  entityArticleCount: Map<string, number>,
  view: CorpusView,
): string {
  const parts: string[] = [view.copyOf(articleId) ?? '', view.storyOf(articleId) ?? '']
  for (const r of relations)
    parts.push(
      `r${r.id}:${r.kind}:${r.from.article}:${r.to.article}:${view.copyOf(r.from.article) ?? ''}:${view.copyOf(r.to.article) ?? ''}`,
    )
  for (const c of corroboration)
    parts.push(`c${c.statement.article}:${c.statement.span.join(',')}:${c.outlets.join('|')}:${c.articles.length}`)
  for (const id of mentioned ?? []) {
    const e = entities.get(id)
    parts.push(
      `e${id}:${entityArticleCount.get(id) ?? 0}:${e ? [e.name, ...(e.aliases ?? []), ...e.roles].join('|') : ''}`,
    )
  }
  return parts.join('\n')
}
