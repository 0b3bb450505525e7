/**
 * Step 6: headlines. A headline is the report's main claim in a few words, and a rewrite of a report often keeps its
 * headline's frame and reverses it ("UK banks asked to draw up plans to show they are prepared for Brexit" / "UK
 * banks said not prepared for Brexit"). The headlines of two reports of one story are compared with the claim rules
 * (`compareClaims`, `alignedConflict`) and, since a headline is short and says one thing, a denial of a predicate
 * the other headline states (or a registered opposite outcome) is a contradiction at a lower bar: most of their
 * concepts shared, no claim-word count.
 *
 * A headline is not part of `article.text`, so its relations point into the title (`StatementRef.field: 'title'`).
 * Runs only between story mates and never for copies (the caller decides): at most a dozen comparisons of two
 * short texts per new report.
 */
import type { CorpusView } from '../model/corpus.js'
import type { Article, Relation, StatementRef } from '../model/index.js'
import { headlineStatement, type Statement } from './01-statements.js'
import { compareClaims, denial, MIN_SHARED, oppositeOutcomeIds, overlap, type Verdict } from './02-compare.js'
import { alignedConflict, type Token, tokensOf } from './04-aligned.js'
import { conceptName } from './lexicon.js'

/**
 * Concept overlap (Dice) from which two headlines, one denying what the other states, contradict (tuned on the pairs
 * dev set and the consistent-reports control, where no headline pair of one story reaches it with a reversal).
 */
export const HEADLINE_OVERLAP = 0.5
/** Headline statements remembered (story mates are recent reports); past this the cache starts afresh. */
const HEADLINE_CACHE = 4096

/** Words of the subject two headlines must open their opposite outcome words with, the same words in both. */
export const HEADLINE_SUBJECT_WORDS = 2

/**
 * Two headlines that give one subject, in the same words, opposite outcomes: the words just before a registered
 * opposite pair are the same in both ("First couple eliminated" / "First couple won the competition", "City council
 * approves the tower" / "City council rejects tower"; a denial between them breaks the subject: "First couple not
 * eliminated" agrees with "First couple won"). A headline is too
 * short for the overlap the claim rules need; the subject written the same way and the outcome reversed is its claim.
 */
function sameSubjectOpposite(a: Statement, b: Statement): Verdict | null {
  const opposite = oppositeOutcomeIds(a, b)
  if (!opposite) return null
  const x = tokensOf(a.text)
  const y = tokensOf(b.text)
  const at = (tokens: Token[], concept: number) => tokens.findIndex((t) => t.role === concept)
  const subjectBefore = (tokens: Token[], k: number): string | null => {
    if (k < HEADLINE_SUBJECT_WORDS) return null
    const words = tokens.slice(k - HEADLINE_SUBJECT_WORDS, k)
    // The subject holds a content word, not only "it was" or "to be".
    if (!words.some((t) => t.role >= 0)) return null
    return words.map((t) => t.lower).join(' ')
  }
  const i = at(x, opposite[0])
  const j = at(y, opposite[1])
  const subject = subjectBefore(x, i)
  if (subject === null || subject !== subjectBefore(y, j)) return null
  return {
    kind: 'contradicts',
    rule: 'contradicts/headline-opposite-outcome',
    note: `"${subject} ${x[i]?.lower}" vs "${subject} ${y[j]?.lower}"`,
    confidence: 0.55,
  }
}

/** The verdict on two headlines of one story, or null. */
export function headlineConflict(a: Statement, b: Statement): Verdict | null {
  const measured = overlap(a, b)
  if (measured.shared < MIN_SHARED) return sameSubjectOpposite(a, b)
  const claims = compareClaims(a, b, { sameStory: true, copy: false }, measured)
  const verdict = claims?.kind === 'contradicts' ? claims : alignedConflict(a, b)
  if (verdict) return { ...verdict, rule: verdict.rule.replace('contradicts/', 'contradicts/headline-') }
  if (measured.dice < HEADLINE_OVERLAP) return sameSubjectOpposite(a, b)
  const opposite = oppositeOutcomeIds(a, b)
  const flipped = denial(a, b) === 'reversed'
  // "did not approve" / "blocked": a negation covering the opposite word cancels it (see `compareClaims`).
  const cancels =
    (a.negated || b.negated) &&
    opposite !== null &&
    (a.negatedScope.includes(opposite[0]) || b.negatedScope.includes(opposite[1]))
  if (cancels || !(flipped || opposite)) return null
  const note =
    opposite && !flipped
      ? `"${conceptName(opposite[0])}" vs "${conceptName(opposite[1])}"`
      : a.negated
        ? 'the first headline denies what the second states'
        : 'the second headline denies what the first states'
  return {
    kind: 'contradicts',
    rule: opposite && !flipped ? 'contradicts/headline-opposite-outcome' : 'contradicts/headline-negation',
    note,
    confidence: Math.min(0.8, 0.3 + measured.dice / 2),
  }
}

/** A headline as the statement side of a relation. */
function refOf(s: Statement): StatementRef {
  return { article: s.article, span: s.span, text: s.text, field: 'title' }
}

/** Compares a new report's headline with its story mates' headlines; keeps the headline statements it has read. */
export interface HeadlineChecker {
  /**
   * Contradictions between the headline of `article` and those of `mates` (earlier reports of its story), leaving
   * out mates that `made` already finds in conflict with it.
   * @param firstId  the number of the first relation made (ids are `r<n>`)
   */
  conflicts(
    article: Article,
    mates: readonly string[],
    corpus: CorpusView,
    made: readonly Relation[],
    firstId: number,
  ): Relation[]
}

/** A new headline checker with an empty cache. */
export function createHeadlineChecker(): HeadlineChecker {
  const cache = new Map<string, Statement | null>()
  function headlineOf(article: Pick<Article, 'id' | 'title'>): Statement | null {
    let s = cache.get(article.id)
    if (s === undefined) {
      s = headlineStatement(article)
      if (cache.size >= HEADLINE_CACHE) cache.clear()
      cache.set(article.id, s)
    }
    return s
  }
  return {
    conflicts(article, mates, corpus, made, firstId) {
      const out: Relation[] = []
      const b = headlineOf(article)
      if (!b) return out
      for (const mate of mates) {
        if (made.some((r) => r.kind === 'contradicts' && (r.from.article === mate || r.to.article === mate))) continue
        const other = corpus.article(mate)
        const a = other ? headlineOf(other) : null
        if (!a) continue
        const verdict = headlineConflict(a, b)
        if (!verdict) continue
        out.push({
          id: `r${firstId + out.length}`,
          kind: 'contradicts',
          from: refOf(a),
          to: refOf(b),
          note: `headlines: ${verdict.note}`,
          rule: verdict.rule,
          confidence: Number(verdict.confidence.toFixed(2)),
        })
      }
      return out
    },
  }
}
