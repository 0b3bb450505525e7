/** Markdown rendering of a dossier: for people reading it in an editor or a ticket. */
import type { Dossier } from '../model/index.js'
import { escapeMarkdown as md } from './escape.js'

function short(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}

/** Renders the dossier as Markdown. */
export function renderMarkdown(dossier: Dossier): string {
  const byId = new Map(dossier.articles.map((a) => [a.id, a]))
  const label = (id: string) => {
    const a = byId.get(id)
    return a ? `${a.outlet ?? a.source}` : id
  }
  const out: string[] = []
  out.push('# Triangulate dossier', '')
  out.push(
    `${dossier.articles.length} articles, ${dossier.stories.length} stories, ${dossier.quotes.length} quotes, ` +
      `${dossier.relations.length} relations, ${dossier.findings.length} findings. Generated ${dossier.generatedAt}.`,
    '',
  )
  out.push(
    '## Articles by credibility',
    '',
    '| score | title | outlet | source | findings |',
    '| ---: | --- | --- | --- | ---: |',
  )
  for (const a of [...dossier.articles].sort((x, y) => x.credibility.score - y.credibility.score)) {
    out.push(
      `| ${a.credibility.score.toFixed(2)} | ${md(short(a.title ?? '(untitled)', 90))} | ${md(a.outlet ?? '—')} | ${md(a.source)} | ${a.credibility.findings.length} |`,
    )
  }
  out.push('', '## Stories', '')
  for (const s of dossier.stories) {
    out.push(`### ${md(s.title)}`, '')
    for (const id of s.articles) {
      const a = byId.get(id)
      out.push(`- ${md(a?.title ?? id)} — ${md(label(id))}${a?.published ? `, ${a.published.slice(0, 10)}` : ''}`)
    }
    out.push('')
  }
  out.push('## Who said what', '')
  const bySpeaker = new Map<string, Dossier['quotes']>()
  for (const q of dossier.quotes) {
    const key = q.speaker?.name ?? '(unattributed)'
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q])
  }
  for (const [speaker, quotes] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length)) {
    const role = quotes.find((q) => q.speaker?.role)?.speaker?.role
    out.push(`### ${md(speaker)}${role ? ` (${md(role)})` : ''}`, '')
    for (const q of quotes) out.push(`- “${md(short(q.text, 200))}” — ${md(label(q.article))} (${q.kind})`)
    out.push('')
  }
  if (dossier.relations.length) {
    out.push('## Agreements and conflicts', '')
    for (const r of dossier.relations) {
      out.push(
        `- **${r.kind}**: “${md(short(r.from.text, 120))}” (${md(label(r.from.article))}) ↔ “${md(short(r.to.text, 120))}” (${md(label(r.to.article))}) — ${md(r.note)}`,
      )
    }
    out.push('')
  }
  if (dossier.findings.length) {
    out.push('## Findings', '')
    for (const f of dossier.findings)
      out.push(`- [${f.severity}] ${md(label(f.article))}: ${md(f.message)} (\`${f.rule}\`)`)
    out.push('')
  }
  if (dossier.errors?.length) {
    out.push('## Inputs that could not be read', '')
    for (const e of dossier.errors) out.push(`- ${md(e.source)}: ${md(e.reason)}`)
    out.push('')
  }
  return out.join('\n')
}
