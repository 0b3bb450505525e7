/**
 * The seed "Who said what" Must items (../shared/seeds/EXPECTED.md), asserted on the `analyze` pipeline's dossier.
 * Skipped when ../shared is absent.
 */
import assert from 'node:assert/strict'
import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { before, describe, it } from 'node:test'
import type { Dossier, Quote } from '../src/model/index.js'
import { analyzeInputs } from '../src/pipeline/analyze.js'
import { SHARED, skipWithoutShared } from './helpers/shared.js'

describe('[quotes/seeds] who said what in the seed articles', { skip: skipWithoutShared }, () => {
  let dossier: Dossier
  const idOf = new Map<string, string>()
  const quotesOf = (prefix: string): Quote[] => dossier.quotes.filter((q) => q.article === idOf.get(prefix))
  const speakers = (prefix: string): Set<string> =>
    new Set(quotesOf(prefix).flatMap((q) => (q.speaker ? [q.speaker.name] : [])))
  const entityOf = (prefix: string, name: string): Set<string | null> =>
    new Set(quotesOf(prefix).flatMap((q) => (q.speaker?.name === name ? [q.speaker.entity] : [])))

  before(async () => {
    const dir = join(SHARED, 'seeds')
    const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f))
    const result = await analyzeInputs(files, { workers: 0 })
    dossier = result.dossier
    for (const a of dossier.articles) idOf.set(basename(a.source).slice(0, 3), a.id)
    assert.equal(idOf.size, 5)
  })

  it('000: Julianne Smith, US Ambassador to NATO, with the quotes after "she assured" and "Smith added"', () => {
    const smith = quotesOf('000').filter((q) => q.speaker?.name === 'Julianne Smith')
    assert.ok(smith.length >= 4, `only ${smith.length} quotes by Julianne Smith`)
    assert.ok(smith.some((q) => /Ambassador to NATO/.test(q.speaker?.role ?? '')))
    const assured = smith.find((q) => q.speaker?.mention === 'she' && q.cue === 'assured')
    assert.ok(assured, 'no quote after "she assured" resolved to Julianne Smith')
    assert.match(assured.text, /We take these concerns seriously/)
    const added = smith.find((q) => q.speaker?.mention === 'Smith' && q.cue === 'added')
    assert.ok(added, 'no quote after "Smith added"')
    assert.match(added.text, /NATO is not sitting on its hands/)
  })

  it('001: John Kirby (National Security Council spokesman), incl. "the spokesman", and Vladimir Putin', () => {
    const kirby = quotesOf('001').filter((q) => q.speaker?.name === 'John Kirby')
    assert.ok(kirby.length >= 3)
    assert.ok(kirby.some((q) => /National Security Council spokesman/.test(q.speaker?.role ?? '')))
    assert.ok(
      kirby.some((q) => q.speaker?.mention === 'the spokesman'),
      'the quote attributed to "the spokesman" is not resolved to John Kirby',
    )
    assert.ok(speakers('001').has('Vladimir Putin'))
  })

  it('002: Jens Stoltenberg, Julianne Smith and Christopher Cavoli (General / Supreme Commander)', () => {
    const s = speakers('002')
    for (const name of ['Jens Stoltenberg', 'Julianne Smith', 'Christopher Cavoli']) assert.ok(s.has(name), name)
    const cavoli = quotesOf('002').filter((q) => q.speaker?.name === 'Christopher Cavoli')
    assert.ok(cavoli.some((q) => /General|Supreme Commander/.test(q.speaker?.role ?? '')))
    assert.ok(cavoli.some((q) => q.kind === 'direct' && /produce equipment faster/.test(q.text)))
  })

  it('003 and 004: Jens Stoltenberg', () => {
    assert.ok(speakers('003').has('Jens Stoltenberg'))
    assert.ok(speakers('004').has('Jens Stoltenberg'))
    assert.ok(quotesOf('004').some((q) => /We see no direct or immediate threat/.test(q.text)))
  })

  it('one entity per person across articles: Smith in 000+002, Stoltenberg in 002/003/004', () => {
    const smith = new Set([...entityOf('000', 'Julianne Smith'), ...entityOf('002', 'Julianne Smith')])
    assert.equal(smith.size, 1)
    assert.notEqual([...smith][0], null)
    const stoltenberg = new Set(['002', '003', '004'].flatMap((p) => [...entityOf(p, 'Jens Stoltenberg')]))
    assert.equal(stoltenberg.size, 1)
    assert.notEqual([...stoltenberg][0], null)
    const entity = dossier.entities.find((e) => e.id === [...stoltenberg][0])
    assert.ok(entity)
    assert.equal(entity.name, 'Jens Stoltenberg')
    assert.ok(entity.roles.some((r) => /Secretary General/.test(r)))
  })

  it('every quote and speaker span indexes its article text', () => {
    const text = new Map(dossier.articles.map((a) => [a.id, a.text]))
    for (const q of dossier.quotes) {
      const t = text.get(q.article) ?? ''
      assert.equal(t.slice(q.span[0], q.span[1]), q.text)
      if (q.speaker) assert.equal(t.slice(q.speaker.mentionSpan[0], q.speaker.mentionSpan[1]), q.speaker.mention)
    }
  })
})
