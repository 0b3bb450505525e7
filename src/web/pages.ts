/**
 * The pages of the web app as HTML fragments: stories, a story, an article, a person, people, search. The server
 * wraps each in `page()`; the static report puts them all in one file as sections. Links go through `Links`, so
 * the same fragment points to `/stories/s1` on the server and to `#story-s1` in the static file.
 */
import type { Entity, Quote, Relation } from '../model/index.js'
import { escapeHtml as h } from '../report/escape.js'
import type {
  ArticleDetail,
  ArticleSummary,
  EntityDetail,
  Page,
  SearchPage,
  StoreStats,
  StoryDetail,
  StorySummary,
} from '../store/types.js'
import { wordDiff } from './diff.js'
import { type Highlight, highlight, safeHref, scoreBadge } from './layout.js'

/** Where each kind of page lives. */
export interface Links {
  story(id: string): string
  article(id: string): string
  /** A quote inside its article page. */
  quote(articleId: string, quoteId: string): string
  person(id: string): string
  /** Another page of a paged list, or null when the list is not paged (static report). */
  listPage(kind: 'stories' | 'people' | 'search', offset: number, query?: string): string | null
}

/** The element id of a quote's mark in the article text. */
export function quoteAnchor(quoteId: string): string {
  return `quote-${quoteId}`
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : 'undated'
}

function dateRange(start: string | null, end: string | null): string {
  if (!start && !end) return 'undated'
  const a = day(start ?? end)
  const b = day(end ?? start)
  return a === b ? a : `${a} – ${b}`
}

function articleLabel(a: ArticleSummary): string {
  return a.outlet ?? a.title ?? a.source
}

function articleLink(links: Links, a: ArticleSummary | undefined, id: string): string {
  return `<a href="${h(links.article(id))}">${h(a ? articleLabel(a) : id)}</a>`
}

function pager(links: Links, kind: 'stories' | 'people' | 'search', list: Page<unknown>, query?: string): string {
  const parts: string[] = []
  const prev = list.offset > 0 ? links.listPage(kind, Math.max(0, list.offset - list.limit), query) : null
  const next = list.offset + list.limit < list.total ? links.listPage(kind, list.offset + list.limit, query) : null
  if (prev) parts.push(`<a href="${h(prev)}" rel="prev">← newer</a>`)
  if (next) parts.push(`<a href="${h(next)}" rel="next">older →</a>`)
  return parts.length ? `<p class="pager">${parts.join('')}</p>` : ''
}

/** Counts at the top of the home page, and a warning when an ingest was interrupted. */
export function renderStats(stats: StoreStats): string {
  const banner = stats.derivedStale
    ? '<p class="banner">Some stored articles are not yet in the stories, relations and findings below (an ingest was interrupted). Run <code>triangulate ingest</code> again to catch up.</p>'
    : ''
  return `${banner}<div class="grid">
<div class="stat"><b>${stats.articles}</b>articles</div>
<div class="stat"><b>${stats.stories}</b>stories</div>
<div class="stat"><b>${stats.quotes}</b>quotes</div>
<div class="stat"><b>${stats.entities}</b>people</div>
<div class="stat"><b>${stats.relations}</b>relations</div>
<div class="stat"><b>${stats.findings}</b>findings</div></div>`
}

/** The story list, newest first, with outlets, dates and counts. */
export function renderStories(stories: Page<StorySummary>, links: Links): string {
  if (stories.total === 0)
    return '<h2>Stories</h2><p class="muted">No stories yet. Add articles with <code>triangulate ingest</code>.</p>'
  const rows = stories.items
    .map(
      (s) =>
        `<tr><td><a href="${h(links.story(s.id))}">${h(s.title)}</a></td><td class="small" style="white-space:nowrap">${h(dateRange(s.start, s.end))}</td><td>${s.articleCount}</td><td class="small">${h(s.outlets.join(', ') || '—')}</td></tr>`,
    )
    .join('')
  return `<h2 id="stories">Stories <span class="muted small">${stories.total}, newest first</span></h2>
<table><tr><th>story</th><th>dates</th><th>articles</th><th>outlets</th></tr>${rows}</table>${pager(links, 'stories', stories)}`
}

