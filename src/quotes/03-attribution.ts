/**
 * Step 3: attributions in one article. Each cue verb outside quotation marks is read in one of five shapes:
 *   after a quote   “…,” Kirby said. / “…,” said Rep. Jim Clyburn, the assistant leader.
 *   before a quote  He said: “…” / She added, “…”
 *   complement      She called it “unprovoked aggression”. / Kirby said Russia was focused on Ukraine.
 *   trailing        Russia was focused on Ukraine, Kirby said.
 *   according to    According to Kirby, … / …, according to Kirby.
 * Quoted passages with no cue of their own join the attributed quote in their paragraph, or, when a paragraph
 * is nothing but quotation, continue the previous speaker (news style for follow-on quote paragraphs).
 */
import type { QuoteKind, Span } from '../model/index.js'
import { findQuotedPassages, type QuotedPassage } from './01-quote-marks.js'
import { pronounSubject, type Subject, subjectAfter, subjectBefore } from './02-subjects.js'
import { CUE_PATTERN, FRAMING_FORMS, LISTENER_VERBS, SPEECH_FORMS } from './cues.js'

/** One attribution found in the text, before its speaker is resolved. */
export interface Attribution {
  /** Content pieces, in order. */
  spans: Span[]
  kind: QuoteKind
  cue: string | null
  cueSpan: Span | null
  /** The speaker as written, or null for a follow-on quote (see `follows`). */
  subject: Subject | null
  /** Index of the earlier attribution whose speaker this one continues, or -1. */
  follows: number
}

