/**
 * The same read models the store answers, built from a dossier in memory, and the static report: one
 * self-contained `index.html` with every page of the web app as a section, linked by anchors.
 */
import type { Dossier, Entity, Quote } from '../model/index.js'
import { escapeHtml as escapeId } from '../report/escape.js'
import type {
  ArticleDetail,
  ArticleSummary,
  EntityDetail,
  StoreStats,
  StoryDetail,
  StorySummary,
} from '../store/types.js'
import { page } from './layout.js'
import {
  type Links,
  renderArticle,
  renderPeople,
  renderPerson,
  renderStats,
  renderStories,
  renderStory,
} from './pages.js'

/** The read side of a dossier, shaped like the store's answers. */
export interface DossierViews {
  stats: StoreStats
  stories: StorySummary[]
  story(id: string): StoryDetail | null
  article(id: string): ArticleDetail | null
  entity(id: string): EntityDetail | null
  people: Array<Entity & { quoteCount: number }>
}

/** Builds the read models of a dossier (newest stories first, as the store lists them). */
export function dossierViews(dossier: Dossier): DossierViews {
  const storyOf = new Map<string, string>()
  for (const s of dossier.stories) for (const a of s.articles) storyOf.set(a, s.id)
  const summaries = new Map<string, ArticleSummary>(
    dossier.articles.map((a) => [
      a.id,
      {
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
        url: a.url,
        source: a.source,
        ingestedAt: dossier.generatedAt,
        score: a.credibility.score,
        story: storyOf.get(a.id) ?? null,
        copyOf: a.copyOf ?? null,
      },
    ]),
  )
  const quotesByArticle = new Map<string, Quote[]>()
  for (const q of dossier.quotes) quotesByArticle.set(q.article, [...(quotesByArticle.get(q.article) ?? []), q])
  const findingsById = new Map(dossier.findings.map((f) => [f.id, f]))
  const quoteCount = new Map<string, number>()
  for (const q of dossier.quotes)
    if (q.speaker?.entity) quoteCount.set(q.speaker.entity, (quoteCount.get(q.speaker.entity) ?? 0) + 1)
  const storySummary = (s: Dossier['stories'][number]): StorySummary => ({
    id: s.id,
    title: s.title,
    start: s.start,
    end: s.end,
    articleCount: s.articles.length,
    outlets: [...new Set(s.articles.map((id) => summaries.get(id)?.outlet).filter((o): o is string => Boolean(o)))],
  })
  // Indexes by article, so rendering every page of a large dossier stays linear.
  const articleById = new Map(dossier.articles.map((a) => [a.id, a]))
  const storyById = new Map(dossier.stories.map((s) => [s.id, s]))
  const entityById = new Map(dossier.entities.map((e) => [e.id, e]))
  const relationsByArticle = new Map<string, Dossier['relations']>()
  for (const r of dossier.relations)
    for (const side of new Set([r.from.article, r.to.article]))
      relationsByArticle.set(side, [...(relationsByArticle.get(side) ?? []), r])
  const corroborationByArticle = new Map<string, NonNullable<Dossier['corroboration']>>()
  for (const c of dossier.corroboration ?? [])
    for (const a of new Set(c.articles)) corroborationByArticle.set(a, [...(corroborationByArticle.get(a) ?? []), c])
  const quotesByEntity = new Map<string, Quote[]>()
  for (const q of dossier.quotes)
    if (q.speaker?.entity) quotesByEntity.set(q.speaker.entity, [...(quotesByEntity.get(q.speaker.entity) ?? []), q])
  const unique = <T>(lists: T[][]) => [...new Set(lists.flat())]
  const people = dossier.entities
    .map((e) => ({ aliases: [], ...e, quoteCount: quoteCount.get(e.id) ?? 0 }))
    .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name))
  return {
    stats: {
      articles: dossier.articles.length,
      superseded: 0,
      stories: dossier.stories.length,
      entities: dossier.entities.length,
      quotes: dossier.quotes.length,
      relations: dossier.relations.length,
      findings: dossier.findings.length,
      errors: dossier.errors?.length ?? 0,
      derivedStale: false,
      schemaVersion: 0,
    },
    stories: dossier.stories
      .map(storySummary)
      .sort((a, b) => (b.end ?? b.start ?? '').localeCompare(a.end ?? a.start ?? '')),
    story(id) {
      const s = storyById.get(id)
      if (!s) return null
      return {
        summary: storySummary(s),
        articles: s.articles
          .flatMap((a) => summaries.get(a) ?? [])
          .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '')),
        quotes: s.articles.flatMap((a) => quotesByArticle.get(a) ?? []),
        relations: unique(s.articles.map((a) => relationsByArticle.get(a) ?? [])),
        corroboration: unique(s.articles.map((a) => corroborationByArticle.get(a) ?? [])),
      }
    },
    article(id) {
      const a = articleById.get(id)
      const summary = summaries.get(id)
      if (!a || !summary) return null
      const relations = relationsByArticle.get(id) ?? []
      const findings = a.credibility.findings.flatMap((f) => findingsById.get(f) ?? [])
      const other = new Set<string>()
      for (const r of relations) for (const side of [r.from.article, r.to.article]) if (side !== id) other.add(side)
      for (const f of findings) for (const r of f.related ?? []) if (r !== id) other.add(r)
      if (a.copyOf) other.add(a.copyOf)
      return {
        summary,
        text: a.text,
        raw: a.raw ?? '',
        byline: a.byline,
        language: a.language,
        extraction: a.extraction,
        mentions: [],
        credibility: a.credibility,
        quotes: quotesByArticle.get(id) ?? [],
        findings,
        relations,
        versions: [summary],
        related: [...other].flatMap((o) => summaries.get(o) ?? []),
      }
    },
    entity(id) {
      const e = entityById.get(id)
      if (!e) return null
      return {
        entity: { aliases: [], ...e },
        quotes: (quotesByEntity.get(id) ?? [])
          .flatMap((quote) => {
            const article = summaries.get(quote.article)
            return article ? [{ quote, article }] : []
          })
          .sort((x, y) => (x.article.published ?? '').localeCompare(y.article.published ?? '')),
      }
    },
    people,
  }
}

