/**
 * HTML rendering of a dossier: one self-contained page (inline CSS, no script, strict CSP), every piece of article
 * content escaped. The web app renders its pages with the same functions.
 */
import type { Dossier, Span } from '../model/index.js'
import { escapeHtml as h } from './escape.js'

type DossierArticle = Dossier['articles'][number]

/** Content-Security-Policy for every page Triangulate renders: no scripts, no remote loads. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

export const STYLE = `
:root{--ink:#1d232b;--muted:#5d6877;--line:#dfe3e8;--bg:#f7f8fa;--card:#fff;--good:#1f7a4d;--mid:#b7791f;--bad:#c53030;--quote:#fff4c2;--accent:#2b6cb0}
*{box-sizing:border-box}body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:#1d232b;color:#fff;padding:18px 28px}header.top h1{margin:0;font-size:20px;letter-spacing:.02em}header.top p{margin:4px 0 0;color:#c3cad3}
main{max-width:1100px;margin:0 auto;padding:20px 28px 60px}h2{font-size:18px;margin:32px 0 12px;border-bottom:2px solid var(--line);padding-bottom:6px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:0 0 12px}
.muted{color:var(--muted)}.small{font-size:13px}table{border-collapse:collapse;width:100%;background:var(--card)}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.score{display:inline-block;min-width:44px;text-align:center;border-radius:12px;padding:1px 8px;color:#fff;font-weight:600;font-size:13px}
.score.good{background:var(--good)}.score.mid{background:var(--mid)}.score.bad{background:var(--bad)}
.sev{font-size:11px;text-transform:uppercase;font-weight:700;padding:1px 6px;border-radius:4px;margin-right:6px}
.sev.alert{background:#fed7d7;color:var(--bad)}.sev.warning{background:#feebc8;color:#975a16}.sev.info{background:#e2e8f0;color:#4a5568}
.rel{font-size:11px;text-transform:uppercase;font-weight:700;padding:1px 6px;border-radius:4px}
.rel.contradicts{background:#fed7d7;color:var(--bad)}.rel.agrees,.rel.same-quote{background:#c6f6d5;color:var(--good)}.rel.altered-quote{background:#feebc8;color:#975a16}
.body{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:16px;line-height:1.65;max-height:none}
mark.q{background:var(--quote);border-bottom:2px solid #ecc94b;padding:0 1px}mark.f{background:#fed7d7;border-bottom:2px solid var(--bad)}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
details>summary{cursor:pointer;font-weight:600}blockquote{margin:6px 0;padding:4px 12px;border-left:3px solid #ecc94b;background:#fffbea}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:10px}.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px}
.stat b{display:block;font-size:24px}
`

/** CSS class for a credibility score. */
export function scoreClass(score: number): 'good' | 'mid' | 'bad' {
  return score >= 0.7 ? 'good' : score >= 0.45 ? 'mid' : 'bad'
}

/** Article text with quote and finding spans marked; everything escaped. */
export function highlightText(text: string, quotes: Span[], findings: Span[]): string {
  const marks: Array<{ at: number; open: boolean; cls: string }> = []
  for (const [s, e] of quotes)
    if (s < e && e <= text.length) marks.push({ at: s, open: true, cls: 'q' }, { at: e, open: false, cls: 'q' })
  for (const [s, e] of findings)
    if (s < e && e <= text.length) marks.push({ at: s, open: true, cls: 'f' }, { at: e, open: false, cls: 'f' })
  marks.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open))
  let out = ''
  let pos = 0
  let depth = 0
  for (const m of marks) {
    out += h(text.slice(pos, m.at))
    pos = m.at
    // Nested or overlapping marks are flattened: open one mark at a time.
    if (m.open) {
      if (depth++ === 0) out += `<mark class="${m.cls}">`
    } else if (--depth === 0) out += '</mark>'
  }
  out += h(text.slice(pos))
  if (depth > 0) out += '</mark>'
  return out
}

function articleAnchor(a: DossierArticle): string {
  return `article-${a.id}`
}

