/**
 * Entities stage: one entity per real person, organisation or place across the corpus. Incremental: each article
 * looks its names up in two maps (full name, surname) and updates them; nothing compares all pairs.
 *
 * Person names match on first + last name (middle names and initials dropped: "Jens H. Stoltenberg" is "Jens
 * Stoltenberg"). A surname alone joins the one person with that surname; when two people share a surname
 * ("Julianne Smith", "Chris Smith") a bare "Smith" stays apart rather than guess. Different first names are
 * different people.
 */
import { createHash } from 'node:crypto'
import { ORGANISATION_WORDS, ROLE_WORDS } from '../language/lexicon.js'
import type { EntityIndex } from '../model/corpus.js'
import type { Article, Entity, EntityKind, Span } from '../model/index.js'

function entityId(kind: string, key: string): string {
  return `e-${createHash('sha1').update(`${kind}:${key}`).digest('hex').slice(0, 10)}`
}

/** Honorifics and titles that are not part of the name. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Gen|Lt|Col|Sen|Rep|Gov|President|General)\.?\s+/

/** A person name's words without honorifics, possessives or initials. */
function nameWords(name: string): string[] {
  const clean = name
    .replace(HONORIFIC, '')
    .replace(/['’]s$/, '')
    .replace(/\s*\([^)]*\)/g, '')
    .trim()
  return clean.split(/\s+/).filter((w) => w && !/^\p{Lu}\.?$/u.test(w) && !/^(?:Jr|Sr|II|III)\.?$/.test(w))
}

/** The matching key of a person name: "jens stoltenberg"; a single word is a bare surname. */
function personKey(name: string): { key: string; surname: string; full: boolean } | null {
  const words = nameWords(name)
  const last = words[words.length - 1]
  if (!last) return null
  const surname = last.toLowerCase()
  if (words.length === 1) return { key: surname, surname, full: false }
  return { key: `${(words[0] ?? '').toLowerCase()} ${surname}`, surname, full: true }
}

/** A new, empty entity index. */
export function createEntityIndex(): EntityIndex {
  const byId = new Map<string, Entity>()
  const byKey = new Map<string, string>()
  /** Surname → ids of people with a full name ending in it. */
  const bySurname = new Map<string, Set<string>>()
  /** Surname → id of an entity known only by the surname so far. */
  const bareSurname = new Map<string, string>()

  const record = (entity: Entity, article: string, span: Span, alias: string, role: string | null): void => {
    if (!entity.aliases.includes(alias)) entity.aliases.push(alias)
    if (role && !entity.roles.includes(role)) entity.roles.push(role)
    if (!entity.mentions.some((m) => m.article === article && m.span[0] === span[0] && m.span[1] === span[1]))
      entity.mentions.push({ article, span })
  }

  const create = (kind: EntityKind, key: string, name: string): Entity => {
    const id = entityId(kind, key)
    const entity: Entity = byId.get(id) ?? { id, name, kind, aliases: [], roles: [], mentions: [] }
    byId.set(id, entity)
    byKey.set(`${kind}:${key}`, id)
    return entity
  }

  /** The person entity a name refers to, creating or upgrading one as needed. */
  const person = (name: string): Entity | null => {
    const k = personKey(name)
    if (!k) return null
    if (k.full) {
      const known = byKey.get(`person:${k.key}`)
      if (known) return byId.get(known) ?? null
      const ids = bySurname.get(k.surname) ?? new Set<string>()
      bySurname.set(k.surname, ids)
      // A person met earlier by surname alone is this one when nobody else has the surname: the entity keeps its
      // id (quotes already point to it) and takes the full name.
      const bare = bareSurname.get(k.surname)
      const old = bare && ids.size === 0 ? byId.get(bare) : undefined
      if (old) {
        old.name = nameWords(name).join(' ')
        byKey.set(`person:${k.key}`, old.id)
        bareSurname.delete(k.surname)
        ids.add(old.id)
        return old
      }
      const entity = create('person', k.key, nameWords(name).join(' '))
      ids.add(entity.id)
      return entity
    }
    const ids = bySurname.get(k.surname)
    if (ids && ids.size === 1) return byId.get([...ids][0] as string) ?? null
    const known = bareSurname.get(k.surname)
    if (known && byId.has(known)) return byId.get(known) ?? null
    const entity = create('person', k.key, nameWords(name).join(' '))
    bareSurname.set(k.surname, entity.id)
    return entity
  }

  const other = (kind: EntityKind, name: string): Entity => {
    const key = name.toLowerCase().replace(/^the\s+/, '')
    const known = byKey.get(`${kind}:${key}`)
    return (known && byId.get(known)) || create(kind, key, name)
  }

  return {
    add(article: Article): Article {
      for (const m of article.mentions) {
        const entity = m.kind === 'person' ? person(m.name) : other(m.kind, m.name)
        if (entity) record(entity, article.id, m.span, m.text, m.role)
      }
      const quotes = article.quotes.map((q) => {
        if (!q.speaker) return q
        // Speakers that are not names ("officials", "the campaign") are not people entities.
        const words = q.speaker.name.split(/\s+/)
        if (!/^\p{Lu}/u.test(q.speaker.name) || words.some((w) => ROLE_WORDS.has(w.toLowerCase()))) return q
        if (/^(?:He|She|They|It|We|I)$/.test(q.speaker.name)) return q
        // "The Pentagon announced", "NATO said": an organisation speaks.
        const organisation = words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || /^\p{Lu}{2,6}$/u.test(w))
        const entity = organisation ? other('organization', q.speaker.name) : person(q.speaker.name)
        if (!entity) return q
        record(entity, article.id, q.speaker.mentionSpan, q.speaker.mention, q.speaker.role)
        return { ...q, speaker: { ...q.speaker, entity: entity.id } }
      })
      return { ...article, quotes }
    },
    entities: () => {
      // Prefer the fullest name seen as the display name.
      for (const e of byId.values()) {
        const longest = [e.name, ...e.aliases]
          .filter((a) => !a.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase())))
          .sort((a, b) => nameWords(b).length - nameWords(a).length)[0]
        if (e.kind === 'person' && longest && nameWords(longest).length > nameWords(e.name).length)
          e.name = nameWords(longest).join(' ')
      }
      return [...byId.values()]
    },
  }
}
