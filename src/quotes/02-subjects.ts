/**
 * Step 2: the subject of a cue verb — who is speaking, as written. Reads the words just before the verb
 * ("NATO Secretary General Jens Stoltenberg said", "Kirby, the spokesman, said", "she said", "a spokesman for
 * the campaign said") or, after a quote, just after it ("…,” said Rep. Jim Clyburn, the assistant leader).
 * Splits a name from the role written with it.
 */
import { NOT_NAME_WORDS, PLACE_WORDS, ROLE_NOUNS, ROLE_WORDS, SPEAKER_PRONOUNS } from '../language/lexicon.js'
import type { Span } from '../model/index.js'

/** The speaker as written next to a cue. */
export interface Subject {
  span: Span
  text: string
  kind: 'name' | 'pronoun' | 'nominal'
  /** The name part ("Julianne Smith" of "US Ambassador to NATO Julianne Smith"), or null. */
  name: string | null
  nameSpan: Span | null
  role: string | null
  roleSpan: Span | null
}

interface Token {
  text: string
  start: number
  end: number
}

/** Words, parentheticals ("(D-N.C.)") and clause punctuation, with offsets. */
const TOKEN = /\([^()\n]{1,40}\)|[\p{L}\p{M}\d][\p{L}\p{M}\d.'’&-]*|[,;:—–―]/gu

/** Adverbs and auxiliaries that may stand between subject and cue ("Smith also said", "he has repeatedly said"). */
const BETWEEN_WORDS = new Set([
  'also',
  'later',
  'then',
  'further',
  'often',
  'still',
  'again',
  'previously',
  'recently',
  'once',
  'has',
  'had',
  'have',
  'would',
  'will',
  'did',
  'does',
  'do',
  'not',
  'never',
  'reportedly',
  'repeatedly',
  'publicly',
  'privately',
  'separately',
  'earlier',
  'initially',
  'first',
  'finally',
  'just',
  'even',
  'long',
  'flatly',
  'simply',
  'quickly',
  'immediately',
  'already',
  'explicitly',
  'bluntly',
  'frankly',
  'openly',
  'angrily',
  'proudly',
  'jokingly',
  'sharply',
  'firmly',
  'clearly',
  'only',
  'subsequently',
  'however',
  'meanwhile',
  'too',
  'now',
  'all',
  'together',
  'is',
  'are',
  'was',
  'were',
  'been',
])

/** Words that open a nominal speaker ("the spokesman", "a White House official", "two officials"). */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'one',
  'another',
  'his',
  'her',
  'their',
  'its',
  'two',
  'three',
  'four',
  'several',
  'some',
  'many',
  'other',
  'those',
  'these',
  'both',
  'most',
  'senior',
])

/** Lower-case words that may sit inside a name-and-role run ("Secretary of State", "Ambassador to NATO"). */
const RUN_CONNECTORS = new Set(['of', 'to', 'for', 'the', 'and', 'de', 'da', 'van', 'von', 'der', 'bin', 'al', 'on'])

/** Name particles that stay with the name ("Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'bin', 'al', 'le', 'la', 'du'])

/** Words that stop a backward walk over a nominal subject: a verb or clause boundary. */
const NOMINAL_STOP = new Set([
  'that',
  'which',
  'who',
  'when',
  'because',
  'as',
  'after',
  'before',
  'but',
  'and',
  'or',
  'if',
  'while',
  'since',
  'where',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'said',
  'says',
  'told',
])

