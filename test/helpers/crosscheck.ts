import { type Statement, statementsOf } from '../../src/crosscheck/01-statements.js'
import type { Verdict } from '../../src/crosscheck/02-compare.js'
import { compareKeyFacts, reportFactsOf } from '../../src/crosscheck/03-key-facts.js'
import { splitSentences } from '../../src/language/index.js'
import { bareArticle } from './articles.js'

/** The statements of an article made of the given sentences. */
export function statementsOfLines(id: string, lines: string[]): Statement[] {
  const text = lines.join(' ')
  return statementsOf(bareArticle(text, { id, source: `${id}.txt`, sentences: splitSentences(text) }))
}

/** The first key-fact verdict between two reports, each given as its sentences. */
export function keyFactVerdict(a: string[], b: string[]): Verdict | null {
  const reportA = reportFactsOf('a', statementsOfLines('a', a))
  const reportB = reportFactsOf('b', statementsOfLines('b', b))
  for (const x of reportA.keyed)
    for (const y of reportB.keyed) {
      const v = compareKeyFacts(x, y, reportA, reportB)
      if (v) return v
    }
  return null
}
