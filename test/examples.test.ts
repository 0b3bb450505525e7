import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { validateDossier } from '../src/model/schema.js'
import { analyzeInputs } from '../src/pipeline/analyze.js'
import { ROOT } from './helpers/shared.js'

const HARBOR = join(ROOT, 'examples', 'harbor-week')
const BAD = join(ROOT, 'examples', 'bad-input')

describe('[examples] harbor-week, the bundled demo corpus', () => {
  it('analyzes every article of every format into a valid dossier with at least two stories', async () => {
    const { dossier, errors } = await analyzeInputs([HARBOR], { generatedAt: '2026-11-26T00:00:00Z' })
    assert.deepEqual(errors, [])
    assert.equal(dossier.articles.length, 10)
    assert.deepEqual(validateDossier(dossier), [])
    assert.ok(dossier.stories.length >= 2, `${dossier.stories.length} stories`)
    const outlets = new Set(dossier.articles.map((a) => a.outlet).filter(Boolean))
    assert.ok(outlets.has('The Bayside Ledger') && outlets.has('Calder Courier') && outlets.has('Coastline Daily'))
    for (const a of dossier.articles) assert.ok(a.text.length > 200, `${a.source} has a body`)
    // The two articles on the quay vote from the JSONL are separate articles with their metadata.
    const coastline = dossier.articles.find((a) => a.source.endsWith('quay-vote-roundup.jsonl#2'))
    assert.equal(coastline?.published?.slice(0, 10), '2026-11-20')
  })

  it('drops the page clutter of every example', async () => {
    const { dossier } = await analyzeInputs([HARBOR])
    for (const a of dossier.articles) {
      assert.doesNotMatch(
        a.text,
        /Subscribe|Leave a (Comment|Reply)|cookies|READ MORE|Back to top|\[VIDEO\]/i,
        a.source,
      )
      assert.equal(a.text.split('We will hold the owners').length <= 2, true, `${a.source} body repeated`)
    }
  })

  it('keeps the tanker and the quay vote apart and puts the syndicated wire copy with its original', async () => {
    const { dossier } = await analyzeInputs([HARBOR])
    const storyOf = new Map(dossier.stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)))
    const idOf = (suffix: string) => dossier.articles.find((a) => a.source.endsWith(suffix))?.id ?? ''
    const wire = storyOf.get(idOf('meridian-wire-tanker.txt'))
    assert.equal(storyOf.get(idOf('bayside-ledger-tanker.html')), wire)
    assert.notEqual(storyOf.get(idOf('radio-north-quay-vote.txt')), wire)
  })
})

describe('[examples] what the planted problems produce', () => {
  it('the altered quotes, the conflicting figures and vote, and the fabricated piece scoring lowest', async () => {
    const { dossier } = await analyzeInputs([HARBOR])
    const file = (id: string) =>
      dossier.articles
        .find((a) => a.id === id)
        ?.source.split('/')
        .pop() ?? ''
    const relations = (kind: string) =>
      dossier.relations
        .filter((r) => r.kind === kind)
        .map((r) => ({ files: [file(r.from.article), file(r.to.article)], r }))
    // Coastline Daily dropped the "no" from the harbor master's quote: an altered quote flagged as a negation change.
    assert.ok(
      relations('altered-quote').some(
        ({ files, r }) => files.includes('coastline-daily-tanker.html') && /negation/.test(r.note),
      ),
    )
    // NewsPulse24's 120,000 litres against the others' 12,000; the tabloid's 5-4 vote against 7-2.
    const conflicts = relations('contradicts')
    assert.ok(conflicts.some(({ files, r }) => files.includes('newspulse24-tanker.txt') && /120,000/.test(r.note)))
    assert.ok(conflicts.some(({ r }) => /5-4/.test(r.note)))
    // The consistent wire report and its syndicated copy never conflict with each other.
    assert.ok(
      !conflicts.some(
        ({ files }) => files.includes('meridian-wire-tanker.txt') && files.includes('bayside-ledger-tanker.html'),
      ),
    )
    const lowest = [...dossier.articles].sort((a, b) => a.credibility.score - b.credibility.score)[0]
    assert.equal(lowest?.source.split('/').pop(), 'harbor-truth-network-tanker.txt')
    const rules = new Set(dossier.findings.filter((f) => f.article === lowest?.id).map((f) => f.rule))
    assert.ok(
      rules.has('coherence/unresolved-reference') && rules.has('speaker/unknown-official'),
      [...rules].join(', '),
    )
  })
})

describe('[examples] bad-input', () => {
  it('reports each broken file by path and reason and still analyzes the good one', async () => {
    const { dossier, errors } = await analyzeInputs([BAD])
    const reasons = new Map(errors.map((e) => [e.source.slice(BAD.length + 1), e.reason]))
    assert.match(reasons.get('empty.txt') ?? '', /empty/)
    assert.match(reasons.get('scan.pdf.txt') ?? '', /binary/)
    assert.match(reasons.get('broken.jsonl#1') ?? '', /text.*html/)
    assert.match(reasons.get('broken.jsonl#2') ?? '', /JSON/)
    assert.equal(dossier.articles.length, 1)
    assert.ok(dossier.articles[0]?.source.endsWith('good.txt'))
  })
})