function timeline(detail: StoryDetail, links: Links): string {
  const dated = detail.articles.filter((a) => a.published)
  const times = dated.map((a) => Date.parse(a.published as string)).filter((t) => !Number.isNaN(t))
  const min = Math.min(...times)
  const max = Math.max(...times)
  const byOutlet = new Map<string, ArticleSummary[]>()
  for (const a of detail.articles) {
    const key = a.outlet ?? 'unknown outlet'
    byOutlet.set(key, [...(byOutlet.get(key) ?? []), a])
  }
  const lanes = [...byOutlet]
    .map(([outlet, list]) => {
      const dots = list
        .map((a, i) => {
          const t = a.published ? Date.parse(a.published) : Number.NaN
          // Undated articles sit at the left edge, spread a little so they stay clickable.
          const left = Number.isNaN(t) ? 2 + i * 3 : max > min ? 3 + ((t - min) / (max - min)) * 94 : 50
          return `<a class="dot" style="left:${left.toFixed(1)}%" href="${h(links.article(a.id))}" title="${h(`${a.title ?? '(untitled)'} — ${day(a.published)}`)}"></a>`
        })
        .join('')
      return `<div class="lane"><span class="outlet" title="${h(outlet)}">${h(outlet)} <span class="muted">(${list.length})</span></span><span class="track">${dots}</span></div>`
    })
    .join('')
  const axis = times.length
    ? `<div class="axis"><span>${h(day(new Date(min).toISOString()))}</span><span>${h(day(new Date(max).toISOString()))}</span></div>`
    : '<div class="axis"><span>no publication dates known</span></div>'
  return `<div class="timeline">${lanes}${axis}</div>`
}

