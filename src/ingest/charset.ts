/**
 * Decoding bytes to text: a BOM, then a declared charset (HTTP Content-Type, `<meta charset>`, XML declaration),
 * then a check that UTF-8 is valid, then a guess among the legacy single-byte code pages by letter frequencies.
 * Uses iconv-lite for everything the platform's TextDecoder does not cover.
 */
import iconv from 'iconv-lite'

/** How the bytes were decoded, for warnings. */
export interface Decoded {
  text: string
  /** The charset used (lower case, as iconv-lite names it). */
  charset: string
  /** Where the charset came from. */
  from: 'bom' | 'declared' | 'meta' | 'utf-8' | 'guess'
}

/** Charset names pages declare that are aliases of what a browser actually uses (WHATWG Encoding Standard). */
const BROWSER_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'x-sjis': 'shift_jis',
  gb2312: 'gbk',
  'x-user-defined': 'windows-1252',
}

/** `<meta charset=…>`, `<meta http-equiv content="…; charset=…">` or `<?xml encoding="…"?>` in the first bytes. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i

/** Cyrillic code pages tried when a page is neither valid UTF-8 nor declared. */
const CYRILLIC_GUESSES = ['windows-1251', 'koi8-r', 'ibm866'] as const

/** Normalises a charset label to one iconv-lite knows, or null. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '')
  const mapped = BROWSER_ALIASES[name] ?? name
  return iconv.encodingExists(mapped) ? mapped : null
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })

/** The bytes as UTF-8, or null when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes)
  } catch {
    return null
  }
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8' || charset === 'utf8') return new TextDecoder('utf-8').decode(bytes)
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset)
}

/**
 * Scores text as Russian/Ukrainian/Bulgarian by its most frequent Cyrillic letters (о, е, а, и, н, т, с); the right
 * code page puts common lower-case letters first, a wrong one puts upper-case and box-drawing characters first.
 */
function cyrillicScore(text: string): number {
  let score = 0
  for (const ch of text.slice(0, 20000)) {
    if ('оеаинтсрвлк'.includes(ch)) score += 2
    else if (ch >= 'а' && ch <= 'я') score += 1
    else if (ch >= 'А' && ch <= 'Я') score -= 1
    else if (ch >= '\u2500' && ch <= '\u25ff') score -= 3
  }
  return score
}

/**
 * Decodes bytes to text. `declared` is a charset from outside the bytes (an HTTP Content-Type); `sniffHtml` also
 * reads a `<meta charset>` from the first 4 KiB. Never throws: an unknown label falls back to detection.
 * @param bytes the input
 * @param declared charset label from the transport, default none
 * @param sniffHtml look for an HTML/XML declaration in the bytes, default true
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null, sniffHtml = true): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', from: 'bom' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeWith(bytes.subarray(2), 'utf-16le'), charset: 'utf-16le', from: 'bom' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeWith(bytes.subarray(2), 'utf-16be'), charset: 'utf-16be', from: 'bom' }
  const fromTransport = normaliseCharset(declared)
  if (fromTransport) return { text: decodeWith(bytes, fromTransport), charset: fromTransport, from: 'declared' }
  const utf8 = strictUtf8(bytes)
  if (sniffHtml) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
    const m = META_CHARSET.exec(head)
    const fromMeta = normaliseCharset(m?.[1] ?? m?.[2])
    // A page that declares a legacy charset but is valid UTF-8 with non-ASCII bytes was re-saved as UTF-8.
    if (fromMeta && fromMeta !== 'utf-8' && !(utf8 !== null && hasNonAscii(bytes)))
      return { text: decodeWith(bytes, fromMeta), charset: fromMeta, from: 'meta' }
  }
  if (utf8 !== null) return { text: utf8, charset: 'utf-8', from: 'utf-8' }
  // Not UTF-8 and not declared: a legacy code page. Cyrillic if one of those reads as Cyrillic prose, else Latin-1.
  let best: { text: string; charset: string; score: number } | null = null
  for (const charset of CYRILLIC_GUESSES) {
    const text = decodeWith(bytes, charset)
    const score = cyrillicScore(text)
    if (!best || score > best.score) best = { text, charset, score }
  }
  if (best && best.score > 50) return { text: best.text, charset: best.charset, from: 'guess' }
  return { text: decodeWith(bytes, 'windows-1252'), charset: 'windows-1252', from: 'guess' }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) > 0x7f) return true
  return false
}
