/**
 * A memo from a word, read lower-cased where it stands in a text (a `[start, end)` span), to a small integer, that
 * makes no string for a word it knows. The stories and cross-check stages ask what every word of every article is
 * (a term hash, a concept); a string-keyed map made a new string per word (slice, lower case), hashed it, and
 * followed pointers into a table of hundreds of thousands of words: most of the cost was cache misses and garbage.
 *
 * Here an ASCII word is read once from its char codes into two independent 32-bit hashes (a 63-bit fingerprint, the
 * second forced odd so a zero marks an empty slot) and looked up by open addressing in one flat `Int32Array` of
 * `[hash, fingerprint, value, 0]` slots. Two distinct words meet only if both hashes collide: about one chance in
 * 10^9 for a million words. A word with a non-ASCII character (whose lower case is not a table lookup) goes to the
 * caller's own function every time. The table starts afresh when it is 60% full, like the bounded maps it fronts.
 */

/** The value of a lower-cased word, when the memo does not know it. */
export type WordValue = (lower: string) => number

/** A memo of word values keyed by a word's span in a text. */
export interface SpanMemo {
  /** The value of the lower-cased word at `text[start, end)`: remembered, or `compute`d (and remembered if ASCII). */
  valueAt(text: string, start: number, end: number, compute: WordValue): number
}

/** A new, empty memo with `2 ** bits` slots. */
export function createSpanMemo(bits = 20): SpanMemo {
  const slots = 2 ** bits
  const mask = slots - 1
  const limit = Math.floor(slots * 0.6)
  let table = new Int32Array(slots * 4)
  let used = 0
  return {
    valueAt(text, start, end, compute) {
      let h1 = 0x811c9dc5
      let h2 = 0x9747b28c
      for (let i = start; i < end; i++) {
        let code = text.charCodeAt(i)
        if (code >= 0x80) return compute(text.slice(start, end).toLowerCase())
        if (code >= 0x41 && code <= 0x5a) code += 0x20
        h1 = Math.imul(h1 ^ code, 0x01000193)
        h2 = Math.imul(h2 ^ code, 0x5bd1e995)
        h2 ^= h2 >>> 15
      }
      h2 = (h2 ^ (end - start)) | 1
      let at = (h1 & mask) << 2
      for (;;) {
        const fingerprint = table[at + 1] as number
        if (fingerprint === 0) break
        if (fingerprint === h2 && table[at] === h1) return table[at + 2] as number
        at = (at + 4) & ((mask << 2) | 3)
      }
      const value = compute(text.slice(start, end).toLowerCase())
      if (used >= limit) {
        table = new Int32Array(slots * 4)
        used = 0
        at = (h1 & mask) << 2
      }
      table[at] = h1
      table[at + 1] = h2
      table[at + 2] = value
      used++
      return value
    },
  }
}
