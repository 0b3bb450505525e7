/**
 * Cross-check stage: match quotes and claims across articles (same-quote, altered-quote, agrees, contradicts) and
 * count, for each statement, the independent outlets that report it.
 *
 * Online and index-backed: each statement is filed under its rarest concepts (capped posting lists); a new
 * statement is compared only with the few earlier statements that share several of those concepts, so adding an
 * article costs about the same at any corpus size. A copy (see the stories stage) is one source with its original:
 * it is compared with the original's statements only, for a reversed claim or a changed amount or quote, and is
 * listed, not counted, in corroboration.
 *
 * Two reports of one story rarely share their wording, so a new report is also compared with its story mates fact
 * by fact (see `03-key-facts.ts`): the age of the same person, the outcome a named subject met; only within a story.
 * A rewrite that keeps a sentence's frame word for word and changes one slot in it, or that tells one figure of the
 * opposite thing (losses / profits), is found by aligning two claims of one story word by word (`04-aligned.ts`).
 * Key facts include the direction a measured thing moved (`05-direction.ts`) and the age a report ties to a named
 * person across its sentences (`07-person-ages.ts`), and the headlines of story mates are compared as their main
 * claims (`06-headlines.ts`).
 */
import type { CorpusView, StatementIndex } from '../model/corpus.js'
import type { Article, Corroboration, Relation, Span } from '../model/index.js'
import { type Statement, statementsOf } from './01-statements.js'
import { compareClaims, compareQuotes, sharedCount, type Verdict } from './02-compare.js'
import { compareKeyFacts, comparePersonAges, type ReportFacts, reportFactsOf } from './03-key-facts.js'
import { alignedConflict, sameFigureConflict } from './04-aligned.js'
import { createHeadlineChecker } from './06-headlines.js'

/** Concepts of a statement it is filed under and looked up by: its rarest ones. */
const KEYS = 6
/** Statements remembered per concept: the most recent ones. */
const POSTING_CAP = 32
/** Earlier statements compared in full with a new one. */
const CANDIDATES = 16
/** Relations kept per statement (contradictions first, then the closest); corroboration groups carry the rest. */
const RELATIONS_PER_STATEMENT = 3
/** Keys a candidate must share to be compared (fewer when the statement has fewer keys). */
const MIN_HITS = 2
/**
 * Earlier articles of the same story whose statements are all compared with a new article's (the most recent ones):
 * two reports of one event rarely share their rarest words sentence by sentence, so the index alone misses them.
 */
const STORY_MATES = 12
/** Reports whose key facts are kept for comparison with later story mates; past this the cache starts afresh. */
const REPORT_CACHE = 4096

/** An article's sentences with their text, for the key facts told across sentences. */
function sentencesOf(article: Article): Array<{ span: Span; text: string }> {
  return article.sentences.map((span) => ({ span, text: article.text.slice(span[0], span[1]) }))
}

