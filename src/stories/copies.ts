/**
 * Near-duplicate detection with MinHash and LSH banding: the same wire text under two outlets, a page scraped
 * twice with different clutter. Each article costs one signature and a few hash-map look-ups, never a scan.
 * Method: Broder (1997) "On the resemblance and containment of documents"; banding as in Leskovec, Rajaraman and
 * Ullman, "Mining of Massive Datasets", ch. 3.
 */

/** Words per shingle: five-word runs survive light edits but rarely repeat between unrelated reports. */
const SHINGLE_WORDS = 5
/** MinHash functions; bands * rows must equal it. */
const HASHES = 64
/** 16 bands of 4 rows: a pair at Jaccard 0.7 shares a band with probability 0.98, at 0.3 with 0.12. */
const BANDS = 16
const ROWS = HASHES / BANDS
/** Estimated Jaccard of shingle sets at or above which one article is a copy of the other. */
export const COPY_SIMILARITY = 0.6
/** Long texts keep one shingle in four (by hash), which keeps the Jaccard estimate and quarters the cost. */
const SAMPLE_ABOVE = 160

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)))

/** A 32-bit avalanche mix (murmur3 finaliser). */
function mix(x: number): number {
  let h = x | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** FNV-1a over a string. */
function fnv(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

const WORD = /[\p{L}\p{N}]+/gu

/** Hashes of the text's five-word shingles (lower-cased words, punctuation ignored). */
export function shingleHashes(text: string): Uint32Array {
  return shinglesOfWords(Array.from(text.toLowerCase().matchAll(WORD), (m) => fnv(m[0])))
}

/** Hashes of the five-word shingles of a sequence of word hashes. */
export function shinglesOfWords(words: readonly number[]): Uint32Array {
  const count = Math.max(0, words.length - SHINGLE_WORDS + 1)
  const all = new Uint32Array(count)
  for (let i = 0; i < count; i++) {
    let h = 0
    for (let k = 0; k < SHINGLE_WORDS; k++) h = mix(h ^ (words[i + k] as number))
    all[i] = h
  }
  if (count <= SAMPLE_ABOVE) return all
  return all.filter((h) => (h & 3) === 0)
}

/** The MinHash signature of a set of shingle hashes (all 0xffffffff when the set is empty). */
export function minhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff)
  for (const s of shingles) {
    for (let i = 0; i < HASHES; i++) {
      const h = mix(s ^ (SEEDS[i] as number))
      if (h < (sig[i] as number)) sig[i] = h
    }
  }
  return sig
}

/** Share of equal positions: the estimate of the Jaccard similarity of the two shingle sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++
  return same / HASHES
}

/** Finds, for each new article, an earlier one it nearly duplicates. */
export interface CopyDetector {
  /**
   * Registers the article (its text, or the hashes of its words in order); returns the earlier article it copies
   * and the estimated similarity, or null.
   */
  add(id: string, text: string | readonly number[]): { of: string; similarity: number } | null
}

/** A new, empty copy detector. */
export function createCopyDetector(): CopyDetector {
  const ids: string[] = []
  const signatures: Uint32Array[] = []
  const bands = Array.from({ length: BANDS }, () => new Map<number, number[]>())
  return {
    add(id, text) {
      const shingles = typeof text === 'string' ? shingleHashes(text) : shinglesOfWords(text)
      const index = ids.length
      ids.push(id)
      // Too short to tell a copy from a shared phrase: keep it out of the index.
      if (shingles.length < 8) {
        signatures.push(new Uint32Array(0))
        return null
      }
      const sig = minhash(shingles)
      signatures.push(sig)
      let best: { of: string; similarity: number } | null = null
      const seen = new Set<number>()
      for (let b = 0; b < BANDS; b++) {
        let key = b
        for (let r = 0; r < ROWS; r++) key = mix(key ^ (sig[b * ROWS + r] as number))
        const bucket = bands[b] as Map<number, number[]>
        const members = bucket.get(key)
        if (members) {
          for (const other of members) {
            if (seen.has(other)) continue
            seen.add(other)
            const similarity = estimatedJaccard(sig, signatures[other] as Uint32Array)
            if (similarity >= COPY_SIMILARITY && (!best || similarity > best.similarity)) {
              best = { of: ids[other] as string, similarity }
            }
          }
          // A bucket keeps a few members: copies of copies all match the first ones.
          if (members.length < 4) members.push(index)
        } else bucket.set(key, [index])
      }
      return best
    },
  }
}