/** A short noun phrase that can stand as a speaker after a quote ("my father", "the ad’s narrator"). */
const SHORT_NOMINAL =
  /^(?:(?:the|a|an|my|his|her|their|our|its|one|another|\p{Lu}[\p{L}’'.-]*)\s+)?(?:[\p{L}\d’'./-]+\s+){0,3}[\p{L}’'.-]+$/u

/** Words that show a phrase is a clause, not a noun phrase. */
const FUNCTION_WORDS = new Set(
  'in on at but and or to that for with by from as is was are were be been if when while so because not who which'.split(
    ' ',
  ),
)

/** Words that are cues, not part of a speaker phrase ("the Alliance Secretary General said"). */
const CUE_LIKE = /^(?:said|says|told|tells|added|adding|saying|stated|noted|according)$/

/**
 * Asides between a subject and its verb that say how or when, not who: "Harry Reid (D-Nev.), in particular, has
 * been pounding …", "Smith, however, said". English adverbials; "of the NSC" stays a role.
 */
const ADVERBIAL_ASIDE =
  /^(?:in|for|at|on|by|with|after|before|during|meanwhile|however|though|too|also|instead|moreover|likewise|similarly|again|notably|especially|particularly|perhaps|indeed|therefore|thus|separately|speaking|asked|writing)\b/

/** Appositives that are relative clauses ("who voted against the plan"), not roles. */
const RELATIVE = /^(?:who|whose|which|where|whom)\b/

const tokenize = (text: string, from: number, to: number): Token[] => {
  const out: Token[] = []
  TOKEN.lastIndex = 0
  const slice = text.slice(from, to)
  for (const m of slice.matchAll(TOKEN)) {
    let t = m[0]
    // A sentence-internal word never ends in a bare full stop unless it is an abbreviation or initial.
    if (t.endsWith('.') && !/^(?:\p{Lu}[\p{Ll}]{0,3}\.|(?:\p{L}\.)+)$/u.test(t)) t = t.slice(0, -1)
    out.push({ text: t, start: from + (m.index ?? 0), end: from + (m.index ?? 0) + t.length })
  }
  return out
}

/** A speaker given by a pronoun ("she", "they", "which"), to be resolved to a person later. */
export function pronounSubject(span: Span, word: string): Subject {
  return { span, text: word, kind: 'pronoun', name: null, nameSpan: null, role: null, roleSpan: null }
}

/** A speaker named only by role words ("the spokesman", "NATO Secretary General"): the whole phrase is the role. */
function nominalSubject(text: string, span: Span): Subject {
  const phrase = text.slice(span[0], span[1])
  return { span, text: phrase, kind: 'nominal', name: null, nameSpan: null, role: phrase, roleSpan: span }
}

const isCapitalised = (t: string): boolean => /^\p{Lu}/u.test(t) || /^(?:Mc|Mac|O['’]|d['’]|al-)\p{Lu}/u.test(t)
const isParen = (t: string): boolean => t.startsWith('(')
const lower = (t: string): string => t.toLowerCase()

/** Splits a capitalised run into role and name: the name is the trailing run of name-like words. */
function splitRun(text: string, run: Token[]): Subject | null {
  // Drop leading words that cannot begin a name or role ("On Friday", "But", "The" stays only before a role).
  let a = 0
  while (a < run.length && (NOT_NAME_WORDS.has(lower(run[a]?.text ?? '')) || RUN_CONNECTORS.has(run[a]?.text ?? '')))
    a++
  let b = run.length
  while (b > a && (RUN_CONNECTORS.has(run[b - 1]?.text ?? '') || NOT_NAME_WORDS.has(lower(run[b - 1]?.text ?? '')))) b--
  if (b <= a) return null
  const tokens = run.slice(a, b)
  let nameEnd = tokens.length
  while (nameEnd > 0 && isParen(tokens[nameEnd - 1]?.text ?? '')) nameEnd--
  let nameStart = nameEnd
  while (nameStart > 0) {
    const t = tokens[nameStart - 1]?.text ?? ''
    const isName =
      (isCapitalised(t) && !ROLE_WORDS.has(lower(t)) && !/['’]s$/.test(t)) ||
      (NAME_PARTICLES.has(t) && nameStart < nameEnd && nameStart > 1)
    if (!isName) break
    nameStart--
  }
  // "Minister of Health Lara Novak": right after "of"/"to"/"for", one word is the portfolio, not the name.
  if (nameEnd - nameStart >= 3 && /^(?:of|to|for)$/.test(tokens[nameStart - 1]?.text ?? '')) nameStart++
  const first = tokens[0] as Token
  const last = tokens[tokens.length - 1] as Token
  const span: Span = [first.start, last.end]
  if (nameStart === nameEnd) {
    // One adjective ("Democratic claims –") is no speaker; one role noun ("Police say") is.
    if (
      tokens.length === 1 &&
      !ROLE_NOUNS.has(lower(tokens[0]?.text ?? '')) &&
      !/^\p{Lu}{2,}$/u.test(tokens[0]?.text ?? '')
    )
      return null
    // Only role words ("NATO Secretary General", "Clinton’s campaign"): a nominal speaker.
    return nominalSubject(text, span)
  }
  const n0 = tokens[nameStart] as Token
  const n1 = tokens[nameEnd - 1] as Token
  if (PLACE_WORDS.has(lower(text.slice(n0.start, n1.end)))) {
    // "Countries allied to Ukraine": a place ends the phrase; the speaker is the whole nominal.
    return nominalSubject(text, span)
  }
  const roleTokens = tokens.slice(0, nameStart).filter((t) => !/^(?:Mr|Mrs|Ms|Dr)\.?$/.test(t.text))
  const r0 = roleTokens[0]
  const r1 = roleTokens[roleTokens.length - 1]
  const roleSpan: Span | null = r0 && r1 ? [r0.start, r1.end] : null
  return {
    span,
    text: text.slice(span[0], span[1]),
    kind: 'name',
    name: text.slice(n0.start, n1.end),
    nameSpan: [n0.start, n1.end],
    role: roleSpan ? text.slice(roleSpan[0], roleSpan[1]) : null,
    roleSpan,
  }
}

/** A nominal speaker ending at token `end` ("the spokesman", "a spokesman for the campaign", "U.S. officials"). */
function nominalBefore(text: string, tokens: Token[], end: number, floor: number): Subject | null {
  const lastWord = tokens[end]
  if (!lastWord) return null
  let roleAt = -1
  for (let i = end; i >= Math.max(floor, end - 6); i--) {
    const t = lower(tokens[i]?.text ?? '')
    if (ROLE_NOUNS.has(t) || ROLE_NOUNS.has(t.replace(/s$/, ''))) {
      roleAt = i
      break
    }
    if (NOMINAL_STOP.has(t) || /^[,;:—–―]$/.test(t)) return null
  }
  if (roleAt < 0) return null
  // Walk back over modifiers to a determiner or the clause start.
  let start = roleAt
  for (let i = roleAt - 1; i >= Math.max(floor, roleAt - 5); i--) {
    const t = tokens[i]?.text ?? ''
    const l = lower(t)
    if (/^[,;:—–―]$/.test(t) || NOMINAL_STOP.has(l) || (NOT_NAME_WORDS.has(l) && !DETERMINERS.has(l))) break
    start = i
    if (DETERMINERS.has(l)) {
      // "a spokesman for the campaign": an earlier determiner + role noun + preposition extends the phrase.
      const before = tokens.slice(Math.max(floor, i - 4), i)
      const prep = before.findLastIndex((x) => /^(?:for|of|at|with|from|in)$/.test(x.text))
      if (prep > 0) {
        const headRole = before.slice(0, prep).findLastIndex((x) => ROLE_NOUNS.has(lower(x.text)))
        const det = before.slice(0, Math.max(0, headRole)).findLastIndex((x) => DETERMINERS.has(lower(x.text)))
        if (headRole >= 0 && det >= 0) start = Math.max(floor, i - 4) + det
      }
      break
    }
  }
  const s = tokens[start] as Token
  const span: Span = [s.start, lastWord.end]
  return nominalSubject(text, span)
}

/** The subject whose last word is token `end` (no appositive). */
function headBefore(text: string, tokens: Token[], end: number, floor: number): Subject | null {
  const t = tokens[end]
  if (!t) return null
  if (t.text === 'who' && end > floor) {
    // ", who said": the relative pronoun stands for the name before it (resolved in step 4).
    return pronounSubject([t.start, t.end], t.text)
  }
  const contraction = /^(he|she|it|they|we)['’](?:s|re|ve|d|ll)$/i.exec(t.text)
  if (contraction?.[1]) {
    // "He’s claiming …": the pronoun before the contracted auxiliary.
    const end = t.start + contraction[1].length
    return pronounSubject([t.start, end], contraction[1])
  }
  const pronoun = SPEAKER_PRONOUNS.get(lower(t.text))
  if (pronoun && (t.text !== 'I' || end === floor)) {
    // "it" and "I" outside quotes are rarely speakers unless they open the clause.
    if (lower(t.text) === 'it' && end !== floor) return null
    return pronounSubject([t.start, t.end], t.text)
  }
  if (isCapitalised(t.text) || isParen(t.text)) {
    let i = end
    while (i - 1 >= floor) {
      const p = tokens[i - 1]?.text ?? ''
      const ok =
        isCapitalised(p) ||
        (isParen(p) && i - 1 > floor) ||
        RUN_CONNECTORS.has(p) ||
        (ROLE_WORDS.has(p) && /^\p{Ll}/u.test(p)) ||
        ROLE_NOUNS.has(p)
      if (!ok) break
      i--
    }
    const run = tokens.slice(i, end + 1)
    const subject = splitRun(text, run)
    if (subject) return subject
  }
  return nominalBefore(text, tokens, end, floor)
}

/** A year, weekday or month: the head of a time phrase ("in 2010", "on Monday", "last week"). */
const TIME_WORD =
  /^(?:1[89]\d\d|20\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year)$/

/**
 * The subject just before a cue verb at `verbStart`, looking no further back than `floor`.
 * With `adjacent`, the subject must begin right after `floor` (only spaces or a comma between): used after a quote.
 */
export function subjectBefore(text: string, floor: number, verbStart: number, adjacent = false): Subject | null {
  const tokens = tokenize(text, Math.max(floor, verbStart - 240), verbStart)
  let end = tokens.length - 1
  while (end >= 0 && BETWEEN_WORDS.has(lower(tokens[end]?.text ?? ''))) end--
  // "who in 2010 said", "Trump on Monday said": a time phrase between subject and verb.
  if (
    end >= 1 &&
    TIME_WORD.test(tokens[end]?.text ?? '') &&
    /^(?:in|on|last|this|since|early|late)$/i.test(tokens[end - 1]?.text ?? '')
  ) {
    end -= 2
    while (end >= 0 && BETWEEN_WORDS.has(lower(tokens[end]?.text ?? ''))) end--
  }
  if (end < 0) return null
  let subject: Subject | null = null
  const last = tokens[end] as Token
  if (last.text === ',') {
    // "Kirby, the spokesman, said" / "Scott Pruitt, the attorney general of Oklahoma, one of the states, said":
    // the nearest earlier comma after which a name stands.
    const commas = tokens.flatMap((t, i) => (i < end && t.text === ',' ? [i] : [])).reverse()
    for (const open of commas.slice(0, 3)) {
      if (open < 1 || end - open < 2 || end - open > 30) continue
      // ", and the meeting deteriorated from there,": a clause, not an appositive.
      if (/^(?:and|but|or|so|then|because|while|although|as|if|when)$/i.test(tokens[open + 1]?.text ?? '')) continue
      if (tokens.slice(open + 1, end).some((t) => /^[;:—–―]$/.test(t.text))) break
      const head = headBefore(text, tokens, open - 1, 0)
      if (head && head.kind !== 'pronoun') {
        const a0 = tokens[open + 1] as Token
        const a1 = tokens[end - 1] as Token
        const appositive = text.slice(a0.start, a1.end)
        if (ADVERBIAL_ASIDE.test(appositive)) {
          subject = head
          break
        }
        // "NATO’s Supreme Commander in Europe, General Christopher Cavoli, said": the name is in the appositive.
        const inner = isCapitalised(a0.text) ? splitRun(text, tokens.slice(open + 1, end)) : null
        if (
          inner?.kind === 'name' &&
          inner.span[1] === a1.end &&
          (inner.role || head.kind === 'nominal' || head.role)
        ) {
          const roleText = [text.slice(head.span[0], head.span[1]), inner.role].filter(Boolean).join(', ')
          subject = { ...inner, span: [head.span[0], a1.end], text: text.slice(head.span[0], a1.end), role: roleText }
          break
        }
        // "Piet Vos, who joined her at the briefing, said": a relative clause is no role.
        const describes = head.kind === 'name' && !RELATIVE.test(appositive)
        subject = {
          ...head,
          span: [head.span[0], a1.end],
          text: text.slice(head.span[0], a1.end),
          role: describes ? appositive : head.role,
          roleSpan: describes ? [a0.start, a1.end] : head.roleSpan,
        }
        break
      }
    }
  } else {
    subject = headBefore(text, tokens, end, 0)
  }
  // "Stumpf’s repeated emphasis", "Trump’s recent remarks": a possessive is not a speaker.
  // "Clinton’s team says", "Pagliano's lawyer has said" are speakers: the possessed word is a role.
  const possessed = /['’]s(?:\s+\p{Ll}+){0,2}$/u.test(subject?.text ?? '')
  const lastWord = lower(/(\p{L}+)$/u.exec(subject?.text ?? '')?.[1] ?? '')
  if (subject && !subject.text.includes(',') && possessed && !ROLE_NOUNS.has(lastWord) && !ROLE_WORDS.has(lastWord))
    subject = null
  if (adjacent) {
    // After a quote the words between it and the cue are the speaker: widen to a short modifier ("9/11 widow
    // Terry Strada", "panel Chairman Rep. Jason Chaffetz"), or take a short phrase whole ("my father", "the book").
    let s = floor
    while (s < verbStart && /[\s,]/.test(text[s] ?? '')) s++
    const gap = text.slice(s, subject ? subject.span[0] : verbStart)
    const gapWords = gap.trim() ? gap.trim().split(/\s+/).length : 0
    if (/[.;:“”"!?]/.test(gap)) return null
    const clause = gap.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()))
    if (subject && gapWords > 0 && (gapWords > 4 || clause)) return null
    // "“…” radio program who said": a relative pronoun after a noun is that noun's clause, not the quote's speaker.
    if (subject?.kind === 'pronoun' && gapWords > 0) return null
    if (subject && gapWords > 0) {
      subject = { ...subject, span: [s, subject.span[1]], text: text.slice(s, subject.span[1]) }
      if (subject.kind !== 'name') subject.role = subject.text
    } else if (!subject) {
      let e = verbStart
      while (e > s && /\s/.test(text[e - 1] ?? '')) e--
      const words = text.slice(s, e).split(/\s+/)
      while (words.length > 1 && BETWEEN_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) {
        e -= (words.pop() ?? '').length
        while (e > s && /\s/.test(text[e - 1] ?? '')) e--
      }
      if (e <= s || words.length > 8) return null
      const phrase = text.slice(s, e)
      if (!SHORT_NOMINAL.test(phrase) || words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return null
      subject = nominalSubject(text, [s, e])
    }
  }
  if (!subject && !adjacent) subject = clauseNominal(text, floor, verbStart)
  if (!subject) return null
  if (adjacent && /[^\s,]/.test(text.slice(floor, subject.span[0]))) return null
  return subject
}

/**
 * A short noun phrase that is the whole clause before the cue ("The New York businessman says", "…, a friend
 * commented:"): it opens the sentence or follows its last comma, four words at most, with no verb-like words.
 */
function clauseNominal(text: string, floor: number, verbStart: number): Subject | null {
  const before = text.slice(floor, verbStart)
  const comma = before.lastIndexOf(',')
  let s = floor + (comma >= 0 ? comma + 1 : 0)
  while (s < verbStart && /\s/.test(text[s] ?? '')) s++
  let e = verbStart
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  const phrase = text.slice(s, e)
  const words = phrase.split(/\s+/)
  const group = groupNominal(text, s, e, words)
  if (group) return group
  if (!phrase || words.length < 2 || words.length > 4) return null
  if (!DETERMINERS.has(lower(words[0] ?? '')) || words.some((w) => FUNCTION_WORDS.has(lower(w)))) return null
  if (!SHORT_NOMINAL.test(phrase) || /[“”"():;]/.test(phrase)) return null
  return nominalSubject(text, [s, e])
}

/**
 * A plural role noun with the phrase that says which ones, as the whole clause before the cue: "Experts on North
 * Korea and nuclear nonproliferation said", "Political observers in Virginia and around the country say". The
 * head (after at most one determiner or adjective) is a plural role noun followed by a preposition; ten words at
 * most, none a verb form.
 */
function groupNominal(text: string, s: number, e: number, words: string[]): Subject | null {
  if (words.length < 3 || words.length > 10 || /[“”"():;]/.test(text.slice(s, e))) return null
  const head = ROLE_NOUNS.has(lower(words[0] ?? '')) ? 0 : ROLE_NOUNS.has(lower(words[1] ?? '')) ? 1 : -1
  if (head < 0 || !/s$/i.test(words[head] ?? '')) return null
  if (!/^(?:on|in|at|for|of|from|with|across|around|close)$/.test(words[head + 1] ?? '')) return null
  if (words.some((w) => /^(?:is|are|was|were|be|been|has|have|had|that|who|which)$/i.test(w) || /\p{Ll}ed$/u.test(w)))
    return null
  return nominalSubject(text, [s, e])
}

/** The subject right after a cue verb ending at `from`, up to `limit`: "…,” said Rep. Gwen Moore (D-Wis.)". */
export function subjectAfter(text: string, from: number, limit: number): Subject | null {
  const tokens = tokenize(text, from, Math.min(limit, from + 240))
  // "said 9/11 widow Terry Strada": a few lower-case modifiers before the name belong to the speaker.
  const lead = tokens.findIndex((t) => !/^[\p{Ll}\d][\p{L}\d/.-]*$/u.test(t.text) || DETERMINERS.has(t.text))
  if (lead > 0 && lead <= 3 && isCapitalised(tokens[lead]?.text ?? '') && !DETERMINERS.has(tokens[0]?.text ?? '')) {
    const modifiers = tokens.slice(0, lead)
    if (!modifiers.some((t) => FUNCTION_WORDS.has(t.text))) {
      const rest = subjectAfter(text, tokens[lead]?.start ?? from, limit)
      const m0 = modifiers[0] as Token
      if (rest?.kind === 'name')
        return { ...rest, span: [m0.start, rest.span[1]], text: text.slice(m0.start, rest.span[1]) }
    }
  }
  const first = tokens[0]
  if (!first) return null
  let end = -1
  if (isCapitalised(first.text) && !NOT_NAME_WORDS.has(lower(first.text))) {
    end = 0
    while (end + 1 < tokens.length) {
      const t = tokens[end + 1]?.text ?? ''
      if (isCapitalised(t) || isParen(t) || RUN_CONNECTORS.has(t) || (ROLE_WORDS.has(t) && /^\p{Ll}/u.test(t))) end++
      else break
    }
    while (end > 0 && RUN_CONNECTORS.has(tokens[end]?.text ?? '')) end--
    if (/['’]s$/.test(tokens[end]?.text ?? '')) {
      // "Scott's family has called …", "Ivana Trump's brief said": a possessive name and the role noun it owns.
      for (let i = end + 1; i <= end + 2 && i < tokens.length; i++) {
        const t = tokens[i]?.text ?? ''
        if (!/^\p{Ll}/u.test(t)) break
        if (ROLE_NOUNS.has(t)) return nominalSubject(text, [first.start, (tokens[i] as Token).end])
      }
    }
  } else if (lower(first.text) === 'the' && isCapitalised(tokens[1]?.text ?? '')) {
    // "said the Rev. Peter Wherry": a title after "the" opens a name.
    const rest = subjectAfter(text, tokens[1]?.start ?? from, limit)
    if (!rest) return null
    const span: Span = [first.start, rest.span[1]]
    // "the Rev. Peter Wherry" is a name; "the Republican nominee" a role.
    if (rest.kind === 'name') return { ...rest, span, text: text.slice(span[0], span[1]) }
    const phrase = text.slice(span[0], span[1])
    return { ...rest, span, text: phrase, role: phrase, roleSpan: span }
  } else if (DETERMINERS.has(lower(first.text))) {
    for (let i = 1; i < Math.min(tokens.length, 8); i++) {
      const t = lower(tokens[i]?.text ?? '')
      if (/^[,;:—–―]$/.test(t)) break
      if (ROLE_NOUNS.has(t) || ROLE_NOUNS.has(t.replace(/s$/, ''))) end = i
    }
    if (end < 0) return null
    // "one GOP source in the room": keep a short trailing prepositional phrase.
    if (/^(?:for|of|at|in|with|from)$/.test(tokens[end + 1]?.text ?? '')) {
      while (end + 1 < tokens.length && end < 10 && !/^[,;:—–―]$/.test(tokens[end + 1]?.text ?? '')) {
        const t = tokens[end + 1]?.text ?? ''
        if (CUE_LIKE.test(t)) break
        if (/^(?:for|of|at|in|with|from|to|the|a|an)$/.test(t) || isCapitalised(t) || /^\p{Ll}+$/u.test(t)) end++
        else break
      }
    }
    const last = tokens[end] as Token
    const span: Span = [first.start, last.end]
    return nominalSubject(text, span)
  } else return null
  const head = splitRun(text, tokens.slice(0, end + 1))
  if (!head) return null
  // An appositive after a comma, up to the end of the clause: ", head of the Congressional Black Caucus."
  const next = tokens[end + 1]
  if (head.kind === 'name' && next?.text === ',') {
    const stop = tokens.findIndex((t, i) => i > end + 1 && /^[,;:—–―]$/.test(t.text))
    const lastTok = tokens[(stop < 0 ? tokens.length : stop) - 1]
    if (lastTok && lastTok.start > next.end) {
      const a0 = tokens[end + 2] as Token
      const appositive = text.slice(a0.start, lastTok.end)
      if (
        /^(?:the|a|an|who|whose|one|his|her|its|their|\p{Ll})/u.test(appositive) &&
        !ADVERBIAL_ASIDE.test(appositive)
      ) {
        const describes = !RELATIVE.test(appositive)
        return {
          ...head,
          span: [head.span[0], lastTok.end],
          text: text.slice(head.span[0], lastTok.end),
          role: describes ? appositive : head.role,
          roleSpan: describes ? [a0.start, lastTok.end] : head.roleSpan,
        }
      }
    }
  }
  return head
}