/** A new, empty statement index. */
export function createStatementIndex(): StatementIndex {
  const statements: Statement[] = []
  /** Statements filed per concept id, by id (concept ids are small dense integers: arrays, not maps). */
  let df = new Int32Array(1 << 16)
  const postings: Array<number[] | undefined> = []
  /** Scratch: shared keys of each earlier statement with the one being looked up, by statement index (zero between). */
  let hitCount = new Uint8Array(1 << 16)
  const relations: Relation[] = []
  /** Statement index pairs linked as saying the same thing (for corroboration), flat: [a0, b0, a1, b1, ...]. */
  const links: number[] = []
  /** Copies of each original article, to list them under the original's statements. */
  const copiesOf = new Map<string, string[]>()
  /** Statement indices of each original article (a copy is compared with its original's statements only). */
  const statementsByArticle = new Map<string, number[]>()
  /** The most recent original articles of each story (at most `STORY_MATES`). */
  const articlesByStory = new Map<string, string[]>()
  /** Headlines of story mates, compared with a new report's headline (see `06-headlines.ts`). */
  const headlines = createHeadlineChecker()

  /** The statement's concepts, rarest first, with their document frequency so far. */
  function ranked(statement: Statement): Array<[number, number]> {
    return Array.from(statement.concepts, (c) => [c < df.length ? (df[c] as number) : 0, c] as [number, number]).sort(
      (a, b) => a[0] - b[0],
    )
  }

  function candidatesOf(keys: Array<[number, number]>): number[] {
    const known = keys.filter(([n]) => n > 0).slice(0, KEYS)
    const need = Math.min(MIN_HITS, known.length)
    if (hitCount.length < statements.length) {
      const grown = new Uint8Array(Math.max(statements.length, 2 * hitCount.length))
      grown.set(hitCount)
      hitCount = grown
    }
    const counts = hitCount
    const touched: number[] = []
    for (const [, key] of known) {
      const list = postings[key]
      if (!list) continue
      for (const i of list) {
        if (counts[i] === 0) touched.push(i)
        counts[i] = (counts[i] as number) + 1
      }
    }
    const found: Array<[number, number]> = []
    for (const i of touched) {
      if ((counts[i] as number) >= need) found.push([i, counts[i] as number])
      counts[i] = 0
    }
    return found
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, CANDIDATES)
      .map(([i]) => i)
  }

  function file(statement: Statement, keys: Array<[number, number]>, index: number): void {
    for (const c of statement.concepts) {
      if (c >= df.length) {
        const grown = new Int32Array(Math.max(c + 1, 2 * df.length))
        grown.set(df)
        df = grown
      }
      df[c] = (df[c] as number) + 1
    }
    for (const [, key] of keys.slice(0, KEYS)) {
      // Grown one slot at a time, so the array stays a flat list (a far write would make it a dictionary).
      while (postings.length <= key) postings.push(undefined)
      const list = postings[key]
      if (!list) postings[key] = [index]
      else {
        list.push(index)
        if (list.length > POSTING_CAP) list.shift()
      }
    }
  }

  /**
   * Adds to `mates` the reports the stories stage has moved into `story` since they were filed (a split gives a
   * story a new id, and its reports stay filed under the old one): found among the index's candidates for the new
   * report's statements, and filed under the story from now on.
   */
  function joinMovedMates(
    id: string,
    story: string,
    candidates: readonly number[][],
    mates: string[],
    corpus: CorpusView,
  ): void {
    for (const list of candidates)
      for (const i of list) {
        const other = (statements[i] as Statement).article
        if (other === id || mates.includes(other) || corpus.storyOf(other) !== story) continue
        mates.push(other)
        if (mates.length > STORY_MATES) mates.shift()
      }
  }

  /** Key facts of recent reports (story mates are the most recent articles of their story), bounded. */
  const reportsByArticle = new Map<string, ReportFacts>()
  function remember(report: ReportFacts): void {
    if (reportsByArticle.size >= REPORT_CACHE) reportsByArticle.clear()
    reportsByArticle.set(report.article, report)
  }

  /**
   * The first key-fact conflict between a new report and each earlier report of its story that the aligned
   * statements did not already find in conflict.
   */
  function keyFactConflicts(
    article: Article,
    own: Statement[],
    mates: readonly string[],
    made: readonly Relation[],
    offset: number,
    corpus: CorpusView,
  ): Relation[] {
    const out: Relation[] = []
    const reportB = reportFactsOf(article.id, own, sentencesOf(article))
    remember(reportB)
    if (reportB.keyed.length === 0 && reportB.people.length === 0) return out
    for (const mate of mates) {
      if (made.some((r) => r.kind === 'contradicts' && r.from.article === mate)) continue
      let reportA = reportsByArticle.get(mate)
      if (!reportA) {
        const mateArticle = corpus.article(mate)
        reportA = reportFactsOf(
          mate,
          (statementsByArticle.get(mate) ?? []).map((i) => statements[i] as Statement),
          mateArticle ? sentencesOf(mateArticle) : undefined,
        )
        remember(reportA)
      }
      const before = out.length
      found: for (const a of reportA.keyed) {
        for (const b of reportB.keyed) {
          const verdict = compareKeyFacts(a, b, reportA, reportB)
          if (!verdict) continue
          out.push({
            id: `r${offset + made.length + out.length + 1}`,
            kind: verdict.kind,
            from: { article: a.statement.article, span: a.statement.span, text: a.statement.text },
            to: { article: b.statement.article, span: b.statement.span, text: b.statement.text },
            note: verdict.note,
            rule: verdict.rule,
            confidence: verdict.confidence,
          })
          break found
        }
      }
      // The age of one named person, told in sentences of their own (see `07-person-ages.ts`).
      const person = out.length === before ? comparePersonAges(reportA, reportB) : null
      if (person)
        out.push({
          id: `r${offset + made.length + out.length + 1}`,
          kind: person.verdict.kind,
          from: { article: mate, span: person.from.span, text: person.from.sentence },
          to: { article: article.id, span: person.to.span, text: person.to.sentence },
          note: person.verdict.note,
          rule: person.verdict.rule,
          confidence: person.verdict.confidence,
        })
    }
    return out
  }

  return {
    add(article: Article, corpus: CorpusView): Relation[] {
      const made: Relation[] = []
      const original = corpus.copyOf(article.id)
      if (original) {
        const list = copiesOf.get(original) ?? []
        list.push(article.id)
        copiesOf.set(original, list)
      }
      const story = corpus.storyOf(article.id)
      const own = statementsOf(article)
      const base = statements.length
      const keysOf = own.map(ranked)
      // A report the stories stage has since moved to another story (a split) is no longer a mate.
      const mates =
        story === undefined ? [] : (articlesByStory.get(story) ?? []).filter((id) => corpus.storyOf(id) === story)
      const candidates = original ? [] : keysOf.map((keys) => candidatesOf(keys))
      if (story !== undefined) joinMovedMates(article.id, story, candidates, mates, corpus)
      const matePool = mates.flatMap((id) => statementsByArticle.get(id) ?? [])
      /** Made when first needed: the mates' statements as a set, to add the index's candidates they lack. */
      let mateSet: Set<number> | null = null
      /** The earlier statements a new one is compared with: its story mates' statements, then the index's others. */
      const poolOf = (found: number[]): number[] => {
        if (matePool.length === 0) return found
        mateSet ??= new Set(matePool)
        const seen = mateSet
        const extra = found.filter((i) => !seen.has(i))
        return extra.length === 0 ? matePool : [...matePool, ...extra]
      }
      own.forEach((statement, k) => {
        // The best-aligned earlier statement in each other article decides the relation with that article.
        const best = new Map<string, { index: number; dice: number; verdict: Verdict }>()
        // A copy is one source with its original: it is only checked against the original, for changed claims.
        const pool = original ? (statementsByArticle.get(original) ?? []) : poolOf(candidates[k] ?? [])
        for (const i of pool) {
          const other = statements[i] as Statement
          if (other.article === article.id || (other.quote === null) !== (statement.quote === null)) continue
          const shared = sharedCount(other.concepts, statement.concepts)
          const measured = { shared, dice: (2 * shared) / (other.concepts.length + statement.concepts.length || 1) }
          const sameStory = corpus.storyOf(other.article) === story
          let verdict = statement.quote
            ? compareQuotes(other, statement, Boolean(original), sameStory)
            : compareClaims(other, statement, { sameStory, copy: Boolean(original) }, measured)
          // One sentence retold with a slot changed, or one figure told of opposite things (see `04-aligned.ts`),
          // within a story.
          if (verdict?.kind !== 'contradicts' && sameStory && !original && !statement.quote)
            verdict = alignedConflict(other, statement) ?? sameFigureConflict(other, statement) ?? verdict
          if (!verdict) continue
          const current = best.get(other.article)
          // A contradiction with any statement of that article outweighs a closer agreement with another: a report
          // that tells the event and then denies one detail of it still denies it.
          const beats = (x: Verdict, y: Verdict) =>
            (x.kind === 'contradicts' ? 1 : 0) - (y.kind === 'contradicts' ? 1 : 0)
          if (
            !current ||
            beats(verdict, current.verdict) > 0 ||
            (beats(verdict, current.verdict) === 0 && measured.dice > current.dice)
          )
            best.set(other.article, { index: i, dice: measured.dice, verdict })
        }
        // Contradictions first, then the closest matches; a statement links to a few articles, the rest follow
        // through corroboration groups.
        const kept = [...best.values()]
          .sort(
            (a, b) =>
              Number(b.verdict.kind === 'contradicts') - Number(a.verdict.kind === 'contradicts') || b.dice - a.dice,
          )
          .slice(0, RELATIONS_PER_STATEMENT)
        for (const { index, verdict } of kept) {
          const other = statements[index] as Statement
          made.push({
            id: `r${relations.length + made.length + 1}`,
            kind: verdict.kind,
            from: { article: other.article, span: other.span, text: other.text },
            to: { article: statement.article, span: statement.span, text: statement.text },
            note: verdict.note,
            rule: verdict.rule,
            confidence: Number(verdict.confidence.toFixed(2)),
          })
          if (verdict.kind !== 'contradicts' && !original) links.push(index, base + k)
        }
      })
      // Key facts: a story mate that no aligned sentence contradicts is compared fact by fact (amounts, outcomes,
      // denials about the same anchors). Copies are left out: they are one source with their original.
      if (!original && mates.length > 0)
        made.push(...keyFactConflicts(article, own, mates, made, relations.length, corpus))
      // Headlines: a report's main claim, compared with its story mates' headlines.
      if (!original && mates.length > 0)
        made.push(
          ...headlines.conflicts(
            article,
            // A copy's headline is its own (a syndicated text under another headline): compared too.
            mates.flatMap((id) => [id, ...(copiesOf.get(id) ?? [])]),
            corpus,
            made,
            relations.length + made.length + 1,
          ),
        )
      // Copies are not filed: later articles meet the original's statements, once.
      if (original) {
        relations.push(...made)
        return made
      }
      statementsByArticle.set(
        article.id,
        own.map((_, k) => base + k),
      )
      if (story !== undefined) {
        mates.push(article.id)
        if (mates.length > STORY_MATES) mates.shift()
        articlesByStory.set(story, mates)
      }
      own.forEach((statement, k) => {
        statements.push(statement)
        file(statement, keysOf[k] ?? [], base + k)
      })
      relations.push(...made)
      return made
    },
    relations: () => [...relations],
    corroboration(corpus: CorpusView): Corroboration[] {
      const parent = new Map<number, number>()
      const find = (i: number): number => {
        let root = i
        while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as number
        parent.set(i, root)
        return root
      }
      for (let l = 0; l + 1 < links.length; l += 2) {
        const ra = find(links[l] as number)
        const rb = find(links[l + 1] as number)
        if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb))
      }
      const groups = new Map<number, number[]>()
      for (const i of parent.keys()) {
        const root = find(i)
        const list = groups.get(root) ?? []
        list.push(i)
        groups.set(root, list)
      }
      const out: Corroboration[] = []
      for (const [root, members] of groups) {
        const first = statements[root] as Statement
        const originals = [...new Set(members.map((i) => (statements[i] as Statement).article))]
        const outlets = new Set(originals.map((id) => corpus.article(id)?.outlet ?? id))
        const articles = originals.flatMap((id) => [id, ...(copiesOf.get(id) ?? [])])
        out.push({
          statement: { article: first.article, span: first.span, text: first.text },
          outlets: [...outlets],
          articles,
        })
      }
      return out
    },
  }
}