function diffHtml(before: string, after: string): string {
  return wordDiff(before, after)
    .map((p) =>
      p.op === 'same' ? h(p.text) : p.op === 'removed' ? `<del>${h(p.text)}</del>` : `<ins>${h(p.text)}</ins>`,
    )
    .join(' ')
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

function relationCard(r: Relation, byId: Map<string, ArticleSummary>, links: Links): string {
  const side = (s: Relation['from']) =>
    `<blockquote>${s.field === 'title' ? '<span class="small muted">headline:</span> ' : ''}${h(s.text)}<div class="small muted">— ${articleLink(links, byId.get(s.article), s.article)}</div></blockquote>`
  return `<div class="card"><span class="rel ${h(r.kind)}">${h(r.kind)}</span> <span class="small muted">${h(r.note)} · ${h(r.rule)} · ${r.confidence.toFixed(2)}</span>${side(r.from)}${side(r.to)}${
    r.kind === 'altered-quote' ? `<p class="small">Word difference: ${diffHtml(r.from.text, r.to.text)}</p>` : ''
  }</div>`
}

/** A quote with the variants other articles carry (same or altered words), and its place in its article. */
function quoteBlock(q: Quote, variants: Relation[], byId: Map<string, ArticleSummary>, links: Links): string {
  const rows = variants
    .map((r) => {
      const mine = r.from.article === q.article && overlaps(r.from.span, q.span)
      const other = mine ? r.to : r.from
      const diff =
        r.kind === 'altered-quote'
          ? `<div class="small">${mine ? diffHtml(q.text, other.text) : diffHtml(other.text, q.text)}</div>`
          : ''
      return `<li><span class="rel ${h(r.kind)}">${h(r.kind)}</span> ${articleLink(links, byId.get(other.article), other.article)}${diff}</li>`
    })
    .join('')
  const a = byId.get(q.article)
  return `<blockquote>${h(q.text)}<div class="small muted">${h(q.kind)}${q.cue ? ` · “${h(q.cue)}”` : ''} · <a class="quote-link" href="${h(links.quote(q.article, q.id))}">${h(a ? articleLabel(a) : q.article)}${a?.published ? `, ${h(day(a.published))}` : ''}</a></div>${rows ? `<ul class="small">${rows}</ul>` : ''}</blockquote>`
}

/** A story: coverage by outlet on a timeline, headlines side by side, statements, quotes with variants. */
export function renderStory(detail: StoryDetail, links: Links): string {
  const s = detail.summary
  const byId = new Map(detail.articles.map((a) => [a.id, a]))
  const parts: string[] = []
  parts.push(
    `<h2>${h(s.title)}</h2><p class="muted">${h(dateRange(s.start, s.end))} · ${s.articleCount} article(s) · ${s.outlets.length} outlet(s)${s.outlets.length ? `: ${h(s.outlets.join(', '))}` : ''}</p>`,
  )
  parts.push('<h3>Coverage by outlet</h3>', timeline(detail, links))
  parts.push(
    '<h3>Headlines side by side</h3><div class="side">',
    ...detail.articles.map(
      (a) =>
        `<div class="card"><div class="small muted">${h(a.outlet ?? 'unknown outlet')} · ${h(day(a.published))}</div><div class="headline"><a href="${h(links.article(a.id))}">${h(a.title ?? '(untitled)')}</a></div>${scoreBadge(a.score)}${a.copyOf ? ` <span class="small muted">copy of ${articleLink(links, byId.get(a.copyOf), a.copyOf)}</span>` : ''}</div>`,
    ),
    '</div>',
  )
  const statements = detail.corroboration.filter((c) => c.articles.some((a) => byId.has(a)))
  const conflicts = detail.relations.filter((r) => r.kind === 'contradicts' || r.kind === 'agrees')
  parts.push('<h3>Statements: corroboration and conflicts</h3>')
  if (!statements.length && !conflicts.length)
    parts.push('<p class="muted small">No statement is linked across articles yet.</p>')
  const statementCard = (c: (typeof statements)[number]) =>
    `<div class="card"><blockquote>${h(c.statement.text)}</blockquote><div class="small">${c.outlets.length} independent outlet(s): ${h(c.outlets.join(', '))} · ${c.articles.map((id) => articleLink(links, byId.get(id), id)).join(', ')}</div></div>`
  // Statements only one outlet carries are many and say little about agreement: folded away below the others.
  const corroborated = statements
    .filter((c) => c.outlets.length > 1)
    .sort((a, b) => b.outlets.length - a.outlets.length)
  const single = statements.filter((c) => c.outlets.length <= 1)
  parts.push(...corroborated.map(statementCard))
  if (single.length)
    parts.push(
      `<details class="card"><summary>${single.length} statement(s) reported by one outlet only</summary>${single.map(statementCard).join('')}</details>`,
    )
  for (const r of conflicts) parts.push(relationCard(r, byId, links))

  parts.push('<h3>Quotes</h3>')
  const variantsOf = (q: Quote) =>
    detail.relations.filter(
      (r) =>
        (r.kind === 'same-quote' || r.kind === 'altered-quote') &&
        ((r.from.article === q.article && overlaps(r.from.span, q.span)) ||
          (r.to.article === q.article && overlaps(r.to.span, q.span))),
    )
  const bySpeaker = new Map<string, Quote[]>()
  for (const q of detail.quotes) {
    const key = q.speaker?.entity ?? q.speaker?.name ?? ''
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q])
  }
  if (!detail.quotes.length) parts.push('<p class="muted small">No quotes.</p>')
  for (const [key, quotes] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length)) {
    const speaker = quotes[0]?.speaker
    const name = speaker
      ? speaker.entity
        ? `<a href="${h(links.person(speaker.entity))}">${h(speaker.name)}</a>`
        : h(speaker.name)
      : '(unattributed)'
    const role = quotes.find((q) => q.speaker?.role)?.speaker?.role
    parts.push(
      `<div class="card" data-speaker="${h(key)}"><strong>${name}</strong>${role ? ` <span class="muted">(${h(role)})</span>` : ''} <span class="muted small">${quotes.length} quote(s)</span>${quotes.map((q) => quoteBlock(q, variantsOf(q), byId, links)).join('')}</div>`,
    )
  }
  return parts.join('\n')
}

