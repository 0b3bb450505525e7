/**
 * Entities stage: one entity per real person/organisation/place across the corpus.
 * FOUNDATION VERSION: speakers grouped by exact name. Issue 4 deepens it.
 */
import { createHash } from 'node:crypto'
import type { EntityIndex } from '../model/corpus.js'
import type { Article, Entity } from '../model/index.js'

function entityId(kind: string, name: string): string {
  return `e-${createHash('sha1').update(`${kind}:${name.toLowerCase()}`).digest('hex').slice(0, 10)}`
}

/** A new, empty entity index. */
export function createEntityIndex(): EntityIndex {
  const byId = new Map<string, Entity>()
  return {
    add(article: Article): Article {
      const quotes = article.quotes.map((q) => {
        if (!q.speaker) return q
        const id = entityId('person', q.speaker.name)
        let entity = byId.get(id)
        if (!entity) {
          entity = { id, name: q.speaker.name, kind: 'person', aliases: [], roles: [], mentions: [] }
          byId.set(id, entity)
        }
        if (q.speaker.role && !entity.roles.includes(q.speaker.role)) entity.roles.push(q.speaker.role)
        entity.mentions.push({ article: article.id, span: q.speaker.mentionSpan })
        return { ...q, speaker: { ...q.speaker, entity: id } }
      })
      return { ...article, quotes }
    },
    entities: () => [...byId.values()],
  }
}
