/**
 * Step 4: who each local mention is. A surname alone becomes the full name met earlier ("Smith" → "Julianne
 * Smith"); "he"/"she" the most recent person of that gender (gender from honorifics, gendered role nouns and the
 * pronouns already resolved to them); "the spokesman" the most recent person whose role has that noun; a follow-on
 * quote paragraph keeps the speaker of the quote it follows.
 */
import { GENDERED_ROLE_NOUNS, HONORIFICS, ROLE_NOUNS } from '../language/lexicon.js'
import type { Mention, Speaker } from '../model/index.js'
import type { Attribution } from './03-attribution.js'

type Gender = 'male' | 'female' | null

interface Person {
  name: string
  role: string | null
  gender: Gender
  /** Offset of the latest mention: recency decides between candidates. */
  last: number
  /** Has been the speaker of a quote: a likelier antecedent than someone only mentioned. */
  speaker: boolean
}

const surnameOf = (name: string): string => name.split(/\s+/).at(-1) ?? name
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}-]+/gu) ?? []

/** Gender implied by a name's honorific or a gendered role noun. */
function genderOf(text: string, role: string | null): Gender {
  const honorific = /^(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s/.exec(text)
  if (honorific) return HONORIFICS.get(honorific[1] ?? '') ?? HONORIFICS.get(`${honorific[1]}.`) ?? null
  for (const w of words(`${text} ${role ?? ''}`)) {
    const g = GENDERED_ROLE_NOUNS.get(w)
    if (g) return g
  }
  return null
}

/** A registry of the people an article names, in reading order. */
class People {
  private readonly people: Person[] = []

  /** Records a full or partial name at `pos`, returning the person it names. */
  see(name: string, role: string | null, pos: number, gender: Gender): Person {
    const clean = name.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+/, '').trim()
    const tokens = clean.split(/\s+/)
    let person: Person | undefined
    if (tokens.length === 1) {
      // A surname alone: the most recent full name ending in it.
      // Case-blind: transcripts write "NOVAK:" for Lara Novak.
      const key = clean.toLowerCase()
      person = this.recent().find((p) => surnameOf(p.name).toLowerCase() === key || p.name.toLowerCase() === key)
    } else {
      const first = tokens[0] ?? ''
      person =
        this.people.find((p) => p.name === clean) ??
        // "Jens Stoltenberg" after a bare "Stoltenberg": upgrade that person.
        this.people.find((p) => !p.name.includes(' ') && p.name === surnameOf(clean)) ??
        this.people.find((p) => surnameOf(p.name) === surnameOf(clean) && p.name.split(/\s+/)[0] === first)
      if (person && person.name.split(/\s+/).length < tokens.length) person.name = clean
    }
    if (!person) {
      person = { name: clean, role, gender, last: pos, speaker: false }
      this.people.push(person)
    }
    person.last = Math.max(person.last, pos)
    if (role && (!person.role || role.length > person.role.length)) person.role = role
    if (gender && !person.gender) person.gender = gender
    return person
  }

  recent(before = Number.POSITIVE_INFINITY): Person[] {
    return this.people.filter((p) => p.last <= before).sort((a, b) => b.last - a.last)
  }
}

