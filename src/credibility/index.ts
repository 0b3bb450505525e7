/**
 * Credibility stage: explainable findings per article and a score built from them.
 * FOUNDATION VERSION: unverifiable-provenance and contradicted-statement findings. Issue 6 deepens it.
 */
import type { Assessment, CredibilityContext } from '../model/corpus.js'
import type { Article, Finding } from '../model/index.js'

const PROVENANCE = /\bRead the (?:full|whole|original) (?:story|article) (?:at|on) [^\n.]+/gi

const PENALTY = { info: 0.02, warning: 0.1, alert: 0.25 } as const

/** Judges one article: findings with spans, and a score in [0, 1]. */
export function assessCredibility(article: Article, context: CredibilityContext): Assessment {
  const findings: Finding[] = []
  for (const m of article.text.matchAll(PROVENANCE)) {
    findings.push({
      id: `${article.id}:f${findings.length + 1}`,
      article: article.id,
      rule: 'provenance/unverifiable-source-line',
      severity: 'warning',
      message: `Points to a source that cannot be checked here: "${m[0]}"`,
      span: [m.index, m.index + m[0].length],
    })
  }
  for (const r of context.relations) {
    if (r.kind !== 'contradicts') continue
    const mine = r.from.article === article.id ? r.from : r.to
    const other = r.from.article === article.id ? r.to : r.from
    findings.push({
      id: `${article.id}:f${findings.length + 1}`,
      article: article.id,
      rule: 'crosscheck/contradicted',
      severity: 'warning',
      message: `Contradicted by another report: ${r.note}`,
      span: mine.span,
      related: [r.id, other.article],
    })
  }
  let score = 1
  const contributions = findings.map((f) => {
    score -= PENALTY[f.severity]
    return { signal: f.rule, weight: -PENALTY[f.severity] }
  })
  return {
    credibility: { score: Math.max(0, Math.min(1, score)), findings: findings.map((f) => f.id), contributions },
    findings,
  }
}