/** Time and manner phrases between a cue verb and what was said ("said Friday", "said in an interview that"). */
const CUE_MODIFIER =
  /^(?:\s*,?\s*(?:(?:on|last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|earlier|later|again|also|recently|afterward|afterwards|(?:in|during|at|on|via|by|through|over|after|before)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?[^,.;:“”"]{1,60}?(?=\s*(?:,|that\b|:|$)))(?:\s+(?:morning|afternoon|evening|night))?\s*,?)*/

/** Verbs of saying that take a bare reported clause ("said Russia was focused …"); others need "that" or quotes. */
const BARE_CLAUSE =
  /^(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|argu|claim|insist|contend|predict|warn|not(?:e|ed|es|ing)|suggest|acknowledg|admit|conced|explain|wr(?:ite|ote|ites|iting)|tweet|recall|complain|believ|think|thought|agree|repl|respond|declar|stat|assert|announc|confirm|stress|emphasi)/

/** A clause opened by one of these is circumstance, not what was said ("said Friday, as they …"). */
const SUBORDINATE = /^(?:as|while|because|after|before|when|although|though|since|if|but|and)\b/i

/** Sentence openings that are adverbial, not content: a quote inside them is a title, not speech. */
const INTRO_PHRASE =
  /^\s*(?:In|On|At|During|After|Before|Speaking|Asked|From|For|With|Under|As|While|When|Since|Following|Writing)\b/

/** An opening adverbial clause before the subject: "In a statement Friday, ". */
const INTRO_CLAUSE =
  /^(?:(?:In|On|At|During|After|Before|Speaking|Asked|From|With|Under|While|When|Since|Following|Earlier|Later|Meanwhile|Still|But|And|Yet|Although|Though|Because|If|Despite|Once|Unlike|Like|Amid|Whereas)\b[^,“”"]{0,120}|(?:However|Instead|Indeed|Separately|Also|Now|Then|\p{Lu}\p{Ll}+ly)),\s*/u

/**
 * A finite verb right after a subject, with an optional adverb or auxiliary: "openly admires", "has called",
 * "vowed". Past and third-person forms of regular verbs, and common irregular pasts.
 */
const FINITE_VERB =
  /^\s*(?:,\s*[^,“”"]{1,30},\s*)?(?:(?:['’]s|has|have|had|is|are|was|were|been|has been|also|then|later|again|once|even|still|often|never|not|did|does|will|would|\p{Ll}+ly)\s+){0,4}((?!(?:is|has|was|does|goes|comes|gives|makes|takes|seems|needs|means|as|us|its|this|thus|his|hers|yes|less|unless|across|was|needs)\b)\p{Ll}+(?:ed|es|s)|(?<=(?:is|are|was|were|['’]s|been)\s+(?:(?:\p{Ll}+ly|once|again|also|still|now|not)\s+){0,2})\p{Ll}{2,}ing|made|took|gave|put|held|set|sent|spoke|sang|wrote|drew|threw|went|gone|struck|called|read|cited|sought|brought|fought|thought|felt|meant|left|kept)\b(?:\s+(?:to|as|for|on|at|about|with|up|out|off))?/u

/** A transcript speaker label: "PENCE: ", "MR. HOLT: ". */
const TRANSCRIPT_LABEL = /^["“]?(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}\.?):\s+/u

/** Every transcript label in a text: a transcript has at least two. */
const TRANSCRIPT_LINES = /(?:^|\n)["“]?\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}\.?:\s/gu

/** A headline that opens with its speaker: "Pence: Gennifer Flowers Won’t Be at Debate". */
const HEADLINE_LABEL = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+(?=\S)/u

const DASH_ATTRIBUTION = /^\s*[―—–-]\s*(?=\p{Lu})/u

/** Quote marks and letters, to decide whether content holds quoted words. */
const HAS_LETTER = /\p{L}/u

interface Cue {
  start: number
  end: number
  form: string
}

function sentenceAt(sentences: Span[], pos: number): Span | null {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid] as Span
    if (pos < s[0]) hi = mid - 1
    else if (pos >= s[1]) lo = mid + 1
    else return s
  }
  return null
}

/** A cue form at the start of a string. */
const CUE_AT_START = new RegExp(`^(?:${CUE_PATTERN.source})`, 'i')

/** A noun naming the quoted words themselves, right before them: "the phrase “…”", "the nickname “…”". */
const NAMED_PHRASE = /\b(?:phrase|term|word|words|slogan|label|catchphrase|chant)\s*$/i

/** The owner mark of a passage that is a name ("the nickname “…”"): no attribution takes it. */
const NAMED = -2

/** A noun before a quoted name, which is then a name, not words anyone said: "the nickname “Lyin' Ted”". */
const NAME_NOUN = /\b(?:nickname|moniker|hashtag|name|title|headline)\s*$/i

/** A comma, for scanning clause ends. */
const COMMA = /,/g

/** How far before and after a cue a clause is read, in characters; news sentences are far shorter. */
const MAX_REACH = 1500

/** More cues than this in one paragraph is not news copy; the rest of the paragraph is skipped. */
const MAX_CUES_PER_PARAGRAPH = 200

/** Words before a noun, never before a verb: "a report", "the term", "of state". */
const NOUN_CONTEXT = new Set(
  'the a an of to for in on at by with from his her their its this these those our my your'.split(' '),
)

/** Words after a cue verb that make it something else: "continued to call", "is said to be". */
const NOT_SPEECH_AFTER = /^\s+to\s+(?!the\b|a\b|an\b|him\b|her\b|them\b|me\b|us\b|his\b|their\b|reporters\b)\p{Ll}/u

/** Verbs whose "to" clause is what was said: "vowed to punish", "urged Congress to act". */
const PLEDGE = /^(?:vow|promis|pledg|urg|threaten|warn)/i

/** "called for", "called on", "called off": calling that is not naming. */
const CALL_PARTICLE = /^\s+(?:for|on|off|up|out|into|upon)\b/

/**
 * True when a cue-word match is a verb of saying here: lower-case unless it opens the sentence ("Said Ellis:"),
 * not after a determiner or preposition ("a report", "secretary of state"), not "continued to" / "called for".
 */
function isCueVerb(
  text: string,
  start: number,
  end: number,
  paragraphStart: number,
  sentences: Span[],
  headline = false,
): boolean {
  const form = text.slice(start, end)
  if (form.toLowerCase().startsWith('according')) return true
  // A title-case headline capitalises its verbs ("…, Lindsey Graham Says").
  if (/^\p{Lu}/u.test(form) && !headline) {
    const sentence = sentenceAt(sentences, start)
    const opening = sentence ? sentence[0] : paragraphStart
    if (/\p{L}/u.test(text.slice(opening, start))) return false
  }
  const prev = /([\p{L}’']+)\s*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? ''
  // "was asked", "is said to": passive, the subject did not speak.
  if (/^(?:was|were|is|are|be|been|being|get|got)$/i.test(prev) && !/ing$/i.test(form)) return false
  // "continues his adulation": "continue" with an object is not speech ("Caddell continued:", "…,” she continued." are).
  if (/^continu/i.test(form) && /^\s+\p{Ll}/u.test(after0(text, end))) return false
  // "by saying", "after saying": a gerund after a preposition is still the subject's speech.
  const gerund = /ing$/i.test(form) && /^(?:by|for|after|before|while|in|when)$/i.test(prev)
  const contraction = /^(?:he|she|it|they|we)['’]s$/i.test(prev)
  if (!gerund && (NOUN_CONTEXT.has(prev.toLowerCase()) || (/['’]s$/.test(prev) && !contraction))) return false
  const after = text.slice(end, end + 24)
  // "vowed to punish …": a promise is reported speech.
  if (NOT_SPEECH_AFTER.test(after) && !PLEDGE.test(form)) return false
  // "declared by", "reported from", "asked for", "says is": not a speaker's verb of saying.
  if (/^\s+(?:by|from)\b/.test(after) || (/^ask/i.test(form) && /^\s+(?:for|about)\b/.test(after))) return false
  // "… the congressman said is designed to “sow discord”": a gapped relative clause with quoted words is speech.
  if (/^\s+(?:is|was|are|were)\b/.test(after) && !/^[^.;“”"]{0,60}[“"]/.test(text.slice(end, end + 80))) return false
  // "claims – a 3 to 1 margin": a verb of saying is not followed by a dash.
  if (/^\s*[–—―]\s/.test(after)) return false
  if (/^call/i.test(form) && CALL_PARTICLE.test(after)) return false
  return true
}

/**
 * A label names a speaker when the name recurs: a transcript label ("PENCE:") opens more than one paragraph, a
 * headline's ("Pence: …") last word is named again in the text. "The Latest:" or "CLARIFICATION:" are not.
 */
function isSpeakerLabel(text: string, label: string, after: number): boolean {
  const words = label.split(/\s+/)
  if (
    words.some((w) =>
      /^(?:the|a|an|update|latest|clarification|correction|editor|note|read|watch|live|breaking)$/i.test(w),
    )
  )
    return false
  const last = words[words.length - 1] ?? ''
  if (/^\p{Lu}+$/u.test(label.replace(/[\s.'’-]/g, ''))) {
    return (text.match(TRANSCRIPT_LINES)?.length ?? 0) >= 2
  }
  return text.indexOf(last, after) >= 0
}

/** A headline in title case: most of its longer words are capitalised. */
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}{4,}/gu) ?? []
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7
}

/** The text just after a cue. */
function after0(text: string, end: number): string {
  return text.slice(end, end + 6)
}

/** A quoted passage as content: kept whole, marks and final punctuation included. */
function passageSpan(text: string, p: QuotedPassage): Span {
  let [s, e] = p.span
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  return [s, e]
}

/** Trims spaces, commas and a final full stop outside quotes from a content span. */
function trimContent(text: string, s: number, e: number): Span {
  while (s < e && /[\s,;:—–―-]/.test(text[s] ?? '')) s++
  while (e > s && /[\s,;:.―—–-]/.test(text[e - 1] ?? '')) e--
  if (/\s(?:and|but|or)$/.test(text.slice(Math.max(s, e - 4), e))) e = trimContent(text, s, e - 3)[1]
  return [s, e]
}

/** Finds every attribution in `text`, paragraph by paragraph. */
export function findAttributions(text: string, paragraphs: Span[], sentences: Span[]): Attribution[] {
  const out: Attribution[] = []
  let lastDirect = -1
  let lastDirectParagraph = -10
  let carryOpen = false
  let pending: { subject: Subject; cue: string; cueSpan: Span } | null = null
  paragraphs.forEach(([ps, pe], pIndex) => {
    const passages = findQuotedPassages(text, ps, pe)
    const owner: number[] = passages.map(() => -1)
    const introduced = pending
    pending = null
    const inPassage = (pos: number): boolean => passages.some((p) => pos >= p.span[0] && pos < p.span[1])
    const passageBefore = (pos: number): number => passages.findLastIndex((p) => p.span[1] <= pos)
    const passageFrom = (pos: number): number => passages.findIndex((p) => p.span[0] >= pos)
    const cues: Cue[] = []
    CUE_PATTERN.lastIndex = 0
    const slice = text.slice(ps, pe)
    for (const m of slice.matchAll(CUE_PATTERN)) {
      const start = ps + (m.index ?? 0)
      if (inPassage(start)) continue
      if (!isCueVerb(text, start, start + m[0].length, ps, sentences, pIndex === 0 && isTitleCase(slice))) continue
      cues.push({ start, end: start + m[0].length, form: m[0].toLowerCase().replace(/\s+/g, ' ') })
      if (cues.length >= MAX_CUES_PER_PARAGRAPH) break
    }
    const here: number[] = []
    const add = (a: Attribution, own: number[]): void => {
      out.push(a)
      here.push(out.length - 1)
      for (const i of own) owner[i] = out.length - 1
    }

    if (introduced && passages[0]?.span[0] === ps) {
      add(
        {
          spans: passages.map((p) => passageSpan(text, p)),
          kind: 'direct',
          cue: introduced.cue,
          cueSpan: introduced.cueSpan,
          subject: introduced.subject,
          follows: -1,
        },
        passages.map((_, i) => i),
      )
    }

    // Transcripts: "PENCE: Well, look, …" — the speaker's label opens the paragraph.
    const label =
      TRANSCRIPT_LABEL.exec(text.slice(ps, pe)) ?? (pIndex === 0 ? HEADLINE_LABEL.exec(text.slice(ps, pe)) : null)
    if (label?.[1] && here.length === 0 && isSpeakerLabel(text, label[1], ps + label[0].length)) {
      const labelStart = ps + label[0].indexOf(label[1])
      const subject = subjectAfter(text, labelStart, labelStart + label[1].length)
      const content = trimContent(text, ps + label[0].length, pe)
      if (subject && content[1] - content[0] > 12) {
        // Every passage of a labelled paragraph is the label's, including a stray mark before the label.
        const own = passages.map((_, i) => i)
        const colon = labelStart + label[1].length
        add(
          {
            spans: [content],
            kind: kindOfContent(
              content,
              passages.filter((p) => p.span[1] > content[0]),
            ),
            cue: ':',
            cueSpan: [colon, colon + 1],
            subject,
            follows: -1,
          },
          own,
        )
      }
    }

    for (const cue of cues) {
      const sentence = sentenceAt(sentences, cue.start) ?? [ps, pe]
      // A run-on "sentence" (junk input) is read only near its cue, so the work per cue stays bounded.
      const ss = Math.max(sentence[0], ps, cue.start - MAX_REACH)
      const se = Math.min(sentence[1], pe, cue.end + MAX_REACH)
      const before = passageBefore(cue.start)
      const prevPassage = before >= 0 ? passages[before] : undefined
      const framing = FRAMING_FORMS.has(cue.form)
      const cueSpan: Span = [cue.start, cue.end]

      if (cue.form === 'according to') {
        const comma = text.indexOf(',', cue.end)
        const limit = comma >= 0 && comma < se ? comma : se
        // "according to a complaint filed by the SEC, …": whatever stands between the cue and the comma is the source.
        const subject = subjectAfter(text, cue.end, limit) ?? phraseSubject(text, cue.end, limit)
        if (!subject) continue
        const lead = text.slice(ss, cue.start)
        let content: Span
        if (/[\p{L}\d”"]\s*,\s*$/u.test(lead)) content = trimContent(text, ss, cue.start)
        else if (!HAS_LETTER.test(lead)) {
          const comma = text.indexOf(',', subject.span[1])
          if (comma < 0 || comma >= se) continue
          content = trimContent(text, comma + 1, se)
        } else continue
        if (content[1] - content[0] < 12) continue
        const own = passages.flatMap((p, i) => (p.span[0] >= content[0] && p.span[1] <= content[1] + 1 ? [i] : []))
        add(
          { spans: [content], kind: own.length ? 'mixed' : 'indirect', cue: cue.form, cueSpan, subject, follows: -1 },
          own,
        )
        continue
      }

      // After a quote: “…,” Kirby said / “…,” said Kirby.
      // "“Lyin' Ted.” Trump called the senator a “nasty guy”": a framing verb with an object after it frames what
      // follows, not the quote before it.
      const framesAfter =
        framing &&
        HAS_LETTER.test(text.slice(cue.end, se)) &&
        /\.["”»]$/.test(text.slice(prevPassage?.span[0] ?? 0, prevPassage?.span[1] ?? 0))
      if (prevPassage && owner[before] === -1 && prevPassage.span[1] >= ss - 2 && !framesAfter) {
        const between = text.slice(prevPassage.span[1], cue.start)
        let subject: Subject | null = null
        if (/^[\s,]*$/.test(between)) {
          const next = passageFrom(cue.end)
          const limit = Math.min(se, next >= 0 ? (passages[next]?.span[0] ?? pe) : pe)
          subject = subjectAfter(text, cue.end, limit)
          // "…,” said the ruling.": after a quote, a short phrase closing the sentence is the source.
          if (!subject && /^\s+(?:the|a|an|his|her|their|its)\s/i.test(text.slice(cue.end, limit))) {
            const phrase = phraseSubject(text, cue.end, limit)
            if (phrase && phrase.text.split(/\s+/).length <= 6) subject = phrase
          }
        } else if (between.length < 160) subject = subjectBefore(text, prevPassage.span[1], cue.start, true)
        let start = prevPassage.span[0]
        const lead = text.slice(ss, start)
        // "In an interview on CBS's “Face the Nation,” Ryan said …": a title inside an opening phrase.
        if (INTRO_PHRASE.test(lead) && !/[:,]\s*$/.test(lead)) subject = null
        if (subject) {
          // Words before the quote in the same sentence make it a mixed quote ("Trump’s approach “has a logic,” he said").
          if (HAS_LETTER.test(lead) && !inPassage(ss) && !/[:,]\s*$/.test(lead) && passageBefore(start) < 0) start = ss
          const own = [before]
          add(
            {
              spans: [trimContent(text, start, prevPassage.span[1])],
              kind: start === prevPassage.span[0] ? 'direct' : 'mixed',
              cue: cue.form,
              cueSpan,
              subject,
              follows: -1,
            },
            own,
          )
          continue
        }
      }

      const floor = Math.max(ss, prevPassage && prevPassage.span[1] > ss ? prevPassage.span[1] : ss)
      const participle =
        /^\S+ing\b/.test(cue.form) &&
        /(?:,|\b(?:by|for|after|before|while|in|when|despite))\s*$/i.test(text.slice(floor, cue.start))
      // "Dean responded to the criticism, saying …": the participle shares the sentence's earlier speaker.
      const earlier = participle
        ? here
            .map((j) => out[j] as Attribution)
            .findLast((b) => b.subject && b.cueSpan && b.cueSpan[0] >= ss && b.cueSpan[0] < cue.start)
        : undefined
      // "Ryan, despite admitting that …, …": a participle in a concessive or time phrase; the sentence's subject
      // admitted it, and what was admitted ends where the main clause resumes after a comma.
      const concessive = participle && /\b(?:despite|after|before|while|when)\s*$/i.test(text.slice(floor, cue.start))
      let subject =
        earlier?.subject ??
        // ", arguing that …" after a main clause: the participle's subject is the sentence's, not the nearest name
        // before the comma ("Clinton spoke about the death of Crutcher in Tulsa, Oklahoma, arguing …").
        (concessive || (participle && /,\s*$/.test(text.slice(floor, cue.start)))
          ? sentenceSubject(text, floor, cue.start)
          : null) ??
        subjectBefore(text, floor, cue.start)
      if (!subject && participle) {
        // "Smith echoed these concerns, stating: “…”": the participle's subject opens the sentence.
        subject = sentenceSubject(text, floor, cue.start)
      }
      if (!subject && /\band\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?$/u.test(text.slice(floor, cue.start))) {
        // "Schultz criticised the network and said …": a second predicate of the sentence's subject.
        subject = sentenceSubject(text, ss, cue.start)
      }
      if (!subject && participle && /^\s*(?:After|Before|While|When|In|By)\s+$/.test(text.slice(ss, cue.start))) {
        // "After saying her foot was “so swollen …,” she was …": the main clause's subject said it.
        const opening = openingParticiple(text, cue.end, se, passages)
        if (opening) {
          const own = passages.flatMap((p, i) =>
            p.span[0] >= opening.content[0] && p.span[0] < opening.content[1] && owner[i] === -1 ? [i] : [],
          )
          add(
            {
              spans: [opening.content],
              kind: kindOfContent(
                opening.content,
                own.map((i) => passages[i] as QuotedPassage),
              ),
              cue: cue.form,
              cueSpan,
              subject: opening.subject,
              follows: -1,
            },
            own,
          )
        }
        continue
      }
      if (!subject && /^[\s,]*$/.test(text.slice(ss, cue.start))) {
        // "Said Ellis: “…”"
        subject = subjectAfter(text, cue.end, se)
      }
      if (!subject && !framing && /[\p{L}\d”"]\s*,\s*$/u.test(text.slice(ss, cue.start))) {
        // "The meeting went badly, said one GOP source in the room.": an inverted speaker closing the sentence.
        const inverted = subjectAfter(text, cue.end, se)
        if (inverted && /^[\s.!?]*$/.test(text.slice(inverted.span[1], se))) {
          const content = trimContent(text, ss, cue.start)
          const own = passages.flatMap((p, i) => (p.span[0] >= content[0] && p.span[1] <= content[1] + 1 ? [i] : []))
          if (content[1] - content[0] >= 12 && own.every((i) => owner[i] === -1)) {
            add(
              {
                spans: [content],
                kind: kindOfContent(
                  content,
                  own.map((i) => passages[i] as QuotedPassage),
                ),
                cue: cue.form,
                cueSpan,
                subject: inverted,
                follows: -1,
              },
              own,
            )
          }
        }
        continue
      }
      if (!subject) continue
      const next = passageFrom(cue.end)
      const nextPassage = next >= 0 ? passages[next] : undefined
      const afterCue = subject.span[0] > cue.start ? subject.span[1] : cue.end

      // Parenthetical: "The weapons at its disposal, he added, are like “nuclear bombs.”" — the attribution
      // interrupts the reported clause, which is content on both sides.
      const parenthetical = parentheticalContent(text, ss, se, subject, cue, passages)
      if (parenthetical?.own.every((i) => owner[i] === -1)) {
        add(
          {
            spans: parenthetical.spans,
            kind: parenthetical.own.length ? 'mixed' : 'indirect',
            cue: cue.form,
            cueSpan,
            subject,
            follows: -1,
          },
          parenthetical.own,
        )
        continue
      }

      // Before a quote: He said: “…” / She added, “…” / He told reporters: “…”
      if (nextPassage && owner[next] === -1) {
        const gap = text.slice(afterCue, nextPassage.span[0])
        // "said via email that, “…” against …": after "that" the quote is part of a reported clause.
        const colonForm = /[:,]\s*$/.test(gap) && gap.length <= 140 && !/[.!?]\s/.test(gap) && !/\bthat\b/.test(gap)
        const bare = /^\s*$/.test(gap)
        if (colonForm || bare) {
          const tail = text.slice(nextPassage.span[1], se)
          if (colonForm || !HAS_LETTER.test(tail)) {
            const own = [next]
            const spans: Span[] = [passageSpan(text, nextPassage)]
            add({ spans, kind: 'direct', cue: cue.form, cueSpan, subject, follows: -1 }, own)
            continue
          }
        }
      }

      // "Caddell continued:" closing its paragraph: the quote is the next paragraph.
      if (!nextPassage && /^[^.!?“”"]{0,140}:\s*$/.test(text.slice(afterCue, pe))) {
        pending = { subject, cue: cue.form, cueSpan }
        continue
      }

      // Trailing with a listener: "…, Kirby told Polish news outlet Interia on Friday."
      if (!framing && subject.span[1] <= cue.start && !nextPassage) {
        const lead = text.slice(ss, subject.span[0])
        const tail = text.slice(cue.end, se)
        // The subject stands right before its verb ("…, Kirby told …"), and the lead is not an opening phrase ("At the rally,").
        const close = /^[\s\p{Ll}]{0,24}$/u.test(text.slice(subject.span[1], cue.start))
        if (
          close &&
          !(INTRO_PHRASE.test(lead) && lead.indexOf(',') === lead.lastIndexOf(',')) &&
          /[\p{L}\d”"]\s*,\s*$/u.test(lead) &&
          !/\bthat\b|[:“”"]/.test(tail) &&
          tail.split(/\s+/).length <= 9
        ) {
          const content = trimContent(text, ss, subject.span[0])
          if (
            content[1] - content[0] >= 12 &&
            !passages.some((p) => p.span[0] < content[1] && p.span[1] > content[0])
          ) {
            add({ spans: [content], kind: 'indirect', cue: cue.form, cueSpan, subject, follows: -1 }, [])
            continue
          }
        }
      }

      // Complement: She said Russia was “focused” … / Kirby said (that) Russia …
      let s = afterCue
      const rest = text.slice(s, se)
      if (LISTENER_VERBS.has(cue.form)) {
        // "told Polish outlet Interia on Friday that …": skip the listener.
        const m = /^[^.;:“”"]{0,80}?(?:\bthat\b|:|,)/.exec(rest)
        if (m) s += m[0].length
        else if (/^\s+(?:him|her|them|us|me|reporters|journalists)\b/.test(rest))
          s += /^\s+\S+/.exec(rest)?.[0].length ?? 0
      } else {
        s += CUE_MODIFIER.exec(rest)?.[0].length ?? 0
      }
      let cueAt: Span = cueSpan
      const asMark = framing ? /^\s*as\b/.exec(text.slice(s, se)) : null
      if (asMark && subject.span[1] <= cue.start) {
        // "described as “an intentional act”": "as" belongs to the framing verb, as annotators mark the cue.
        s += asMark[0].length
        cueAt = [cue.start, s]
      }
      // "that" stays with the reported clause, as annotators mark it.
      let e = se
      // A quote that starts in the clause runs to its own end, even past the sentence.
      for (const p of passages) if (p.span[0] >= s && p.span[0] < e && p.span[1] > e) e = p.span[1]
      if (framing) {
        // "called Machado “disgusting” and …": a framing verb's content ends with its last quoted words.
        // A short phrase after it that is not a new clause stays ("a “champion” for its constituency").
        const inside = passages.filter((p) => p.span[0] >= s && p.span[1] <= e)
        const lastInside = inside[inside.length - 1]
        if (lastInside) {
          const end = afterQuoteBreak(text, s, clauseEnd(text, s, e, passages), passages)
          const tail = text.slice(lastInside.span[1], end)
          e = /^[^,;:.!?“”"]{0,60}$/.test(tail) && !/\band\b/.test(tail) ? end : lastInside.span[1]
        }
      }
      // Only a clause with quoted words is cut: reported speech without quotes runs to the sentence end.
      if (passages.some((p) => p.span[0] >= s && p.span[0] < e))
        e = afterQuoteBreak(text, s, clauseEnd(text, s, e, passages), passages)
      if (concessive) {
        COMMA.lastIndex = s
        for (let m = COMMA.exec(text); m && m.index < e; m = COMMA.exec(text)) {
          const at = m.index
          // A comma just inside a closing mark ("often idle,” kept …") ends the clause with its quote.
          const closing = passages.find((p) => at === p.span[1] - 2)
          if (closing || !passages.some((p) => at > p.span[0] && at < p.span[1])) {
            e = closing ? closing.span[1] : at
            break
          }
        }
      }
      const content = trimContent(text, s, e)
      const own = passages.flatMap((p, i) => (p.span[0] >= content[0] && p.span[0] < content[1] ? [i] : []))
      const words = text.slice(content[0], content[1]).split(/\s+/).length
      const clause = text.slice(content[0], content[1])
      // "she said, referencing the bank’s drive to …": a participle after a comma is the reporter's, not the speaker's.
      const subordinate =
        SUBORDINATE.test(clause) || (/,/.test(text.slice(afterCue, content[0])) && /^\p{Ll}+ing\b/u.test(clause))
      // "that Mr. Obama said would make …", "what Trump says his plan would do": the cue sits in a relative clause.
      // "meddling the congressman said is designed to “sow discord”": a relative clause whose gap is the subject
      // of what was said; with quoted words it is reported speech about the noun before it.
      const gapped = /^(?:would|will|could|should|might|may|can|is|was|were|are|has|had|have)\b/.test(clause)
      const embedded =
        (gapped && own.length === 0) ||
        /\b(?:what|how|whom|why)\s+$/i.test(text.slice(Math.max(ss, subject.span[0] - 8), subject.span[0])) ||
        // "who has repeatedly pledged to ban …": a relative clause describing someone, not a statement.
        (PLEDGE.test(cue.form) && subject.text === 'who')
      // Verbs that also take a plain object ("added a note", "revealed the drug") report speech with "that" or quotes.
      const reported =
        BARE_CLAUSE.test(cue.form) ||
        /^that\b/.test(clause) ||
        own.length > 0 ||
        (PLEDGE.test(cue.form) && /^to\b/.test(clause))
      if (
        (words >= 3 || (asMark && own.length > 0)) &&
        !subordinate &&
        !embedded &&
        reported &&
        !(framing && own.length === 0) &&
        subject.span[1] <= cue.start
      ) {
        // "an explosion that Mayor Bill de Blasio described as “…”": the relative clause's antecedent is what was
        // described, so it is content too, as a first piece.
        const antecedent = relativeAntecedent(text, ss, subject.span[0])
        add(
          {
            spans: antecedent ? [antecedent, content] : [content],
            kind: own.length ? 'mixed' : 'indirect',
            cue: text.slice(cueAt[0], cueAt[1]).toLowerCase().replace(/\s+/g, ' '),
            cueSpan: cueAt,
            subject,
            follows: -1,
          },
          own,
        )
        continue
      }

      // Trailing: Russia was focused on Ukraine, Kirby said (Friday).
      if (!framing && subject.span[1] <= cue.start) {
        const lead = text.slice(ss, subject.span[0])
        const tail = text.slice(cue.end, se)
        const shortTail =
          /^[^.;“”"]{0,40}[.!?]?$/.test(tail) ||
          /^\s*,\s+\p{Ll}+ing\b/u.test(tail) ||
          /^[^,.;“”"]{0,30},\s+(?:as|while|because|after|before|when|although|though|since|but)\b/.test(tail)
        if (/,\s*$/.test(lead) && shortTail && !/^[\s,]*$/.test(lead)) {
          const content = trimContent(text, ss, subject.span[0])
          const own = passages.flatMap((p, i) => (p.span[0] >= content[0] && p.span[1] <= content[1] + 1 ? [i] : []))
          if (own.some((i) => owner[i] !== -1)) continue
          if (content[1] - content[0] >= 12)
            add(
              {
                spans: [content],
                kind: own.length ? 'mixed' : 'indirect',
                cue: cue.form,
                cueSpan,
                subject,
                follows: -1,
              },
              own,
            )
        }
      }
    }

    // A noun of saying owned by its speaker: "Donald Trump’s claim that there have been “thousands of shootings”".
    passages.forEach((p, i) => {
      if (owner[i] !== -1) return
      const sentence = sentenceAt(sentences, p.span[0])
      if (!sentence) return
      const lead = text.slice(sentence[0], p.span[0])
      let found: RegExpExecArray | null = null
      NOUN_CUE.lastIndex = 0
      for (const m of lead.matchAll(NOUN_CUE)) found = m
      if (!found?.[1] || !found[2]) return
      const at = sentence[0] + (found.index ?? 0)
      const possessor = found[1]
      const cueAt = at + found[0].indexOf(found[2], possessor.length)
      const thatAt = at + found[0].length - 4
      if (inPassage(at) || /[.!?;]/.test(text.slice(thatAt, p.span[0]))) return
      const e = afterQuoteBreak(
        text,
        thatAt,
        clauseEnd(text, thatAt, Math.max(sentence[1], p.span[1]), passages),
        passages,
      )
      const content = trimContent(text, thatAt, Math.max(e, p.span[1]))
      const own = passages.flatMap((q, k) =>
        q.span[0] >= content[0] && q.span[0] < content[1] && owner[k] === -1 ? [k] : [],
      )
      const pronoun = /^(?:his|her|their|its)$/i.test(possessor)
      const nameText = possessor.replace(/['’]s?$/, '')
      add(
        {
          spans: [content],
          kind: kindOfContent(
            content,
            own.map((k) => passages[k] as QuotedPassage),
          ),
          cue: found[2],
          cueSpan: [cueAt, cueAt + found[2].length],
          subject: {
            span: [at, at + possessor.length],
            text: possessor,
            kind: pronoun ? 'pronoun' : 'name',
            name: pronoun ? null : nameText,
            nameSpan: pronoun ? null : [at, at + nameText.length],
            role: null,
            roleSpan: null,
          },
          follows: -1,
        },
        own,
      )
    })

    // Any verb framing quoted words: "Trump vowed to punish “those who violate classification rules.”" The
    // sentence's own subject (a name, pronoun or role) and the verb after it; content runs from there.
    for (const [s0, s1] of sentencesIn(sentences, ps, pe)) {
      const inside = passages.flatMap((p, i) => (p.span[0] > s0 && p.span[0] < s1 && owner[i] === -1 ? [i] : []))
      const firstInside = passages[inside[0] ?? -1]
      // Another attribution of this sentence that reaches back over the quote has it already.
      if (!firstInside || here.some((j) => overlaps(out[j]?.spans ?? [], [s0, firstInside.span[1]]))) continue
      let from = s0
      const intro = INTRO_CLAUSE.exec(text.slice(s0, s1))
      if (intro) from += intro[0].length
      const opener = text.slice(from, s1)
      const pronoun = /^(he|she|they|it)(?=\s|['’]s\s)/i.exec(opener)
      let subject: Subject | null = pronoun?.[1]
        ? pronounSubject([from, from + pronoun[1].length], pronoun[1])
        : (subjectAfter(text, from, s1) ?? relativeSubject(text, from, firstInside.span[0]))
      if (!subject || (subject.span[0] !== from && subject.kind !== 'pronoun')) {
        // "…, a doctor had typed “homicidal ideation.”": a subject and its verb right before a quotation, which is
        // then a label or title the subject wrote, quoted whole.
        for (const i of inside) {
          const q = passages[i] as QuotedPassage
          const lead = VERB_BEFORE_QUOTE.exec(text.slice(from, q.span[0]))
          if (!lead?.[1]) continue
          const verbAt = from + (lead.index ?? 0) + lead[0].indexOf(lead[1])
          const near = subjectBefore(text, from, verbAt)
          if (!near || near.kind === 'pronoun' || !/^\s*(?:had|has|have)?\s*$/.test(text.slice(near.span[1], verbAt)))
            continue
          // The quotation must close its clause: "typed “homicidal ideation.”", not "called “fraud” lead …".
          if (HAS_LETTER.test(text.slice(q.span[1], s1))) continue
          add(
            {
              spans: [passageSpan(text, q)],
              kind: 'direct',
              cue: lead[1],
              cueSpan: [verbAt, verbAt + lead[1].length],
              subject: near,
              follows: -1,
            },
            [i],
          )
        }
        continue
      }
      const verb = FINITE_VERB.exec(text.slice(subject.span[1], s1))
      if (!verb) continue
      // "They had guns at the ready …": after an auxiliary an "-s" word is a plural noun, not a verb.
      const head = verb[1] ?? ''
      const auxiliaries = verb[0].slice(0, verb[0].indexOf(head))
      if (
        /s$/.test(head) &&
        !/ed$/.test(head) &&
        /\b(?:has|have|had|is|are|was|were|been|did|does|do|will|would)\s/.test(auxiliaries)
      )
        continue
      let vEnd = subject.span[1] + verb[0].length
      let vStart = subject.span[1] + verb[0].indexOf(verb[1] ?? '')
      if (firstInside.span[0] < vEnd) continue
      // "… is questioning the system, encouraging his supporters to …": the quote belongs to the nearest later
      // predicate of the same subject (a participle after a comma, or a verb after "and").
      LATER_PREDICATE.lastIndex = 0
      const base = vEnd
      for (const m of text.slice(base, firstInside.span[0]).matchAll(LATER_PREDICATE)) {
        const from = base + (m.index ?? 0)
        if (inPassage(from)) continue
        // "… the laptop she used while helping sort …": "while" inside a clause of its own is that clause's.
        if (m[0].startsWith('while') && /\b(?:that|who|which|he|she|they|it)\b/.test(text.slice(base, from))) continue
        const head = m[1] ?? ''
        vStart = from + m[0].indexOf(head)
        vEnd = from + m[0].length
      }
      // "They turned to the department which reported “…”": a relative clause nearer the quote has its own verb.
      const relative = relativeSubject(text, vEnd, firstInside.span[0])
      const relativeVerb = relative ? FINITE_VERB.exec(text.slice(relative.span[1], firstInside.span[0])) : null
      if (relative && relativeVerb) {
        subject = relative
        vStart = relative.span[1] + relativeVerb[0].indexOf(relativeVerb[1] ?? '')
        vEnd = relative.span[1] + relativeVerb[0].length
      }
      let e = s1
      for (const i of inside) e = Math.max(e, passages[i]?.span[1] ?? e)
      e = clauseEnd(text, vEnd, e, passages)
      e = afterQuoteBreak(text, vEnd, e, passages)
      const content = trimContent(text, vEnd, e)
      // "He’s been investigated by Congress for …": a passive verb; its subject said nothing.
      if (content[1] - content[0] < 8 || /^by\b/.test(text.slice(content[0], content[1]))) continue
      const lead = text.slice(vEnd, firstInside.span[0])
      // "is rolling out a new campaign message: “It's about me.”": after a colon the quotation is what was said.
      const colonQuote = /:\s*$/.test(lead) && !HAS_LETTER.test(text.slice(firstInside.span[1], s1))
      if (NAME_NOUN.test(lead) && inside.length === 1) {
        owner[inside[0] as number] = NAMED
        continue
      }
      const named = NAMED_PHRASE.test(lead) || colonQuote
      add(
        {
          // "has used the phrase “Islamic terrorism” often": the words quoted are the phrase itself.
          spans: named ? [passageSpan(text, firstInside)] : [content],
          kind: named ? 'direct' : 'mixed',
          cue: text.slice(vStart, vEnd).trim(),
          cueSpan: [vStart, vEnd],
          subject,
          follows: -1,
        },
        inside,
      )
    }

    // Dash form: “…” ― Karen Bobadilla
    passages.forEach((p, i) => {
      if (owner[i] !== -1) return
      const m = DASH_ATTRIBUTION.exec(text.slice(p.span[1], pe))
      if (!m) return
      const from = p.span[1] + m[0].length
      const subject = subjectAfter(text, from, pe)
      if (subject?.kind !== 'name') return
      const dashAt = p.span[1] + m[0].search(/[―—–-]/)
      add(
        {
          spans: [passageSpan(text, p)],
          kind: 'direct',
          cue: text[dashAt] ?? '—',
          cueSpan: [dashAt, dashAt + 1],
          subject,
          follows: -1,
        },
        [i],
      )
    })

    // Two cues in one sentence ("Clinton noted Trump has … ― Trump boasted, “…”"): a reported clause stops
    // where the next attribution's speaker begins.
    for (const i of here) {
      const a = out[i] as Attribution
      const only = a.spans[0]
      if (a.spans.length !== 1 || !only || !a.cueSpan || a.cueSpan[1] > only[0]) continue
      for (const j of here) {
        const b = out[j] as Attribution
        const cueAt = b.cueSpan?.[0] ?? -1
        if (cueAt >= only[1]) continue
        const subjectAt = b.subject?.span[0] ?? cueAt
        const cut = subjectAt > only[0] ? Math.min(subjectAt, cueAt < 0 ? subjectAt : cueAt) : cueAt
        // A later speaker inside the clause without a break before it is nested speech ("Trump said that Clinton
        // once described it as “the gold standard”"), which the outer quote keeps.
        const nested = !/[,;:―—–]/.test(text.slice(only[0], cut))
        if (j !== i && cut > only[0] && cut < only[1] && !nested) {
          const trimmed = trimContent(text, only[0], cut)
          a.spans = text.slice(trimmed[0], trimmed[1]).split(/\s+/).length < 4 ? [] : [trimmed]
          break
        }
      }
    }

    // "Though she called it “outrageous” and called for compensation to be “clawed back” …": a quote after a
    // second predicate of an attributed sentence's speaker is that speaker's, with the second verb as its cue.
    passages.forEach((p, i) => {
      if (owner[i] !== -1) return
      const sentence = sentenceAt(sentences, p.span[0])
      if (!sentence) return
      const target = here.findLast((j) => {
        const a = out[j] as Attribution
        const lastSpan = a.spans[a.spans.length - 1]
        return Boolean(a.subject && a.cueSpan && a.cueSpan[0] >= sentence[0] && lastSpan && lastSpan[1] <= p.span[0])
      })
      if (target === undefined) return
      const a = out[target] as Attribution
      const from = a.spans[a.spans.length - 1]?.[1] ?? p.span[0]
      const lastQuoted = passages.findLast((q) => q.span[1] <= from)?.span[1] ?? from
      let verb: Span | null = null
      let contentStart = -1
      LATER_PREDICATE.lastIndex = 0
      for (const m of text.slice(from, p.span[0]).matchAll(LATER_PREDICATE)) {
        const at = from + (m.index ?? 0)
        if (!m[0].startsWith('and') || inPassage(at)) continue
        // "… after she attacked officers and blamed …": the second verb belongs to the clause's own subject.
        if (/\b(?:after|when|because|as|since|while|before|who|which|until)\s/i.test(text.slice(lastQuoted, at)))
          continue
        const head = at + m[0].indexOf(m[1] ?? '')
        verb = [head, head + (m[1] ?? '').length]
        contentStart = at + m[0].length
      }
      if (!verb) return
      let e = sentence[1]
      e = afterQuoteBreak(text, contentStart, clauseEnd(text, contentStart, Math.max(e, p.span[1]), passages), passages)
      if (SUBORDINATE.test(text.slice(sentence[0], sentence[1]).trimStart())) {
        // In an opening subordinate clause the content ends where the main clause begins (", Clinton restricted").
        const comma = text.slice(p.span[1], e).search(/,\s+\p{Lu}/u)
        if (comma >= 0) e = p.span[1] + comma
      }
      const content = trimContent(text, contentStart, e)
      const own = passages.flatMap((q, k) =>
        q.span[0] >= content[0] && q.span[0] < content[1] && owner[k] === -1 ? [k] : [],
      )
      if (!own.includes(i) || content[1] - content[0] < 8) return
      add(
        {
          spans: [content],
          kind: kindOfContent(
            content,
            own.map((k) => passages[k] as QuotedPassage),
          ),
          cue: text.slice(verb[0], verb[1]),
          cueSpan: verb,
          subject: a.subject,
          follows: -1,
        },
        own,
      )
    })

    // Passages with no cue of their own.
    const directHere = here.filter((i) => out[i]?.kind === 'direct' || out[i]?.kind === 'mixed')
    const outside = outsideLetters(text, ps, pe, passages)
    /** A direct quote with no cue of its own, said by whoever said quote `from` (or the quote that one follows). */
    const followOn = (p: QuotedPassage, i: number, from: number): void => {
      const follows = (out[from] as Attribution).follows
      add(
        {
          spans: [passageSpan(text, p)],
          kind: 'direct',
          cue: null,
          cueSpan: null,
          subject: null,
          follows: follows >= 0 ? follows : from,
        },
        [i],
      )
    }
    passages.forEach((p, i) => {
      if (owner[i] !== -1 || !quotesWords(text, p)) return
      if (directHere.length > 0) {
        // Same paragraph: the quote this passage continues (the previous attributed one, else the next).
        const target = directHere.findLast((j) => (out[j]?.spans[0]?.[0] ?? 0) < p.span[0]) ?? (directHere[0] as number)
        const a = out[target] as Attribution
        if (isNarrated(text, a, p, sentences)) {
          // “…,” Brandt told Radio North after the session. “It means jobs …”: the reporter's narration ends a
          // sentence between the two, so the next quote is a new statement by the same speaker.
          followOn(p, i, target)
          return
        }
        a.spans.push(passageSpan(text, p))
        a.spans.sort((x, y) => x[0] - y[0])
        owner[i] = target
        return
      }
      const continuing = carryOpen && i === 0
      if ((!outside || continuing) && lastDirect >= 0 && pIndex - lastDirectParagraph <= 2) {
        if (!continuing) followOn(p, i, lastDirect)
        else {
          const prev = out[lastDirect] as Attribution
          prev.spans.push(passageSpan(text, p))
          owner[i] = lastDirect
        }
      }
    })
    const lastOwned = owner.findLast((o) => o >= 0)
    if (lastOwned !== undefined && (out[lastOwned]?.kind === 'direct' || out[lastOwned]?.kind === 'mixed')) {
      lastDirect = lastOwned
      lastDirectParagraph = pIndex
    }
    const lastPassage = passages[passages.length - 1]
    carryOpen = Boolean(lastPassage?.open && (owner[passages.length - 1] ?? -1) >= 0)
    if (carryOpen) lastDirectParagraph = pIndex
  })
  return out
}

/**
 * True when the attribution between quote `a` and the later passage `p` ends a sentence and carries narration of
 * its own beyond the speaker, a time word and an appositive ("Brandt told Radio North after the session.",
 * "Chaffetz said after Pagliano failed to show up."), rather than a bare "she said." between two halves.
 */
function isNarrated(text: string, a: Attribution, p: QuotedPassage, sentences: Span[]): boolean {
  const lastSpan = a.spans[a.spans.length - 1]
  if (!a.cueSpan || !lastSpan || a.cueSpan[0] < lastSpan[1] || a.cueSpan[1] > p.span[0]) return false
  const sentence = sentenceAt(sentences, a.cueSpan[0])
  if (!sentence || sentence[1] > p.span[0]) return false
  let from = a.cueSpan[1]
  if (a.subject && a.subject.span[0] >= from) from = a.subject.span[1]
  let rest = text.slice(from, sentence[1]).replace(/[\s.!?]+$/, '')
  // "said Friday.", "said at a news conference in China.": time and place are no narration.
  rest = rest.slice(CUE_MODIFIER.exec(rest)?.[0].length ?? 0)
  // "said to the TV", "said of the prospect", "said on Saturday night at the gala": circumstance of the speech.
  if (/^\s*(?:to|of|about|in|at|on|during|via|by|through|over|from|with|as|while|in)\s/.test(rest)) return false
  // ", a professor at Yale." / ", who chairs the panel.": an appositive of the speaker.
  // ", speaking of Clinton’s health": a participle phrase says what the speaker was doing, not a new event.
  if (/^\s*,\s*(?:a|an|the|who|whose|which|its|his|her|their|\p{Lu})/u.test(rest)) return false
  const participle = /^\s*,\s*(\p{Ll}+ing\b.{0,20})/u.exec(rest)?.[1]
  // ...unless the participle is a verb of saying itself (", going on to contrast …" reports a new statement).
  if (participle && !CUE_AT_START.test(participle)) return false
  return (rest.match(/\p{L}[\p{L}'’-]*/gu) ?? []).length >= 3
}

/** direct when the content is one quotation, mixed when it holds some, indirect when none. */
function kindOfContent(content: Span, passages: QuotedPassage[]): QuoteKind {
  if (passages.length === 0) return 'indirect'
  const only = passages[0]
  if (passages.length === 1 && only && only.span[0] <= content[0] && only.span[1] >= content[1]) return 'direct'
  return 'mixed'
}

/**
 * Where a reported clause ends before the sentence does: at a second predicate of the speaker (", and
 * encouraged …", " and says he will …") or a participle clause (", comparing him to …"), outside quotes.
 */
const CLAUSE_BREAK =
  /,?([”"]?)\s+and\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|says|said|adds|added|told|tells|called|calls|urged)\b|,([”"]?)\s+(?:\p{Ll}+ly\s+)?(?!including\b|according\b|regarding\b)\p{Ll}{3,}ing\b/gu

/** A later predicate of a sentence's subject: ", encouraging", "and called for", "and encouraged". */
const LATER_PREDICATE =
  /(?:,\s+|\band\s+|\b(?:by|while)\s+(?=\p{Ll}+ing\b))(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}ing|\p{Ll}{3,}ed|called|said|told)\b(?:\s+(?:for|on|to|as)\b)?/gu

/** After the last quoted words, a clause that is the writer's again: ", which …", ", but …", " — a metaphor …". */
const AFTER_QUOTE_BREAK = /(?:,|^)\s+(?:which|but|while|whereas)\b|\s+but\s|\s[―—–-]\s|\s--\s|;/gu

/** Ends a content span at the first writer's clause after its last quotation (`e` when there is none). */
function afterQuoteBreak(text: string, s: number, e: number, passages: QuotedPassage[]): number {
  const last = passages.findLast((p) => p.span[0] >= s && p.span[1] <= e)
  if (!last) return e
  AFTER_QUOTE_BREAK.lastIndex = 0
  const m = AFTER_QUOTE_BREAK.exec(text.slice(last.span[1], e))
  return m ? last.span[1] + (m.index ?? 0) : e
}

function clauseEnd(text: string, s: number, e: number, passages: QuotedPassage[]): number {
  CLAUSE_BREAK.lastIndex = 0
  for (const m of text.slice(s, e).matchAll(CLAUSE_BREAK)) {
    // A closing quotation mark right after the comma stays with the content: “a fantasy,” pointing to …
    const at = s + (m.index ?? 0) + (m[1] || m[2] ? 2 : 0)
    if (at - s < 12) continue
    if (passages.some((p) => at > p.span[0] && at < p.span[1])) continue
    return at
  }
  return e
}

/** A source phrase taken whole (up to 20 words), when it is no name: "a 15-count complaint by Vermont". */
function phraseSubject(text: string, from: number, to: number): Subject | null {
  const [s, e] = trimContent(text, from, to)
  const phrase = text.slice(s, e)
  if (!phrase || phrase.split(/\s+/).length > 20 || /[“”"]/.test(phrase)) return null
  return { span: [s, e], text: phrase, kind: 'nominal', name: null, nameSpan: null, role: phrase, roleSpan: [s, e] }
}

/** The subject that opens a sentence (after an opening adverbial): a pronoun, a name or a role. */
function sentenceSubject(text: string, from: number, to: number): Subject | null {
  const intro = INTRO_CLAUSE.exec(text.slice(from, to))
  const start = from + (intro?.[0].length ?? 0)
  const pronoun = /^\s*(he|she|they|it|we)\b/i.exec(text.slice(start, to))
  const subject = pronoun?.[1] ? subjectBefore(text, start, start + pronoun[0].length) : subjectAfter(text, start, to)
  return subject && subject.span[0] - start <= 2 ? subject : null
}

/**
 * A noun of saying with its owner before "that": "Donald Trump’s claim that", "Bornsten's earlier missive … prediction
 * that", "his insistence that". The owner is a capitalised name in the possessive or a possessive pronoun.
 */
const NOUN_CUE =
  /((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s|\b(?:his|her|their))\s+(?:[\p{Ll}-]+\s+){0,6}?(claims?|predictions?|assertions?|statements?|warnings?|promises?|insistence|emphasis|arguments?|contention|suggestions?|allegations?|remarks?|comments?|views?|beliefs?|pledges?|vows?|assurances?|denials?|charges?|accusations?)\s+that\b/gu

/** The content of an opening participle clause and the main clause's subject after its comma, or null. */
function openingParticiple(
  text: string,
  from: number,
  to: number,
  passages: QuotedPassage[],
): { content: Span; subject: Subject } | null {
  const comma = /,["”]?\s+/g
  comma.lastIndex = 0
  for (const m of text.slice(from, to).matchAll(comma)) {
    const at = from + (m.index ?? 0)
    if (passages.some((p) => at > p.span[0] && at < p.span[1] - 2)) continue
    const after = at + m[0].length
    const pronoun = /^(he|she|they|it|we|I)\b/.exec(text.slice(after, to))
    const subject: Subject | null = pronoun?.[1]
      ? pronounSubject([after, after + pronoun[1].length], pronoun[1])
      : subjectAfter(text, after, to)
    if (!subject || subject.span[0] !== after) return null
    const content = trimContent(text, from, at + (m[0][1] === '”' || m[0][1] === '"' ? 2 : 1))
    return content[1] - content[0] >= 12 ? { content, subject } : null
  }
  return null
}

/** A past-tense verb of writing or naming right before a quotation mark: "typed “…”", "chanted “…”". */
const VERB_BEFORE_QUOTE = /\b(\p{Ll}{3,}ed|wrote|said|sang|read)\s*$/u

/** "the Chicago Police Department which reported “…”": a relative pronoun before a finite verb, as the subject. */
const RELATIVE_SUBJECT = /\b(who|which)\s+(?=(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|s)|said|told|called|wrote)\b)/gu

/** The last relative pronoun with a verb after it between `from` and `to`, as a pronoun subject, or null. */
function relativeSubject(text: string, from: number, to: number): Subject | null {
  RELATIVE_SUBJECT.lastIndex = 0
  let found: RegExpExecArray | null = null
  for (const m of text.slice(from, to).matchAll(RELATIVE_SUBJECT)) found = m
  if (!found?.[1]) return null
  const at = from + (found.index ?? 0)
  return pronounSubject([at, at + found[1].length], found[1])
}

/**
 * An object relative clause's antecedent right before its subject: "an explosion that" of "an explosion that Mayor
 * Bill de Blasio described as …", "the plan, which". A determiner, up to three words and the relative pronoun.
 */
const RELATIVE_ANTECEDENT =
  /\b(?:an?|the|this|that|these|those|his|her|its|their|our)\s+(?:[\p{L}\d’'-]+\s+){0,3}?(?:that|which)\s+$/iu

/** The span of a relative clause's antecedent and pronoun ending right before `subjectStart`, or null. */
function relativeAntecedent(text: string, from: number, subjectStart: number): Span | null {
  const lead = text.slice(Math.max(from, subjectStart - 80), subjectStart)
  const m = RELATIVE_ANTECEDENT.exec(lead)
  if (!m) return null
  // "the report said that Trump described …": "that" after a verb opens a reported clause, not a relative one.
  if (m[0].split(/\s+/).some((w) => SPEECH_FORMS.has(w.toLowerCase()) || /^(?:is|was|are|were|be|been)$/i.test(w)))
    return null
  const at = subjectStart - lead.length + m.index
  return trimContent(text, at, subjectStart)
}

/** Words that open a sentence without belonging to its reported clause. */
const OPENING_CONJUNCTION = /^(?:But|And|So|Yet|Still|Now)\s+/

/**
 * The two pieces of a clause interrupted by its attribution ("X, he said, Y."), with the passages inside them,
 * or null. The subject stands between commas right before its verb; before it a clause of two words or more
 * that is not a quotation, after the verb (and a short modifier or listener) a comma and a continuation that
 * is not a participle or subordinate clause.
 */
function parentheticalContent(
  text: string,
  ss: number,
  se: number,
  subject: Subject,
  cue: Cue,
  passages: QuotedPassage[],
): { spans: Span[]; own: number[] } | null {
  if (subject.span[1] > cue.start || !/^[\s\p{Ll}]{0,24}$/u.test(text.slice(subject.span[1], cue.start))) return null
  const lead = text.slice(ss, subject.span[0])
  if (!/[\p{L}\d’']\s*,\s*$/u.test(lead) || /[“”"]/.test(lead)) return null
  const tail = /^(?:\s+[^,.;:!?“”"]{0,60}?)?,\s+/.exec(text.slice(cue.end, se))
  if (!tail) return null
  const restStart = cue.end + tail[0].length
  const rest = text.slice(restStart, se)
  if (SUBORDINATE.test(rest) || /^\p{Ll}+ing\b/u.test(rest) || /^(?:who|which|whose|where)\b/.test(rest)) return null
  // "Asked about it, O'Neill said, “…”": an opening phrase and a quote after the comma are the colon form.
  if (/^[“"'‘]/.test(rest) || INTRO_PHRASE.test(lead)) return null
  let from = ss
  from += OPENING_CONJUNCTION.exec(text.slice(ss, subject.span[0]))?.[0].length ?? 0
  const first = trimContent(text, from, subject.span[0])
  let e = se
  for (const p of passages) if (p.span[0] >= restStart && p.span[0] < e && p.span[1] > e) e = p.span[1]
  const second = trimContent(text, restStart, e)
  if (text.slice(first[0], first[1]).split(/\s+/).length < 2) return null
  if (text.slice(second[0], second[1]).split(/\s+/).length < 3) return null
  const own = passages.flatMap((p, i) => (p.span[0] >= second[0] && p.span[0] < second[1] ? [i] : []))
  return { spans: [first, second], own }
}

/** The sentences inside `[ps, pe)`. */
function sentencesIn(sentences: Span[], ps: number, pe: number): Span[] {
  // Sentences are sorted: binary-search the first one, then walk to the paragraph's end.
  let lo = 0
  let hi = sentences.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sentences[mid] as Span)[0] < ps) lo = mid + 1
    else hi = mid
  }
  const out: Span[] = []
  for (let i = lo; i < sentences.length; i++) {
    const s = sentences[i] as Span
    if (s[0] >= pe) break
    if (s[1] <= pe) out.push(s)
  }
  return out
}

/** True when any of `spans` overlaps `span`. */
function overlaps(spans: Span[], [s, e]: Span): boolean {
  return spans.some(([a, b]) => a < e && s < b)
}

/** True when the paragraph has words outside its quotes (so it is not a pure follow-on quote paragraph). */
function outsideLetters(text: string, ps: number, pe: number, passages: QuotedPassage[]): boolean {
  let pos = ps
  for (const p of passages) {
    if (HAS_LETTER.test(text.slice(pos, p.span[0]))) return true
    pos = p.span[1]
  }
  return HAS_LETTER.test(text.slice(pos, pe))
}

/** A passage that quotes speech rather than a title or a single scare-quoted word: three words or more. */
function quotesWords(text: string, p: QuotedPassage): boolean {
  return text.slice(p.span[0], p.span[1]).trim().split(/\s+/).length >= 3
}
