/**
 * The local re-check of a story: do its reports form one group, or two groups that each hang together much more
 * tightly than they hang to each other? Online grouping joins a newcomer to the story of its closest report, so a
 * story can chain two neighbouring events (two angles on one company, two reports on one official) through the one
 * report that resembles both; once each event has its own close reports, the split shows.
 * Method: average-link agglomerative clustering of the story's reports (Manning, Raghavan and Schütze,
 * "Introduction to Information Retrieval", ch. 17), cut at the root when the link between the two last clusters is
 * well below their cohesion.
 */

/** Reports a story needs before it is re-checked: a pair and one more. */
const MIN_REPORTS = 3
/**
 * The two last clusters split when their average cross similarity is below this share of the weaker cluster's
 * average inner similarity (tuned on the pairs dev set; one event told by several outlets stays well above it).
 */
export const SPLIT_RATIO = 0.7
/**
 * A single report leaves a story of two or more when its average similarity to them is below this share of their
 * own cohesion: stricter than `SPLIT_RATIO`, since one report is weaker evidence of a second event than two.
 */
export const OUTLIER_RATIO = 0.5

/**
 * Splits a story's reports in two when they fall apart, or returns null.
 * @param similarities  lower-triangular matrix: `similarities[i][j]` for j < i, one row per report
 * @param ratio  the share of the weaker cohesion the cross similarity must stay under (default `SPLIT_RATIO`)
 * @param outlierRatio  the same for a single report against the rest (default `OUTLIER_RATIO`)
 * @returns the indices of the group with report 0, then the other group's, each in ascending order
 */
export function splitStory(
  similarities: readonly Float32Array[],
  ratio = SPLIT_RATIO,
  outlierRatio = OUTLIER_RATIO,
): [number[], number[]] | null {
  const n = similarities.length
  if (n < MIN_REPORTS) return null
  const sim = (i: number, j: number) =>
    i === j
      ? 1
      : i > j
        ? ((similarities[i] as Float32Array)[j] as number)
        : ((similarities[j] as Float32Array)[i] as number)
  // Clusters as lists of report indices; `link` holds the summed cross similarity of each pair of clusters.
  let clusters: number[][] = Array.from({ length: n }, (_, i) => [i])
  const sums = new Map<string, number>()
  const pairKey = (a: number[], b: number[]) => `${a[0]}:${b[0]}`
  for (let a = 0; a < n; a++) for (let b = 0; b < a; b++) sums.set(`${a}:${b}`, sim(a, b))
  const sumOf = (a: number[], b: number[]) =>
    (a[0] as number) > (b[0] as number) ? (sums.get(pairKey(a, b)) as number) : (sums.get(pairKey(b, a)) as number)
  const inner = new Map<number, number>(Array.from({ length: n }, (_, i) => [i, 0]))
  while (clusters.length > 2) {
    let best = Number.NEGATIVE_INFINITY
    let pair: [number, number] = [0, 1]
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const ca = clusters[a] as number[]
        const cb = clusters[b] as number[]
        const average = sumOf(ca, cb) / (ca.length * cb.length)
        if (average > best) {
          best = average
          pair = [a, b]
        }
      }
    }
    const ca = clusters[pair[0]] as number[]
    const cb = clusters[pair[1]] as number[]
    const merged = [...ca, ...cb].sort((x, y) => x - y)
    const innerSum = (inner.get(ca[0] as number) as number) + (inner.get(cb[0] as number) as number) + sumOf(ca, cb)
    const rest = clusters.filter((_, k) => k !== pair[0] && k !== pair[1])
    for (const other of rest) {
      const total = sumOf(ca, other) + sumOf(cb, other)
      const [hi, lo] = (merged[0] as number) > (other[0] as number) ? [merged, other] : [other, merged]
      sums.set(pairKey(hi, lo), total)
    }
    inner.set(merged[0] as number, innerSum)
    clusters = [...rest, merged]
  }
  const [a, b] = clusters as [number[], number[]]
  const cohesion = (c: number[]) =>
    c.length < 2 ? Number.POSITIVE_INFINITY : (inner.get(c[0] as number) as number) / ((c.length * (c.length - 1)) / 2)
  const cross = sumOf(a, b) / (a.length * b.length)
  const single = a.length < 2 || b.length < 2
  if (cross >= (single ? outlierRatio : ratio) * Math.min(cohesion(a), cohesion(b))) return null
  return a[0] === 0 ? [a, b] : [b, a]
}
