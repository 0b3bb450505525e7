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
  // Average-link agglomeration on a dense matrix of summed cross similarities: n is small (a story's reports).
  const sums = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    const row = similarities[i] as Float32Array
    for (let j = 0; j < i; j++) {
      sums[i * n + j] = row[j] as number
      sums[j * n + i] = row[j] as number
    }
  }
  const members: number[][] = Array.from({ length: n }, (_, i) => [i])
  const inner = new Float64Array(n)
  const alive = Array.from({ length: n }, (_, i) => i)
  while (alive.length > 2) {
    let best = Number.NEGATIVE_INFINITY
    let x = 0
    let y = 1
    for (let p = 0; p < alive.length; p++) {
      const a = alive[p] as number
      for (let q = p + 1; q < alive.length; q++) {
        const b = alive[q] as number
        const average =
          (sums[a * n + b] as number) / ((members[a] as number[]).length * (members[b] as number[]).length)
        if (average > best) {
          best = average
          x = p
          y = q
        }
      }
    }
    const a = alive[x] as number
    const b = alive[y] as number
    inner[a] = (inner[a] as number) + (inner[b] as number) + (sums[a * n + b] as number)
    for (const c of alive) {
      if (c === a || c === b) continue
      const total = (sums[a * n + c] as number) + (sums[b * n + c] as number)
      sums[a * n + c] = total
      sums[c * n + a] = total
    }
    members[a] = [...(members[a] as number[]), ...(members[b] as number[])].sort((u, v) => u - v)
    alive.splice(y, 1)
  }
  const [ia, ib] = alive as [number, number]
  const a = members[ia] as number[]
  const b = members[ib] as number[]
  const cohesion = (c: number[], k: number) =>
    c.length < 2 ? Number.POSITIVE_INFINITY : (inner[k] as number) / ((c.length * (c.length - 1)) / 2)
  const cross = (sums[ia * n + ib] as number) / (a.length * b.length)
  const single = a.length < 2 || b.length < 2
  if (cross >= (single ? outlierRatio : ratio) * Math.min(cohesion(a, ia), cohesion(b, ib))) return null
  return a[0] === 0 ? [a, b] : [b, a]
}
