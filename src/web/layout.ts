/**
 * The page shell every Triangulate page shares (web app and static report): inline CSS, no script, a strict
 * Content-Security-Policy, and the text highlighter. Article content is untrusted: it only ever goes through
 * `escapeHtml`, never into markup as it is.
 */
import type { Span } from '../model/index.js'
import { escapeHtml as h } from '../report/escape.js'

/** Content-Security-Policy for every page Triangulate renders: no scripts, no remote loads, no framing. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

/** The policy of server pages: the same, plus the same-origin enhancement script (never inline script). */
export const SERVER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "default-src 'none';",
  "default-src 'none'; script-src 'self';",
)

/** The one stylesheet, inlined in every page. */
export const STYLE = `
:root{--ink:#1d232b;--muted:#5d6877;--line:#dfe3e8;--bg:#f7f8fa;--card:#fff;--good:#1f7a4d;--mid:#b7791f;--bad:#c53030;--quote:#fff4c2;--accent:#2b6cb0}
*{box-sizing:border-box}body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:#1d232b;color:#fff;padding:14px 28px;display:flex;flex-wrap:wrap;gap:18px;align-items:center}header.top h1{margin:0;font-size:19px;letter-spacing:.02em}
header.top h1 a{color:#fff}header.top p{margin:0;color:#c3cad3;font-size:13px}header.top nav a{color:#cfe0f5;margin-right:14px}
header.top form{margin-left:auto}header.top input{padding:5px 8px;border-radius:4px;border:0;width:220px}
main{max-width:1100px;margin:0 auto;padding:20px 28px 60px}h2{font-size:18px;margin:32px 0 12px;border-bottom:2px solid var(--line);padding-bottom:6px}
section.page{border-top:4px solid var(--line);margin-top:40px;padding-top:8px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:0 0 12px}
.muted{color:var(--muted)}.small{font-size:13px}table{border-collapse:collapse;width:100%;background:var(--card)}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.score{display:inline-block;min-width:44px;text-align:center;border-radius:12px;padding:1px 8px;color:#fff;font-weight:600;font-size:13px}
.score.good{background:var(--good)}.score.mid{background:var(--mid)}.score.bad{background:var(--bad)}.score.none{background:#a0aec0}
.sev{font-size:11px;text-transform:uppercase;font-weight:700;padding:1px 6px;border-radius:4px;margin-right:6px}
.sev.alert{background:#fed7d7;color:var(--bad)}.sev.warning{background:#feebc8;color:#975a16}.sev.info{background:#e2e8f0;color:#4a5568}
.rel{font-size:11px;text-transform:uppercase;font-weight:700;padding:1px 6px;border-radius:4px}
.rel.contradicts{background:#fed7d7;color:var(--bad)}.rel.agrees,.rel.same-quote{background:#c6f6d5;color:var(--good)}.rel.altered-quote{background:#feebc8;color:#975a16}
.body{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:16px;line-height:1.65}
pre.raw{white-space:pre-wrap;word-break:break-word;background:#f1f3f5;border:1px solid var(--line);padding:12px;font-size:12px;max-height:480px;overflow:auto}
mark{padding:0 1px}mark.q{background:var(--quote);border-bottom:2px solid #ecc94b}mark.f{background:#fed7d7;border-bottom:2px solid var(--bad)}mark.e{background:#e6f0fb;border-bottom:1px dotted var(--accent)}
mark.q:target{outline:2px solid var(--accent)}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
details>summary{cursor:pointer;font-weight:600}blockquote{margin:6px 0;padding:4px 12px;border-left:3px solid #ecc94b;background:#fffbea}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:10px}.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px}
.stat b{display:block;font-size:24px}
.side{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:10px}.side .card{margin:0}.side .headline{font-family:Georgia,serif;font-size:17px;font-weight:600;margin:4px 0}
.timeline{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 18px}.lane{display:flex;align-items:center;height:30px;border-bottom:1px dashed var(--line)}
.lane .outlet{width:180px;flex:none;font-size:13px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.lane .track{position:relative;flex:1;height:100%}
.lane .dot{position:absolute;top:8px;width:14px;height:14px;border-radius:50%;margin-left:-7px;background:var(--accent);border:2px solid #fff;box-shadow:0 0 0 1px var(--accent)}
.axis{display:flex;justify-content:space-between;margin-left:180px;font-size:12px;color:var(--muted)}
del{background:#fed7d7;color:#822727}ins{background:#c6f6d5;color:#22543d;text-decoration:none}
.banner{background:#feebc8;border:1px solid #f6ad55;border-radius:8px;padding:8px 14px;margin-bottom:14px}
.pager a{margin-right:12px}input.filter{margin:0 0 8px;padding:5px 8px;width:280px;border:1px solid var(--line);border-radius:4px}
`

