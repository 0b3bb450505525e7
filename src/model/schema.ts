/**
 * The published dossier schema (zod). `dossierJsonSchema()` gives the same as JSON Schema; `schema/dossier.schema.json`
 * is generated from it. Every dossier the tests produce is validated against it, including the span invariant.
 */
import { z } from 'zod'

const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
const Nullable = z.string().nullable()

const StatementRef = z.object({
  article: z.string(),
  span: Span,
  text: z.string(),
  field: z.literal('title').optional(),
})

/** The dossier as zod sees it; extra fields are allowed (the contract says "add what you need"). */
export const DossierSchema = z.object({
  schema: z.literal('triangulate.dossier/1'),
  generatedAt: z.string(),
  articles: z.array(
    z.looseObject({
      id: z.string(),
      source: z.string(),
      url: Nullable,
      outlet: Nullable,
      title: Nullable,
      byline: Nullable,
      published: Nullable,
      language: Nullable,
      text: z.string(),
      raw: z.string().optional(),
      credibility: z.looseObject({ score: z.number().min(0).max(1), findings: z.array(z.string()) }),
    }),
  ),
  entities: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      kind: z.enum(['person', 'organization', 'place']),
      roles: z.array(z.string()),
      mentions: z.array(z.object({ article: z.string(), span: Span })),
    }),
  ),
  quotes: z.array(
    z.looseObject({
      id: z.string(),
      article: z.string(),
      text: z.string(),
      span: Span,
      kind: z.enum(['direct', 'mixed', 'indirect']),
      cue: Nullable,
      speaker: z
        .looseObject({ entity: Nullable, name: z.string(), role: Nullable, mention: z.string(), mentionSpan: Span })
        .nullable(),
    }),
  ),
  stories: z.array(z.looseObject({ id: z.string(), title: z.string(), articles: z.array(z.string()).min(1) })),
  relations: z.array(
    z.looseObject({
      id: z.string(),
      kind: z.enum(['same-quote', 'altered-quote', 'agrees', 'contradicts']),
      from: StatementRef,
      to: StatementRef,
      note: z.string(),
    }),
  ),
  findings: z.array(
    z.looseObject({
      id: z.string(),
      article: z.string(),
      rule: z.string(),
      severity: z.enum(['info', 'warning', 'alert']),
      message: z.string(),
      span: Span.optional(),
      related: z.array(z.string()).optional(),
    }),
  ),
})

/** The dossier schema as JSON Schema (draft 2020-12). */
export function dossierJsonSchema(): unknown {
  return z.toJSONSchema(DossierSchema, { target: 'draft-2020-12' })
}

/**
 * Validates a dossier: the schema, then the invariants the schema cannot say (every span in range and equal to its
 * text, every article in exactly one story, references to known ids). Returns every problem found; empty when valid.
 */
export function validateDossier(value: unknown): string[] {
  const parsed = DossierSchema.safeParse(value)
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  const d = parsed.data
  const problems: string[] = []
  const text = new Map(d.articles.map((a) => [a.id, a.text]))
  const inRange = (where: string, article: string, span: [number, number], expected?: string) => {
    const t = text.get(article)
    if (t === undefined) return problems.push(`${where}: unknown article ${article}`)
    const [s, e] = span
    if (s > e || e > t.length)
      return problems.push(`${where}: span [${s}, ${e}) out of range (text length ${t.length})`)
    if (expected !== undefined && t.slice(s, e) !== expected)
      problems.push(`${where}: text.slice(${s}, ${e}) is not the stated text`)
  }
  for (const q of d.quotes) {
    inRange(`quote ${q.id}`, q.article, q.span, q.text)
    if (q.speaker) inRange(`quote ${q.id} speaker`, q.article, q.speaker.mentionSpan, q.speaker.mention)
  }
  for (const e of d.entities) for (const m of e.mentions) inRange(`entity ${e.id}`, m.article, m.span)
  const titles = new Map(d.articles.map((a) => [a.id, a.title ?? '']))
  for (const r of d.relations)
    for (const [side, ref] of [
      ['from', r.from],
      ['to', r.to],
    ] as const) {
      // A headline statement points into the article's title.
      if (ref.field === 'title') {
        const title = titles.get(ref.article)
        const [s, e] = ref.span
        if (title === undefined || title.slice(s, e) !== ref.text || e > title.length)
          problems.push(`relation ${r.id} ${side}: title.slice(${s}, ${e}) is not the stated text`)
      } else inRange(`relation ${r.id} ${side}`, ref.article, ref.span, ref.text)
    }
  for (const f of d.findings) if (f.span) inRange(`finding ${f.id}`, f.article, f.span)
  const storyCount = new Map<string, number>()
  for (const s of d.stories) for (const a of s.articles) storyCount.set(a, (storyCount.get(a) ?? 0) + 1)
  for (const a of d.articles) {
    const n = storyCount.get(a.id) ?? 0
    if (n !== 1) problems.push(`article ${a.id} is in ${n} stories, not exactly one`)
  }
  const findingIds = new Set(d.findings.map((f) => f.id))
  for (const a of d.articles)
    for (const f of a.credibility.findings)
      if (!findingIds.has(f)) problems.push(`article ${a.id}: unknown finding ${f}`)
  return problems
}