/** Renders a whole page around the given body. */
export function page(title: string, body: string, subtitle = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title><style>${STYLE}</style></head>
<body><header class="top"><h1>${h(title)}</h1>${subtitle ? `<p>${h(subtitle)}</p>` : ''}</header><main>${body}</main></body></html>
`
}

/** Renders the dossier as one self-contained HTML page. */
export function renderHtml(dossier: Dossier): string {
  const byId = new Map(dossier.articles.map((a) => [a.id, a]))
  const name = (id: string) => {
    const a = byId.get(id)
    return a ? `<a href="#${articleAnchor(a)}">${h(a.outlet ?? a.title ?? a.source)}</a>` : h(id)
  }
  const parts: string[] = []
  const contradictions = dossier.relations.filter((r) => r.kind === 'contradicts').length
  parts.push(`<div class="grid">
<div class="stat"><b>${dossier.articles.length}</b>articles</div>
<div class="stat"><b>${dossier.stories.length}</b>stories</div>
<div class="stat"><b>${dossier.quotes.length}</b>quotes</div>
<div class="stat"><b>${dossier.entities.filter((e) => e.kind === 'person').length}</b>people</div>
<div class="stat"><b>${contradictions}</b>contradictions</div>
<div class="stat"><b>${dossier.findings.length}</b>findings</div></div>`)

  parts.push('<h2>Stories</h2>')
  for (const s of dossier.stories) {
    const rows = s.articles
      .map((id) => byId.get(id))
      .filter((a): a is DossierArticle => Boolean(a))
      .map(
        (a) =>
          `<tr><td><span class="score ${scoreClass(a.credibility.score)}">${a.credibility.score.toFixed(2)}</span></td><td><a href="#${articleAnchor(a)}">${h(a.title ?? '(untitled)')}</a></td><td>${h(a.outlet ?? '—')}</td><td class="small muted">${h(a.published?.slice(0, 10) ?? 'undated')}</td></tr>`,
      )
      .join('')
    parts.push(
      `<div class="card"><strong>${h(s.title)}</strong> <span class="muted small">${s.articles.length} article(s)</span><table><tr><th>score</th><th>headline</th><th>outlet</th><th>date</th></tr>${rows}</table></div>`,
    )
  }

  if (dossier.relations.length) {
    parts.push('<h2>What agrees, what conflicts</h2>')
    for (const r of dossier.relations) {
      parts.push(
        `<div class="card"><span class="rel ${h(r.kind)}">${h(r.kind)}</span> <span class="small muted">${h(r.note)}</span>
<blockquote>${h(r.from.text)}<div class="small muted">— ${name(r.from.article)}</div></blockquote>
<blockquote>${h(r.to.text)}<div class="small muted">— ${name(r.to.article)}</div></blockquote></div>`,
      )
    }
  }

  parts.push('<h2>Who said what</h2>')
  const bySpeaker = new Map<string, Dossier['quotes']>()
  for (const q of dossier.quotes) {
    const key = q.speaker?.name ?? '(unattributed)'
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q])
  }
  for (const [speaker, quotes] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length)) {
    const role = quotes.find((q) => q.speaker?.role)?.speaker?.role
    parts.push(
      `<details class="card"><summary>${h(speaker)}${role ? ` <span class="muted">(${h(role)})</span>` : ''} <span class="muted small">${quotes.length} quote(s)</span></summary>${quotes
        .map(
          (q) =>
            `<blockquote>${h(q.text)}<div class="small muted">${h(q.kind)} · ${name(q.article)}</div></blockquote>`,
        )
        .join('')}</details>`,
    )
  }

  parts.push('<h2>Articles</h2>')
  const findingsById = new Map(dossier.findings.map((f) => [f.id, f]))
  const quotesByArticle = new Map<string, Span[]>()
  for (const q of dossier.quotes) quotesByArticle.set(q.article, [...(quotesByArticle.get(q.article) ?? []), q.span])
  for (const a of dossier.articles) {
    const findings = a.credibility.findings.map((id) => findingsById.get(id)).filter((f) => f !== undefined)
    const findingSpans = findings.flatMap((f) => (f.span ? [f.span] : []))
    parts.push(`<div class="card" id="${articleAnchor(a)}">
<div><span class="score ${scoreClass(a.credibility.score)}">${a.credibility.score.toFixed(2)}</span> <strong>${h(a.title ?? '(untitled)')}</strong></div>
<div class="small muted">${h(a.outlet ?? 'unknown outlet')} · ${h(a.byline ?? 'no byline')} · ${h(a.published ?? 'undated')} · ${h(a.source)}${a.copyOf ? ` · copy of ${name(a.copyOf)}` : ''}</div>
${findings.length ? `<ul>${findings.map((f) => `<li><span class="sev ${h(f.severity)}">${h(f.severity)}</span>${h(f.message)} <span class="small muted">${h(f.rule)}</span></li>`).join('')}</ul>` : '<p class="small muted">No findings.</p>'}
<details><summary>Text</summary><div class="body">${highlightText(a.text, quotesByArticle.get(a.id) ?? [], findingSpans)}</div></details></div>`)
  }
  if (dossier.errors?.length) {
    parts.push('<h2>Inputs that could not be read</h2><ul>')
    for (const e of dossier.errors) parts.push(`<li><code>${h(e.source)}</code>: ${h(e.reason)}</li>`)
    parts.push('</ul>')
  }
  return page('Triangulate dossier', parts.join('\n'), `Generated ${dossier.generatedAt}`)
}
