/**
 * Clutter learnt from a batch rather than from a phrase list: a line that recurs word for word across several
 * articles (an outlet's sign-off, its newsletter box, a "Latest News" label) is page furniture, not reporting.
 * The article stages stay pure: `learnRepeatedLines` runs over the raw texts of a batch first, and its result is
 * passed to each extraction as `ExtractOptions.repeatedLines`.
 */

/** Options of `learnRepeatedLines`. */
export interface RepeatedLinesOptions {
  /** Distinct articles a line must occur in. Default 3. */
  minArticles?: number
  /** Longest line considered; a long paragraph repeated across articles is a copy, found by the copies stage. Default 200. */
  maxLength?: number
}

/** The key lines are compared by: whitespace collapsed, case folded. */
export function lineKey(line: string): string {
  return line.replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * Finds the lines that recur across articles of a batch.
 * @param texts raw texts of the batch, one per article
 * @param options `minArticles` (default 3) and `maxLength` (default 200)
 * @returns keys (see `lineKey`) of the recurring lines
 */
export function learnRepeatedLines(texts: Iterable<string>, options: RepeatedLinesOptions = {}): Set<string> {
  const { minArticles = 3, maxLength = 200 } = options
  const seenIn = new Map<string, number>()
  for (const text of texts) {
    const keys = new Set<string>()
    for (const line of text.split('\n')) {
      const key = lineKey(line)
      if (key.length >= 3 && key.length <= maxLength) keys.add(key)
    }
    for (const key of keys) seenIn.set(key, (seenIn.get(key) ?? 0) + 1)
  }
  const out = new Set<string>()
  for (const [key, n] of seenIn) if (n >= minArticles) out.add(key)
  return out
}