/** What the shell needs to draw the header: where the home, people and search pages are. */
export interface Shell {
  home: string
  people: string
  /** Action of the search form, or null when there is no search (static report). */
  search: string | null
  query?: string
  /** Same-origin URL of the enhancement script, or absent for no script (static report). */
  script?: string
}

/** CSS class for a credibility score (`none` before the corpus stages scored it). */
export function scoreClass(score: number | null): 'good' | 'mid' | 'bad' | 'none' {
  if (score === null) return 'none'
  return score >= 0.7 ? 'good' : score >= 0.45 ? 'mid' : 'bad'
}

/** The score badge. */
export function scoreBadge(score: number | null): string {
  return `<span class="score ${scoreClass(score)}" title="credibility score">${score === null ? '—' : score.toFixed(2)}</span>`
}

/** A highlight in article text: a span, its CSS class, and optional id and tooltip. */
export interface Highlight {
  span: Span
  cls: 'q' | 'f' | 'e'
  id?: string
  title?: string
}

/**
 * Article text with highlights as `<mark>` elements; everything escaped. Overlapping highlights are flattened:
 * one mark is open at a time, and the one that starts first wins (quotes before findings before entities on ties).
 */
export function highlight(text: string, highlights: Highlight[]): string {
  const order = { q: 0, f: 1, e: 2 }
  const valid = highlights
    .filter((m) => m.span[0] >= 0 && m.span[0] < m.span[1] && m.span[1] <= text.length)
    .sort((a, b) => a.span[0] - b.span[0] || order[a.cls] - order[b.cls] || b.span[1] - a.span[1])
  let out = ''
  let pos = 0
  for (const m of valid) {
    if (m.span[0] < pos) continue
    out += h(text.slice(pos, m.span[0]))
    const attrs = `${m.id ? ` id="${h(m.id)}"` : ''}${m.title ? ` title="${h(m.title)}"` : ''}`
    out += `<mark class="${m.cls}"${attrs}>${h(text.slice(m.span[0], m.span[1]))}</mark>`
    pos = m.span[1]
  }
  return out + h(text.slice(pos))
}

/** Article text with quote and finding spans marked; everything escaped (the report's original signature). */
export function highlightText(text: string, quotes: Span[], findings: Span[]): string {
  return highlight(text, [
    ...quotes.map((span): Highlight => ({ span, cls: 'q' })),
    ...findings.map((span): Highlight => ({ span, cls: 'f' })),
  ])
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string | null): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null
  } catch {
    return null
  }
}

/** Renders a whole page around the given body. Without `shell`, a plain header (the report's original page). */
export function page(title: string, body: string, subtitle = '', shell?: Shell): string {
  const nav = shell
    ? `<nav><a href="${h(shell.home)}">Stories</a><a href="${h(shell.people)}">People</a></nav>${
        shell.search
          ? `<form method="get" action="${h(shell.search)}" role="search"><input type="search" name="q" placeholder="Search articles" aria-label="Search articles" value="${h(shell.query ?? '')}"></form>`
          : ''
      }`
    : ''
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(shell?.script ? SERVER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title><style>${STYLE}</style>${shell?.script ? `<script src="${h(shell.script)}" defer></script>` : ''}</head>
<body><header class="top"><h1>${shell ? `<a href="${h(shell.home)}">Triangulate</a>` : h(title)}</h1>${subtitle ? `<p>${h(subtitle)}</p>` : ''}${nav}</header><main>${body}</main></body></html>
`
}
