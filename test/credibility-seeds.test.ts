import assert from 'node:assert/strict'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import type { Dossier, Finding } from '../src/model/index.js'
import { analyzeInputs } from '../src/pipeline/analyze.js'
import { SHARED, skipWithoutShared } from './helpers/shared.js'

const SEEDS = [
  '000_0200da1cf00fca01',
  '001_7dd294196db1f561',
  '002_ade93db7d64a4f7e',
  '003_681841e30ad004f4',
  '004_a87e811d55f5745d',
]

describe('[credibility] seeds', { skip: skipWithoutShared }, () => {
  let dossier: Dossier
  const bySeed = new Map<string, Dossier['articles'][number]>()
  const findingsOf = (seed: string): Finding[] => {
    const a = bySeed.get(seed)
    return dossier.findings.filter((f) => f.article === a?.id)
  }
  const spanText = (seed: string, f: Finding | undefined) => {
    const a = bySeed.get(seed)
    return a && f?.span ? a.text.slice(f.span[0], f.span[1]) : ''
  }

  before(async () => {
    ;({ dossier } = await analyzeInputs(
      SEEDS.map((s) => join(SHARED, 'seeds', `${s}.txt`)),
      { workers: 0, generatedAt: '2026-01-01T00:00:00.000Z' },
    ))
    for (const a of dossier.articles) bySeed.set(a.source.match(/(\d{3})_[0-9a-f]+\.txt$/)?.[1] ?? '', a)
  })

  it('003 scores lowest of the five', () => {
    const low = bySeed.get('003')?.credibility.score ?? 1
    for (const seed of ['000', '001', '002', '004']) {
      const other = bySeed.get(seed)?.credibility.score ?? 0
      assert.ok(low < other, `003 (${low}) should score below ${seed} (${other})`)
    }
  })

  it('003: the Crimea dates, the unknown spokesman Dan Lund, the unverifiable NBC line, each with a span', () => {
    const f = findingsOf('003')
    const dates = f.find((x) => x.rule === 'internal/event-date-conflict')
    assert.match(spanText('003', dates), /In September.*annexed Crimea.*in 2014/)
    const lund = f.find((x) => x.rule === 'speaker/unknown-official')
    assert.equal(spanText('003', lund), 'Dan Lund')
    const nbc = f.find((x) => x.rule === 'provenance/unverifiable-source-line')
    assert.match(spanText('003', nbc), /^Read the full story at NBC News/)
  })

  it('000: the headline’s alarm is not what the body reports; Daily Express is generally unreliable', () => {
    const framing = findingsOf('000').find((x) => x.rule === 'headline/framing-unsupported')
    assert.match(spanText('000', framing), /imminent threat/)
    assert.equal(bySeed.get('000')?.credibility.reputation?.status, 'generally unreliable')
  })

  it('002: spliced references, aid flowing both ways, and the claim sourced only to unnamed "Sources in NATO"', () => {
    const f = findingsOf('002')
    const splices = f.filter((x) => x.rule === 'coherence/unresolved-reference').map((x) => spanText('002', x))
    assert.ok(
      splices.some((s) => /^This proposal/.test(s)),
      splices.join(' | '),
    )
    assert.ok(
      splices.some((s) => /envoy/.test(s)),
      splices.join(' | '),
    )
    const unnamed = f.find((x) => x.rule === 'sourcing/unnamed-source')
    assert.match(spanText('002', unnamed), /Sources in NATO/)
  })

  it('no false alarms on the accurate reports: 001 and 004 have no warning or alert', () => {
    for (const seed of ['001', '004'])
      for (const f of findingsOf(seed)) assert.equal(f.severity, 'info', `${seed}: ${f.rule} ${f.message}`)
  })
})