/** An article: clean text with quotes, entities and findings highlighted, the score and why, the original. */
export function renderArticle(detail: ArticleDetail, links: Links): string {
  const a = detail.summary
  const related = new Map([...detail.related, ...detail.versions].map((r) => [r.id, r]))
  const url = safeHref(a.url)
  const parts: string[] = []
  parts.push(
    `<h2>${scoreBadge(a.score)} ${h(a.title ?? '(untitled)')}</h2>
<p class="small muted">${h(a.outlet ?? 'unknown outlet')} · ${h(detail.byline ?? 'no byline')} · ${h(a.published ?? 'undated')} · ${url ? `<a href="${h(url)}" rel="noopener noreferrer nofollow">${h(a.url)}</a>` : h(a.url ?? a.source)}${a.story ? ` · <a href="${h(links.story(a.story))}">story</a>` : ''}${a.copyOf ? ` · copy of ${articleLink(links, related.get(a.copyOf), a.copyOf)}` : ''}</p>`,
  )
  if (detail.versions.length > 1) {
    parts.push(
      `<p class="small">Versions: ${detail.versions
        .map((v, i) =>
          v.id === a.id
            ? `<strong>v${i + 1} (this, ${h(day(v.ingestedAt))})</strong>`
            : `<a href="${h(links.article(v.id))}">v${i + 1} (${h(day(v.ingestedAt))})</a>`,
        )
        .join(' · ')}</p>`,
    )
  }
  const c = detail.credibility
  parts.push('<h3>Credibility and why</h3><div class="card">')
  if (!c) parts.push('<p class="muted">Not scored yet: the corpus stages have not run over this article.</p>')
  else {
    parts.push(
      `<p>Score ${scoreBadge(c.score)}${c.reputation ? ` · outlet reputation: ${h(c.reputation.outlet)} — ${h(c.reputation.status)} (${h(c.reputation.source)})` : ''}</p>`,
    )
    if (c.contributions?.length)
      parts.push(
        `<table><tr><th>signal</th><th>weight</th><th>detail</th></tr>${c.contributions
          .map(
            (x) =>
              `<tr><td>${h(x.signal)}</td><td>${x.weight >= 0 ? '+' : ''}${x.weight.toFixed(2)}</td><td class="small">${h(x.detail ?? '')}</td></tr>`,
          )
          .join('')}</table>`,
      )
  }
  if (detail.findings.length)
    parts.push(
      `<ul>${detail.findings
        .map(
          (f) =>
            `<li><span class="sev ${h(f.severity)}">${h(f.severity)}</span>${h(f.message)} <span class="small muted">${h(f.rule)}</span>${f.span ? ` <a class="small" href="#finding-${h(f.id)}">show</a>` : ''}</li>`,
        )
        .join('')}</ul>`,
    )
  else parts.push('<p class="small muted">No findings.</p>')
  parts.push('</div>')

  const marks: Highlight[] = [
    ...detail.quotes.map(
      (q): Highlight => ({
        span: q.span,
        cls: 'q',
        id: quoteAnchor(q.id),
        title: q.speaker ? `${q.speaker.name}${q.speaker.role ? `, ${q.speaker.role}` : ''}` : 'unattributed',
      }),
    ),
    ...detail.findings.flatMap((f): Highlight[] =>
      f.span ? [{ span: f.span, cls: 'f', id: `finding-${f.id}`, title: f.message }] : [],
    ),
    ...detail.mentions.map((m): Highlight => ({ span: m.span, cls: 'e', title: `${m.kind}: ${m.name}` })),
    // Speakers as the quotes name them ("she", "the spokesman"), resolved to the person.
    ...detail.quotes.flatMap((q): Highlight[] =>
      q.speaker ? [{ span: q.speaker.mentionSpan, cls: 'e', title: `person: ${q.speaker.name}` }] : [],
    ),
  ]
  parts.push(
    '<h3>Text</h3><p class="small muted"><mark class="q">quote</mark> <mark class="f">finding</mark> <mark class="e">name</mark></p>',
    `<div class="card body">${highlight(detail.text, marks)}</div>`,
  )
  if (detail.quotes.length) {
    parts.push(
      `<h3>Who is quoted</h3><ul>${detail.quotes
        .map((q) => {
          const who = q.speaker
            ? q.speaker.entity
              ? `<a href="${h(links.person(q.speaker.entity))}">${h(q.speaker.name)}</a>`
              : h(q.speaker.name)
            : '(unattributed)'
          return `<li>${who}: <a href="#${h(quoteAnchor(q.id))}">“${h(q.text.length > 140 ? `${q.text.slice(0, 139)}…` : q.text)}”</a></li>`
        })
        .join('')}</ul>`,
    )
  }
  if (detail.relations.length) {
    parts.push('<h3>Links to other reports</h3>', ...detail.relations.map((r) => relationCard(r, related, links)))
  }
  parts.push(
    `<h3>The original as received</h3><details><summary>${h(detail.extraction.method)} · ${detail.raw.length} characters${detail.extraction.warnings.length ? ` · ${h(detail.extraction.warnings.join('; '))}` : ''}</summary><pre class="raw">${h(detail.raw || '(not included)')}</pre></details>`,
  )
  return parts.join('\n')
}

