/**
 * Markdown rendering of a dossier: a briefing for people reading it in an editor, a ticket or an e-mail. It leads
 * with what a reader acts on (conflicts, altered quotes, the least credible reports and why), then the stories,
 * who said what, and what is corroborated.
 */
import type { Dossier, Relation } from '../model/index.js'
import { escapeMarkdown as md } from './escape.js'

type DossierArticle = Dossier['articles'][number]

/** Opening and closing quotation marks and the comma a quote ends on inside them. */
const QUOTE_EDGES = /^[\s"“”„«»']+|[\s"“”„«»',]+$/g

function short(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}

/** A quoted excerpt: the text without its own quotation marks, in one pair of curly quotes. */
function quoted(text: string, max = 200): string {
  return `“${md(short(text.replace(QUOTE_EDGES, ''), max))}”`
}

/** " (headline)" after the article's label when the statement is its headline, not a sentence of its text. */
function headline(ref: Relation['from']): string {
  return ref.field === 'title' ? ' (headline)' : ''
}

function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : 'undated'
}

function fileName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source
}

const SEVERITY_ORDER = { alert: 0, warning: 1, info: 2 } as const
const RELATION_TITLES: Array<[Relation['kind'], string]> = [
  ['contradicts', 'Conflicts'],
  ['altered-quote', 'Quotes altered between outlets'],
  ['agrees', 'Agreements'],
  ['same-quote', 'The same quote in several outlets'],
]

