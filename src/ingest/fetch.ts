/**
 * Fetching a URL for the user's own machine: a timeout, a size limit, a bounded number of redirects, a clear
 * User-Agent, and no requests to private or loopback addresses unless the user allows them.
 */
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import type { Source } from '../model/index.js'
import { IngestError } from './errors.js'

/** Options of `fetchSource`. */
export interface FetchOptions {
  /** Milliseconds before giving up. Default 15000. */
  timeoutMs?: number
  /** Largest body accepted, in bytes. Default 10 MiB. */
  maxBytes?: number
  /** Redirects followed. Default 5. */
  maxRedirects?: number
  /** Allow loopback and private-range addresses (for a local server of the user's). Default false. */
  allowPrivate?: boolean
}

export const USER_AGENT = 'Triangulate/0.1 (+news cross-checking; offline-first)'

const PRIVATE_V4: Array<[number, number]> = [
  [0x00000000, 8], // 0.0.0.0/8
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10 carrier-grade NAT
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local
  [0xac100000, 12], // 172.16/12
  [0xc0a80000, 16], // 192.168/16
  [0xe0000000, 4], // multicast
  [0xf0000000, 4], // reserved
]

/** True for loopback, private, link-local and other non-public addresses. */
export function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 4) {
    const n = address.split('.').reduce((acc, part) => acc * 256 + Number(part), 0)
    return PRIVATE_V4.some(([base, bits]) => n >>> (32 - bits) === base >>> (32 - bits))
  }
  const a = address.toLowerCase()
  if (a.startsWith('::ffff:')) return isPrivateAddress(a.slice(7))
  return a === '::' || a === '::1' || a.startsWith('fc') || a.startsWith('fd') || a.startsWith('fe80')
}

async function assertPublic(url: URL, origin: string): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address)
  const bad = addresses.find(isPrivateAddress)
  if (bad)
    throw new IngestError(origin, `refusing to fetch a private or loopback address (${bad}); use --allow-private`)
}

/** Fetches one URL into a Source. Throws `IngestError` naming the URL and the reason. */
export async function fetchSource(origin: string, options: FetchOptions = {}): Promise<Source> {
  const { timeoutMs = 15000, maxBytes = 10 * 1024 * 1024, maxRedirects = 5, allowPrivate = false } = options
  let url: URL
  try {
    url = new URL(origin)
  } catch (cause) {
    throw new IngestError(origin, 'not a valid URL', { cause })
  }
  const signal = AbortSignal.timeout(timeoutMs)
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new IngestError(origin, `unsupported scheme ${url.protocol}`)
    if (!allowPrivate) await assertPublic(url, origin)
    let response: Response
    try {
      response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.5' },
      })
    } catch (cause) {
      throw new IngestError(origin, `fetch failed: ${(cause as Error).message}`, { cause })
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      if (hop >= maxRedirects) throw new IngestError(origin, `more than ${maxRedirects} redirects`)
      url = new URL(response.headers.get('location') as string, url)
      continue
    }
    if (!response.ok) throw new IngestError(origin, `HTTP ${response.status}`)
    const declared = Number(response.headers.get('content-length') ?? 0)
    if (declared > maxBytes) throw new IngestError(origin, `body larger than ${maxBytes} bytes`)
    const chunks: Uint8Array[] = []
    let total = 0
    if (response.body) {
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          total += chunk.length
          if (total > maxBytes) throw new IngestError(origin, `body larger than ${maxBytes} bytes`)
          chunks.push(chunk)
        }
      } catch (cause) {
        if (cause instanceof IngestError) throw cause
        // The timeout can fire while the body streams in: still an input failure, named with its URL.
        throw new IngestError(origin, `reading the body failed: ${(cause as Error).message}`, { cause })
      }
    }
    const type = response.headers.get('content-type') ?? ''
    const charset = /charset=([\w-]+)/i.exec(type)?.[1]
    const source: Source = {
      origin,
      bytes: Buffer.concat(chunks),
      contentType: /html|xml/i.test(type) || !type ? 'html' : 'text',
      fetchedAt: new Date().toISOString(),
      given: { url: url.toString() },
    }
    if (charset) source.charset = charset
    return source
  }
}
