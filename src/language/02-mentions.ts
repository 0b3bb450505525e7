/**
 * Step 2: people, organisations and places named in the text, by capitalised-sequence heuristics and the
 * lexicons in `lexicon.ts`. A title before a name becomes its role ("NATO Secretary General Jens Stoltenberg",
 * "White House National Security Council spokesman John Kirby"); a surname alone takes the full name met earlier.
 */
import type { EntityKind, Mention, Span } from '../model/index.js'
import { ABBREVIATIONS, NOT_NAME_WORDS, ORGANISATION_WORDS, PLACE_WORDS, ROLE_NOUNS, ROLE_WORDS } from './lexicon.js'

/** A run of capitalised words, initials and name particles ("G.K. Butterfield", "Ursula von der Leyen"). */
const CAPITALISED_RUN =
  /(?<![\p{L}\d])(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.)(?:[ \t]+(?:(?:de|da|van|von|der|bin|al|of|to|for|the|and)[ \t]+)*(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.))*/gu

/** Lower-case words and title runs just before a name that belong to its role ("… Council spokesman "). */
const ROLE_TAIL = new RegExp(
  `((?:(?:\\p{Lu}[\\p{L}.’'-]*|of|to|for|the|and)[ \\t]+)*(?:${[...ROLE_NOUNS].filter((w) => /^[a-z]+$/.test(w)).join('|')})[ \\t]+)$`,
  'u',
)

const lower = (s: string): string => s.toLowerCase()

/** Title words that make a role: role nouns and the titles among the role words ("gen.", "sen.", "minister"). */
const TITLES: ReadonlySet<string> = new Set(
  [...ROLE_WORDS].filter(
    (w) =>
      ROLE_NOUNS.has(w) ||
      w.endsWith('.') ||
      /^(?:prime|vice|minister|secretary|general|admiral|colonel|major|captain|lieutenant|sergeant|ambassador|envoy|commander|chief|spokes\w+|adviser|advisor|aide|director|deputy|chair\w*|senator|representative|congress\w+|delegate|governor|mayor|judge|justice|attorney|prosecutor|sheriff|officer|official|leader|speaker|whip|candidate|nominee|king|queen|prince|princess|pope|chancellor|premier|president|executive|ceo|founder|co-founder|head|manager|professor|economist|analyst|strategist|pollster|lawyer|historian|pastor|reverend|bishop|archbishop|cardinal|rabbi|imam|commissioner|inspector|superintendent|administrator|coordinator|coach|council\w+)$/.test(
        w,
      ),
  ),
)