/** Renders the dossier as Markdown. */
export function renderMarkdown(dossier: Dossier): string {
  const byId = new Map(dossier.articles.map((a) => [a.id, a]))
  /** "Outlet (file)" for an article: the outlet when known, always something a reader can find. */
  const label = (id: string): string => {
    const a = byId.get(id)
    if (!a) return md(id)
    return a.outlet ? md(a.outlet) : `\`${fileName(a.source).replace(/`/g, "'")}\``
  }
  const score = (a: DossierArticle | undefined) => (a ? a.credibility.score.toFixed(2) : '—')
  const out: string[] = []
  const count = (kind: Relation['kind']) => dossier.relations.filter((r) => r.kind === kind).length

  out.push('# Triangulate dossier', '')
  out.push(
    `${dossier.articles.length} articles in ${dossier.stories.length} stories; ${dossier.quotes.length} quotes, ` +
      `${dossier.entities.length} people, organisations and places; ${count('contradicts')} conflicts, ` +
      `${count('altered-quote')} altered quotes, ${count('agrees') + count('same-quote')} agreements; ` +
      `${dossier.findings.length} findings. Generated ${dossier.generatedAt}.`,
    '',
    'Scores run from 0 (do not trust) to 1 (no reason to doubt); every finding below quotes the words it is about.',
    '',
  )

  out.push(
    '## Articles by credibility',
    '',
    '| score | title | outlet | date | story | findings |',
    '| ---: | --- | --- | --- | --- | ---: |',
  )
  const storyOf = new Map(dossier.stories.flatMap((s) => s.articles.map((a) => [a, s] as const)))
  for (const a of [...dossier.articles].sort((x, y) => x.credibility.score - y.credibility.score)) {
    const copy = a.copyOf ? ` (copy of ${label(a.copyOf)})` : ''
    out.push(
      `| ${score(a)} | ${md(short(a.title ?? '(untitled)', 90))}${copy} | ${label(a.id)} | ${day(a.published)} | ` +
        `${md(short(storyOf.get(a.id)?.title ?? '', 50))} | ${a.credibility.findings.length} |`,
    )
  }
  out.push('')

  // What a reader acts on first: the findings of the doubtful articles, with the words they are about.
  const findingsByArticle = new Map<string, Dossier['findings']>()
  for (const f of dossier.findings) findingsByArticle.set(f.article, [...(findingsByArticle.get(f.article) ?? []), f])
  const doubtful = [...dossier.articles]
    .filter((a) => (findingsByArticle.get(a.id) ?? []).some((f) => f.severity !== 'info'))
    .sort((x, y) => x.credibility.score - y.credibility.score)
  if (doubtful.length) {
    out.push('## Why these reports are in doubt', '')
    for (const a of doubtful) {
      out.push(`### ${score(a)} — ${md(a.title ?? fileName(a.source))} (${label(a.id)})`, '')
      if (a.credibility.reputation)
        out.push(
          `Outlet reputation: ${md(a.credibility.reputation.outlet)} is rated “${md(a.credibility.reputation.status)}” (${md(a.credibility.reputation.source)}).`,
          '',
        )
      const list = [...(findingsByArticle.get(a.id) ?? [])].sort(
        (x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity],
      )
      for (const f of list) {
        const words = f.span ? ` — ${quoted(a.text.slice(f.span[0], f.span[1]), 160)}` : ''
        out.push(`- **${f.severity}** ${md(f.message)}${words} \`${f.rule}\``)
      }
      const signals = (a.credibility.contributions ?? []).filter((c) => Math.abs(c.weight) >= 0.05)
      if (signals.length)
        out.push(
          '',
          `Score built from: ${signals.map((c) => `${md(c.signal)} ${c.weight > 0 ? '+' : ''}${c.weight.toFixed(2)}`).join(', ')}.`,
        )
      out.push('')
    }
  }

  for (const [kind, title] of RELATION_TITLES) {
    const relations = dossier.relations.filter((r) => r.kind === kind)
    if (!relations.length) continue
    out.push(`## ${title}`, '')
    for (const r of relations)
      out.push(
        `- ${label(r.from.article)}${headline(r.from)}: ${quoted(r.from.text, 140)}`,
        `  ${kind === 'contradicts' ? '✗' : kind === 'altered-quote' ? '≠' : '='} ${label(r.to.article)}${headline(r.to)}: ${quoted(r.to.text, 140)}`,
        `  — ${md(r.note)}`,
      )
    out.push('')
  }

  out.push('## Stories', '')
  for (const s of dossier.stories) {
    const articles = s.articles.map((id) => byId.get(id)).filter((a): a is DossierArticle => Boolean(a))
    const outlets = [...new Set(articles.map((a) => a.outlet).filter(Boolean))]
    const span = s.start
      ? `${day(s.start)}${s.end && day(s.end) !== day(s.start) ? ` to ${day(s.end)}` : ''}`
      : 'undated'
    out.push(`### ${md(s.title)}`, '')
    out.push(
      `${articles.length} article(s), ${span}${outlets.length ? `; outlets: ${outlets.map((o) => md(o as string)).join(', ')}` : ''}.`,
      '',
    )
    for (const a of articles)
      out.push(`- ${score(a)} ${md(a.title ?? fileName(a.source))} — ${label(a.id)}, ${day(a.published)}`)
    out.push('')
  }

  out.push('## Who said what', '')
  const entityName = new Map(dossier.entities.map((e) => [e.id, e]))
  const bySpeaker = new Map<string, Dossier['quotes']>()
  for (const q of dossier.quotes) {
    const key = q.speaker?.entity ?? q.speaker?.name ?? '(unattributed)'
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q])
  }
  for (const [key, quotes] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length)) {
    const entity = entityName.get(key)
    const name = entity?.name ?? quotes[0]?.speaker?.name ?? key
    const roles = entity?.roles.length
      ? entity.roles
      : [quotes.find((q) => q.speaker?.role)?.speaker?.role].filter(Boolean)
    out.push(`### ${md(name)}${roles.length ? ` (${roles.map((r) => md(r as string)).join('; ')})` : ''}`, '')
    for (const q of quotes)
      out.push(`- ${quoted(q.text)} — ${label(q.article)} (${q.kind}${q.cue ? `, “${md(q.cue)}”` : ''})`)
    out.push('')
  }

  const corroborated = (dossier.corroboration ?? []).filter((c) => c.outlets.length > 1)
  if (corroborated.length) {
    out.push('## Corroborated statements', '', 'Counted by independent outlets: copies of one text count once.', '')
    for (const c of [...corroborated].sort((a, b) => b.outlets.length - a.outlets.length))
      out.push(`- ${c.outlets.length} outlets (${c.outlets.map(md).join(', ')}): ${quoted(c.statement.text, 160)}`)
    out.push('')
  }

  const quiet = dossier.findings.filter((f) => !doubtful.some((a) => a.id === f.article))
  if (quiet.length) {
    out.push('## Other findings', '')
    for (const f of quiet) {
      const a = byId.get(f.article)
      const words = f.span && a ? ` — ${quoted(a.text.slice(f.span[0], f.span[1]), 120)}` : ''
      out.push(`- ${label(f.article)}: **${f.severity}** ${md(f.message)}${words} \`${f.rule}\``)
    }
    out.push('')
  }

  if (dossier.errors?.length) {
    out.push('## Inputs that could not be read', '')
    for (const e of dossier.errors) out.push(`- ${md(e.source)}: ${md(e.reason)}`)
    out.push('')
  }
  return out.join('\n')
}