/** Anchor links inside the one static page. */
export const STATIC_LINKS: Links = {
  story: (id) => `#story-${id}`,
  article: (id) => `#article-${id}`,
  quote: (_article, quote) => `#quote-${quote}`,
  person: (id) => `#person-${id}`,
  listPage: () => null,
}

/** Renders the dossier as one self-contained HTML page: every web-app page as a section, linked by anchors. */
export function renderDossierHtml(dossier: Dossier): string {
  const views = dossierViews(dossier)
  const all = <T>(items: T[]) => ({ items, total: items.length, limit: items.length, offset: 0 })
  const sections: string[] = [renderStats(views.stats), renderStories(all(views.stories), STATIC_LINKS)]
  sections.push(renderPeople(all(views.people), STATIC_LINKS))
  for (const s of views.stories) {
    const detail = views.story(s.id)
    if (detail)
      sections.push(`<section class="page" id="story-${escapeId(s.id)}">${renderStory(detail, STATIC_LINKS)}</section>`)
  }
  for (const a of dossier.articles) {
    const detail = views.article(a.id)
    if (detail)
      sections.push(
        `<section class="page" id="article-${escapeId(a.id)}">${renderArticle(detail, STATIC_LINKS)}</section>`,
      )
  }
  for (const p of views.people) {
    const detail = views.entity(p.id)
    if (detail)
      sections.push(
        `<section class="page" id="person-${escapeId(p.id)}">${renderPerson(detail, STATIC_LINKS)}</section>`,
      )
  }
  if (dossier.errors?.length) {
    sections.push(
      `<h2>Inputs that could not be read</h2><ul>${dossier.errors.map((e) => `<li><code>${escapeId(e.source)}</code>: ${escapeId(e.reason)}</li>`).join('')}</ul>`,
    )
  }
  return page('Triangulate dossier', sections.join('\n'), `Generated ${dossier.generatedAt}`, {
    home: '#stories',
    people: '#people',
    search: null,
  })
}
