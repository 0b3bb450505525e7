/**
 * Word-level difference between two versions of a quote, for showing an altered quote next to the original.
 * Longest common subsequence over words; quotes are short, so the quadratic table stays small (capped).
 */

/** One run of words: the same in both, only in the first (removed) or only in the second (added). */
export interface DiffPart {
  op: 'same' | 'removed' | 'added'
  text: string
}

const TOKEN = /\s+|[^\s]+/g

/** Most words compared; longer texts are shown as a whole replacement. */
const MAX_WORDS = 400

function words(text: string): string[] {
  return Array.from(text.matchAll(TOKEN), (m) => m[0]).filter((w) => w.trim() !== '')
}

function norm(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** The word-level difference from `before` to `after` (case and punctuation folded when comparing). */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before)
  const b = words(after)
  if (a.length > MAX_WORDS || b.length > MAX_WORDS)
    return [
      { op: 'removed', text: before },
      { op: 'added', text: after },
    ]
  const na = a.map(norm)
  const nb = b.map(norm)
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i] as Uint16Array
    const next = lcs[i + 1] as Uint16Array
    for (let j = b.length - 1; j >= 0; j--)
      row[j] = na[i] === nb[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number)
  }
  const parts: DiffPart[] = []
  const push = (op: DiffPart['op'], word: string) => {
    const last = parts[parts.length - 1]
    if (last && last.op === op) last.text += ` ${word}`
    else parts.push({ op, text: word })
  }
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (na[i] === nb[j]) {
      push('same', b[j] as string)
      i++
      j++
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) push('removed', a[i++] as string)
    else push('added', b[j++] as string)
  }
  while (i < a.length) push('removed', a[i++] as string)
  while (j < b.length) push('added', b[j++] as string)
  return parts
}