/** A person: everything they are quoted saying, by date and outlet. */
export function renderPerson(detail: EntityDetail, links: Links): string {
  const e = detail.entity
  const rows = detail.quotes
    .map(
      ({ quote, article }) =>
        `<tr><td class="small">${h(day(article.published))}</td><td class="small">${h(article.outlet ?? 'unknown outlet')}</td><td><a class="quote-link" href="${h(links.quote(article.id, quote.id))}">“${h(quote.text)}”</a><div class="small muted">${h(article.title ?? '')}${quote.speaker?.role ? ` · as ${h(quote.speaker.role)}` : ''}</div></td></tr>`,
    )
    .join('')
  return `<h2>${h(e.name)} <span class="muted small">${h(e.kind)}</span></h2>
<p class="small">${e.roles.length ? `Roles: ${h(e.roles.join('; '))}` : 'No role given'}${e.aliases.length ? ` · also named: ${h(e.aliases.join(', '))}` : ''} · ${detail.quotes.length} quote(s) in ${new Set(detail.quotes.map((q) => q.article.id)).size} article(s)</p>
${rows ? `<table><tr><th>date</th><th>outlet</th><th>quote</th></tr>${rows}</table>` : '<p class="muted">No quotes.</p>'}`
}

/** People with the most quotes first. */
export function renderPeople(people: Page<Entity & { quoteCount: number }>, links: Links): string {
  if (!people.total) return '<h2>People</h2><p class="muted">Nobody is quoted yet.</p>'
  return `<h2 id="people">People <span class="muted small">${people.total}</span></h2><table><tr><th>name</th><th>roles</th><th>quotes</th></tr>${people.items
    .map(
      (p) =>
        `<tr><td><a href="${h(links.person(p.id))}">${h(p.name)}</a></td><td class="small">${h(p.roles.join('; '))}</td><td>${p.quoteCount}</td></tr>`,
    )
    .join('')}</table>${pager(links, 'people', people)}`
}

/** Search results with marked snippets. */
export function renderSearch(query: string, hits: SearchPage | null, links: Links): string {
  const form = `<form method="get" role="search"><input type="search" name="q" value="${h(query)}" aria-label="Search articles"> <button type="submit">Search</button></form>`
  if (!hits) return `<h2>Search</h2>${form}`
  const items = hits.items
    .map(({ article, snippet }) => {
      // Escape first, then turn the store's private-use markers into marks: no article text becomes markup.
      const marked = h(snippet).replaceAll('\u0001', '<mark class="q">').replaceAll('\u0002', '</mark>')
      return `<div class="card">${scoreBadge(article.score)} <a href="${h(links.article(article.id))}">${h(article.title ?? '(untitled)')}</a> <span class="small muted">${h(article.outlet ?? '')} · ${h(day(article.published))}</span><p class="small">${marked}</p></div>`
    })
    .join('')
  return `<h2>Search</h2>${form}<p class="muted small">${hits.total >= 1000 ? '1000+' : hits.total} result(s) for “${h(query)}”, ${hits.order === 'relevance' ? 'best first' : 'newest first'}</p>${items}${pager(links, 'search', hits, query)}`
}
