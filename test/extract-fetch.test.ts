import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import iconv from 'iconv-lite'
import { extractArticle } from '../src/extract/index.js'
import { fetchSource, IngestError, isPrivateAddress, USER_AGENT } from '../src/ingest/index.js'

describe('[ingest/fetch] private addresses', () => {
  const rows: Array<[string, boolean]> = [
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['8.8.8.8', false],
    ['::1', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['2606:4700::1111', false],
  ]
  for (const [address, isPrivate] of rows)
    it(`${address} ${isPrivate ? 'is' : 'is not'} private`, () => assert.equal(isPrivateAddress(address), isPrivate))
})

describe('[ingest/fetch] against a local server', () => {
  let server: Server
  let base = ''
  let seenAgent = ''
  // A windows-1251 page whose charset is declared only in the Content-Type header.
  const sentence = 'Городской совет утвердил новое расписание паромов после долгих переговоров с профсоюзом.'
  const cyrillic = iconv.encode(sentence, 'windows-1251')

  before(async () => {
    server = createServer((req, res) => {
      seenAgent = req.headers['user-agent'] ?? ''
      if (req.url === '/loop') {
        res.writeHead(302, { location: '/loop' })
        res.end()
      } else if (req.url === '/moved') {
        res.writeHead(301, { location: '/cyrillic' })
        res.end()
      } else if (req.url === '/cyrillic') {
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' })
        res.end(
          Buffer.concat([
            Buffer.from('<html><body><article><p>'),
            cyrillic,
            Buffer.from('</p></article></body></html>'),
          ]),
        )
      } else if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/html' })
        res.end(Buffer.alloc(64 * 1024, 0x61))
      } else if (req.url === '/slow') {
        res.writeHead(200, { 'content-type': 'text/html' })
        res.write('<html>')
        // Never finishes: the client's timeout must end it.
      } else {
        res.writeHead(404)
        res.end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => {
    server.closeAllConnections()
    server.close()
  })

  it('refuses loopback unless allowed', async () => {
    await assert.rejects(fetchSource(`${base}/cyrillic`), (e: unknown) => {
      assert.ok(e instanceof IngestError)
      assert.match(e.message, /private or loopback/)
      return true
    })
  })

  it('follows a redirect, sends its User-Agent, decodes the header charset', async () => {
    const source = await fetchSource(`${base}/moved`, { allowPrivate: true })
    assert.equal(seenAgent, USER_AGENT)
    assert.equal(source.given?.url, `${base}/cyrillic`)
    assert.equal(source.charset, 'windows-1251')
    assert.equal(extractArticle(source).text, sentence)
  })

  it('stops after the redirect limit', async () => {
    await assert.rejects(fetchSource(`${base}/loop`, { allowPrivate: true, maxRedirects: 2 }), /more than 2 redirects/)
  })

  it('stops at the size limit', async () => {
    await assert.rejects(fetchSource(`${base}/huge`, { allowPrivate: true, maxBytes: 1024 }), /larger than 1024 bytes/)
  })

  it('gives up at the timeout', async () => {
    await assert.rejects(fetchSource(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }), IngestError)
  })

  it('names the URL and the status on an HTTP error', async () => {
    await assert.rejects(fetchSource(`${base}/missing`, { allowPrivate: true }), /HTTP 404/)
  })
})