/** "Gen.", "U.S.", "J.": words whose full stop does not end a sentence. */
function isAbbreviationWord(w: string): boolean {
  const bare = w.slice(0, -1)
  return /^\p{Lu}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare) || ABBREVIATIONS.has(lower(bare))
}
const stripPossessive = (s: string): string => s.replace(/['’]s?$/, '')
const isAcronym = (w: string): boolean => /^\p{Lu}{2,6}$/u.test(w) || /^(?:\p{Lu}\.){2,}$/u.test(w)

/** Classifies a name (role already removed). */
function kindOf(name: string, hasRole: boolean, known: ReadonlySet<string>): EntityKind | null {
  const words = name.split(/\s+/)
  const lw = words.map(lower)
  if (PLACE_WORDS.has(lower(name))) return 'place'
  if (lw.some((w) => ORGANISATION_WORDS.has(w)) || words.every(isAcronym)) return 'organization'
  if (lw.some((w) => PLACE_WORDS.has(w))) return words.length === 1 ? 'place' : null
  if (words.length >= 2 && words.length <= 4) return 'person'
  if (words.length === 1 && (hasRole || known.has(name))) return 'person'
  return null
}

/** Finds person, organisation and place mentions in `text`, with roles and the fullest name for each person. */
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = []
  const fullNames: string[] = []
  const surnames = new Set<string>()
  CAPITALISED_RUN.lastIndex = 0
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const start = m.index ?? 0
    const all = m[0].split(/[ \t]+/)
    // A full stop after a word that is no abbreviation or initial ends the sentence, and the run ("Ukraine. But").
    const stop = all.findIndex((w) => w.endsWith('.') && !isAbbreviationWord(w))
    const words = stop >= 0 ? all.slice(0, stop + 1) : all
    if (stop >= 0) words[stop] = (words[stop] ?? '').slice(0, -1)
    const offsets: number[] = []
    let at = start
    for (const w of words) {
      at = text.indexOf(w, at)
      offsets.push(at)
      at += w.length
    }
    // Leading sentence words and times are not part of a name ("On Friday Kirby said").
    let a = 0
    while (a < words.length && NOT_NAME_WORDS.has(lower(words[a] ?? ''))) a++
    let b = words.length
    while (b > a && /^(?:of|to|for|the|and)$/.test(words[b - 1] ?? '')) b--
    if (b <= a) continue
    // The name is the trailing run of non-title words; the titles before it are the role.
    let n = b
    while (n > a) {
      const w = words[n - 1] ?? ''
      if (ROLE_WORDS.has(lower(w)) || /^(?:of|to|for|the|and)$/.test(w) || /['’]s$/.test(w)) break
      n--
    }
    // "Minister of Health Lara Novak": right after "of"/"to"/"for", one word is the portfolio, not the name.
    if (b - n >= 3 && /^(?:of|to|for)$/.test(words[n - 1] ?? '')) n++
    if (n === b) {
      // All title words: an organisation when it has an acronym or an institution word ("NATO", "the Pentagon").
      const run = words.slice(a, b)
      if (run.length <= 5 && run.some((w) => isAcronym(w) || ORGANISATION_WORDS.has(lower(w)))) {
        const s0 = offsets[a] ?? start
        const last = run[run.length - 1] ?? ''
        const e0 = (offsets[b - 1] ?? start) + stripPossessive(last).length
        const name = text.slice(s0, e0)
        mentions.push({ span: [s0, e0], text: name, kind: 'organization', name, role: null, roleSpan: null })
      }
      continue
    }
    const nameWords = words.slice(n, b).map((w, i) => (i === b - n - 1 ? stripPossessive(w) : w))
    const honorific = /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(words[n - 1] ?? '')
    const name = nameWords.join(' ').replace(/\.$/, '')
    const nameStart = offsets[n] ?? start
    const nameEnd = nameStart + name.length
    let roleSpan: Span | null =
      n > a ? [offsets[a] ?? start, (offsets[n - 1] ?? start) + (words[n - 1]?.length ?? 0)] : null
    // Lower-case role nouns before the run: "… Council spokesman John Kirby".
    const wordBefore = /([\p{Ll}]+)\s+$/u.exec(text.slice(Math.max(0, nameStart - 24), nameStart))?.[1] ?? ''
    if (!roleSpan && ROLE_NOUNS.has(wordBefore)) {
      const tail = ROLE_TAIL.exec(text.slice(Math.max(0, nameStart - 120), nameStart))
      if (tail?.[1]) {
        const rs = nameStart - tail[1].length
        let re = nameStart
        while (re > rs && /\s/.test(text[re - 1] ?? '')) re--
        roleSpan = [rs, re]
      }
    }
    let role = roleSpan && !honorific ? text.slice(roleSpan[0], roleSpan[1]) : null
    // A role names a title ("Prime Minister", "spokesman"); "Washington and" or "Foreign" does not.
    if (role && !role.split(/\s+/).some((w) => TITLES.has(lower(w)))) {
      role = null
      roleSpan = null
    }
    const kind = kindOf(name, Boolean(role) || honorific, surnames)
    if (!kind) continue
    let full = name
    if (kind === 'person') {
      if (!name.includes(' ')) full = fullNames.findLast((f) => f.endsWith(` ${name}`)) ?? name
      else {
        fullNames.push(name)
        surnames.add(name.split(' ').at(-1) ?? name)
      }
    }
    mentions.push({
      span: [nameStart, nameEnd],
      text: text.slice(nameStart, nameEnd),
      kind,
      name: full,
      role: kind === 'person' ? role : null,
      roleSpan: kind === 'person' ? roleSpan : null,
    })
  }
  // Two capitalised words are often no person ("Getty Images", "Public Reaction"): keep a person named once only
  // with a title or honorific, or when a speech verb stands next to the name.
  const count = new Map<string, number>()
  for (const m of mentions) if (m.kind === 'person') count.set(m.name, (count.get(m.name) ?? 0) + 1)
  const titled = new Set(mentions.filter((m) => m.role).map((m) => m.name))
  return mentions.filter(
    (m) =>
      m.kind !== 'person' ||
      titled.has(m.name) ||
      (count.get(m.name) ?? 0) >= 2 ||
      SPEECH_NEAR.test(text.slice(m.span[1], m.span[1] + 40)) ||
      SPEECH_BEFORE.test(text.slice(Math.max(0, m.span[0] - 30), m.span[0])) ||
      /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+$/.test(text.slice(Math.max(0, m.span[0] - 6), m.span[0])),
  )
}

/** A verb of saying right after a name ("Kirby said", "Smith, 45, told") or right before it ("said Smith"). */
const SPEECH_NEAR =
  /^(?:\s*,[^,.]{1,30},)?\s+(?:\p{Ll}+ly\s+|also\s+|has\s+|had\s+)?(?:said|says|told|tells|added|adds|wrote|writes|asked|argued|noted|stated|explained|insisted|warned|claimed|tweeted)\b/u
const SPEECH_BEFORE = /\b(?:said|says|told|added|wrote|asked|according to)\s+$/
