/** One entity per person across articles: name variants and roles merged, namesakes kept apart. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createEntityIndex } from '../src/entities/index.js'
import { analyzeLanguage } from '../src/language/index.js'
import type { Article } from '../src/model/index.js'
import { attributeQuotes } from '../src/quotes/index.js'
import { bareArticle } from './helpers/articles.js'

function article(id: string, text: string): Article {
  const a = bareArticle(text, { id, source: `${id}.txt` })
  return attributeQuotes(analyzeLanguage(a))
}

describe('[entities] across articles', () => {
  const index = createEntityIndex()
  const a1 = index.add(article('a1', 'Port Director Julia Mendes said: “We reopen on Monday.”'))
  const a2 = index.add(article('a2', '“The port is safe,” Mendes said.'))
  const a3 = index.add(article('a3', 'Julia Mendes, the port director, said the cranes were repaired.'))
  const a4 = index.add(article('a4', 'Dr. Carlos Mendes said: “Nobody asked us.”'))
  const entityOf = (a: Article) => a.quotes[0]?.speaker?.entity ?? null

  it('the same person is one entity: full name, surname alone, with and without role', () => {
    assert.ok(entityOf(a1))
    assert.equal(entityOf(a2), entityOf(a1))
    assert.equal(entityOf(a3), entityOf(a1))
  })
  it('a different first name is a different person', () => {
    assert.ok(entityOf(a4))
    assert.notEqual(entityOf(a4), entityOf(a1))
  })
  it('roles and name variants are merged on the entity', () => {
    const julia = index.entities().find((e) => e.id === entityOf(a1))
    assert.ok(julia)
    assert.equal(julia.name, 'Julia Mendes')
    assert.ok(julia.roles.includes('Port Director'))
    assert.ok(julia.roles.includes('the port director'))
    assert.ok(julia.aliases.includes('Mendes'))
    assert.ok(new Set(julia.mentions.map((m) => m.article)).size >= 3)
  })
  it('a surname met before the full name joins it when the full name comes', () => {
    const idx = createEntityIndex()
    const b1 = idx.add(article('b1', '“It is over,” Okafor said.'))
    const b2 = idx.add(article('b2', 'Coach Daniel Okafor said: “We lost.”'))
    assert.equal(b1.quotes[0]?.speaker?.entity !== null, true)
    const people = idx.entities().filter((e) => e.kind === 'person' && /Okafor/.test(e.name))
    assert.equal(people.length, 1)
    assert.equal(people[0]?.name, 'Daniel Okafor')
    assert.equal(b2.quotes[0]?.speaker?.entity, people[0]?.id)
  })
})
