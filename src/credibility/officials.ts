/**
 * Officials named with a role in an article ("NATO spokesman Dan Lund", "Julianne Smith, the US ambassador to
 * NATO"): the role phrase, the name, and their spans. The rules check them against the corpus and the knowledge base.
 */
import type { Span } from '../model/index.js'

/** A person given a role by the article. */
export interface RoleMention {
  name: string
  nameSpan: Span
  /** The whole role phrase, organisation included ("White House National Security Council spokesman"). */
  role: string
  roleSpan: Span
  /** The role is said to be a past one ("former", "ex-"). */
  former: boolean
}

/** Titles of offices, as they appear before or after a name. Hand-compiled from the offices in the knowledge base. */
const TITLE =
  '(?:spokes(?:man|woman|person)|press secretary|Secretary[- ]General|Secretary of State|Secretary of Defense|(?:Prime|Foreign|Defen[cs]e) Minister|(?:Foreign|Defen[cs]e) Secretary|Vice[- ]President|President|Chancellor|Ambassador to (?:NATO|the United Nations|the UN|the U\\.N\\.)|chief|Supreme (?:Allied )?Commander(?: in Europe| Europe)?|High Representative|National Security Advis[eo]r)'

/** Ranks and honorifics between a title and a name ("Supreme Commander in Europe, General Christopher Cavoli"). */
const RANK = '(?:(?:General|Gen\\.|Admiral|Adm\\.|Colonel|Col\\.|Dr\\.|Mr\\.|Mrs\\.|Ms\\.)\\s+)?'

/**
 * A personal name of two or three capitalised words, initials allowed in the middle, on one line (a name does not
 * run on into the next paragraph's first word).
 */
const NAME =
  "([A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)?(?:[^\\S\\n]+(?:[A-Z]\\.[^\\S\\n]*)?(?:van |von |de |der )?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?){1,2})"

const TITLE_THEN_NAME = new RegExp(`\\b(${TITLE})(?:,)?\\s+${RANK}${NAME}`, 'g')
const NAME_THEN_TITLE = new RegExp(
  `${NAME},\\s+(?:the|a|an)\\s+((?:[\\w.’'-]+\\s+){0,5}?${TITLE}(?:\\s+(?:of|for|to)\\s+(?:the\\s+)?[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*){0,3})?)(?=[,.;]|\\s+(?:said|told|says))`,
  'gi',
)

/** Words that start a capitalised run but are not part of an organisation name. */
const NOT_ORG =
  /^(?:In|On|At|The|A|An|But|And|However|Meanwhile|Earlier|Later|Former|Then|When|While|After|Before|As|According|Said|Says)$/

/** Words that look like a name's first word but are not names (months, days, sentence openers). */
const NOT_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|In|On|Of|And|But|Office|House|Council|Department|Ministry|General)\b/

/** The run of capitalised words (and acronyms, possessives) right before `end` in the text: the role's organisation. */
function organisationBefore(text: string, end: number): number {
  const before = text.slice(Math.max(0, end - 80), end)
  const words = before.split(/(\s+)/)
  let length = 0
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? ''
    if (/^\s+$/.test(w) || w === '') {
      if (w.includes('\n')) break
      length += w.length
      continue
    }
    const bare = w.replace(/[’']s$/, '')
    if (/^(?:[A-Z][\w.&-]*|of|for|to|the|and)$/.test(bare) && !NOT_ORG.test(bare) && !/[,.;:]$/.test(w)) {
      length += w.length
      continue
    }
    break
  }
  // Do not start on a lowercase joining word or blank.
  let start = end - length
  while (start < end && /[\s]/.test(text[start] ?? '')) start++
  const lead = text.slice(start, end).match(/^(?:(?:of|for|to|the|and)\s+)+/)
  if (lead) start += lead[0].length
  return start
}

/** Officials named with a role, in text order. */
export function findRoleMentions(text: string): RoleMention[] {
  const found: RoleMention[] = []
  for (const m of text.matchAll(TITLE_THEN_NAME)) {
    const title = m[1] ?? ''
    const name = (m[2] ?? '').trim()
    if (NOT_NAME.test(name)) continue
    const roleStart = organisationBefore(text, m.index)
    const roleEnd = m.index + title.length
    const nameStart = m.index + m[0].length - (m[2] ?? '').length
    const former = /\b(?:former|ex-|then-)\s*$/i.test(text.slice(Math.max(0, roleStart - 12), roleStart))
    found.push({
      name,
      nameSpan: [nameStart, nameStart + name.length],
      role: text.slice(roleStart, roleEnd),
      roleSpan: [roleStart, roleEnd],
      former,
    })
  }
  for (const m of text.matchAll(NAME_THEN_TITLE)) {
    const name = (m[1] ?? '').trim()
    // The pattern is case-insensitive for the title ("the president"), so its name part can catch lowercase words
    // ("for that matter, the president"): a name is capitalised.
    if (NOT_NAME.test(name) || !/^[A-Z]\S*(?:\s+[A-Z]\S*)+$/.test(name)) continue
    const role = (m[2] ?? '').trim()
    const roleStart = m.index + m[0].lastIndexOf(role)
    found.push({
      name,
      nameSpan: [m.index, m.index + name.length],
      role,
      roleSpan: [roleStart, roleStart + role.length],
      former: /\b(?:former|ex-)/i.test(role),
    })
  }
  return found.sort((a, b) => a.nameSpan[0] - b.nameSpan[0])
}