/** Resolves every attribution's subject to a `Speaker`, in text order. `mentions` are the article's people. */
export function resolveSpeakers(attributions: Attribution[], mentions: Mention[], text = ''): Array<Speaker | null> {
  const people = new People()
  const timeline = mentions.filter((m) => m.kind === 'person').sort((a, b) => a.span[0] - b.span[0])
  let t = 0
  const speakers: Array<Speaker | null> = []
  const order = attributions.map((_, i) => i).sort((a, b) => cuePos(attributions[a]) - cuePos(attributions[b]))
  const resolved = new Map<number, Speaker | null>()
  for (const i of order) {
    const a = attributions[i] as Attribution
    const pos = cuePos(a)
    // Everyone named before this cue is a candidate.
    while (t < timeline.length && (timeline[t]?.span[0] ?? 0) < pos) {
      const m = timeline[t] as Mention
      people.see(m.name, m.role, m.span[0], genderOf(m.text, m.role))
      t++
    }
    if (!a.subject) {
      const from = a.follows >= 0 ? resolved.get(a.follows) : null
      resolved.set(i, from ? { ...from } : null)
      continue
    }
    const s = a.subject
    const mention = s.text
    const mentionSpan = s.span
    let speaker: Speaker
    if (s.kind === 'name' && s.name) {
      const p = people.see(s.name, s.role, s.span[0], genderOf(s.text, s.role))
      p.speaker = true
      speaker = { entity: null, name: p.name, role: s.role ?? p.role, mention, mentionSpan }
    } else if (s.kind === 'pronoun') {
      const lower = s.text.toLowerCase()
      if (lower === 'who' || lower === 'which') {
        // ", who said": the person named just before; "the Police Department which reported": the noun phrase.
        // "who" keeps the latest person when there is one; "which" (or "who" with no person named yet) is the
        // noun phrase before it.
        const antecedent = lower === 'who' ? people.recent(s.span[0])[0] : undefined
        const phrase = antecedent ? null : nounPhraseBefore(text, s.span[0])
        speaker = antecedent
          ? { entity: null, name: antecedent.name, role: antecedent.role, mention, mentionSpan }
          : { entity: null, name: phrase ?? s.text, role: null, mention, mentionSpan }
        resolved.set(i, speaker)
        continue
      }
      const gender: Gender = lower === 'he' ? 'male' : lower === 'she' ? 'female' : null
      const forward = gender ? cataphor(text, s.span, timeline) : null
      if (forward) {
        // "Though she called it “outrageous”, Clinton …": the pronoun points to the main clause's subject.
        const p = people.see(
          forward.name,
          forward.role,
          forward.span[0],
          genderOf(forward.text, forward.role) ?? gender,
        )
        p.speaker = true
        resolved.set(i, { entity: null, name: p.name, role: p.role, mention, mentionSpan })
        continue
      }
      const recent = gender === null ? [] : people.recent(s.span[0])
      // "Locals told …", "Residents said …": a one-word plural the language stage did not take for a person
      // cannot be "he" or "she".
      const group = (p: Person): boolean =>
        !p.name.includes(' ') && /\p{Ll}s$/u.test(p.name) && !timeline.some((m) => m.name.endsWith(p.name))
      const compatible = (p: Person): boolean => (p.gender === null || p.gender === gender) && !group(p)
      const nearest = recent.find(compatible)
      // Someone merely mentioned, of unknown gender, loses to a recent speaker ("…, referring to Vladimir Putin.
      // … she assured" is still the ambassador).
      const recentSpeaker = recent.find((p) => p.speaker && compatible(p) && s.span[0] - p.last < 2000)
      // A titled person introduced in the paragraph just before ("Environment Minister Helena Varga stormed …")
      // is the likelier "she" than a speaker met earlier.
      const introduced =
        nearest?.role &&
        recentSpeaker &&
        nearest.last > recentSpeaker.last &&
        /\n/.test(text.slice(nearest.last, s.span[0]))
      const candidate =
        nearest && (nearest.gender === gender || nearest.speaker || introduced) ? nearest : (recentSpeaker ?? nearest)
      if (candidate) {
        if (!candidate.gender) candidate.gender = gender
        candidate.last = s.span[0]
        candidate.speaker = true
        speaker = { entity: null, name: candidate.name, role: candidate.role, mention, mentionSpan }
      } else speaker = { entity: null, name: s.text, role: null, mention, mentionSpan }
    } else {
      // "the spokesman", "the ambassador": the most recent person whose role has that noun.
      const nouns = words(s.text).filter((w) => ROLE_NOUNS.has(w))
      const definite = /^the\s/i.test(s.text) && words(s.text).length <= 5
      const candidate = definite
        ? people.recent(s.span[0]).find((p) => p.role && nouns.some((n) => words(p.role ?? '').includes(n)))
        : undefined
      if (candidate) {
        candidate.last = s.span[0]
        speaker = { entity: null, name: candidate.name, role: candidate.role, mention, mentionSpan }
      } else speaker = { entity: null, name: s.text.replace(/^the\s+/i, ''), role: s.role, mention, mentionSpan }
    }
    resolved.set(i, speaker)
  }
  for (let i = 0; i < attributions.length; i++) speakers.push(resolved.get(i) ?? null)
  return speakers
}

/**
 * The noun phrase right before a relative pronoun: a capitalised run with its article ("the Chicago Police
 * Department"), or an article and up to three lower-case words ("the city council"). Null when none stands there.
 */
const NOUN_PHRASE_BEFORE =
  /(?:\b(?:the|a|an)\s+)?((?:\p{Lu}[\p{L}.'’&-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}\p{Lu}[\p{L}.'’&-]*|(?<=\b(?:the|a|an)\s+)(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),?\s*$/u

function nounPhraseBefore(text: string, at: number): string | null {
  const m = NOUN_PHRASE_BEFORE.exec(text.slice(Math.max(0, at - 120), at))
  const phrase = m?.[1]?.trim()
  return phrase && phrase.length > 2 ? phrase : null
}

/** Subordinators that open a clause before the main one: "Though she …, Clinton …". */
const OPENING_SUBORDINATE =
  /(?:^|[.!?]["”’]?\s+|\n)(?:Though|Although|While|After|When|As|Because|Since|Before|Even though)\s+$/

/**
 * The person a pronoun opening a subordinate clause points forward to: the name that starts the main clause right
 * after the clause's comma, within the sentence. Null when the pronoun does not open such a clause.
 */
function cataphor(text: string, span: [number, number], timeline: Mention[]): Mention | null {
  if (!text || !OPENING_SUBORDINATE.test(text.slice(Math.max(0, span[0] - 40), span[0]))) return null
  for (const m of timeline) {
    if (m.span[0] <= span[1]) continue
    // The main clause may open with the role: ", Sen. Elizabeth Warren".
    const between = text.slice(span[1], Math.min(m.span[0], m.roleSpan?.[0] ?? m.span[0]))
    if (between.length > 300 || /[.!?]\s/.test(between)) return null
    if (/,["”’]?\s*$/.test(between)) return m
  }
  return null
}

function cuePos(a: Attribution | undefined): number {
  if (!a) return 0
  return a.cueSpan?.[0] ?? a.spans[0]?.[0] ?? 0
}
