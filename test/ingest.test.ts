import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { type IngestItem, isUrlList, readSources } from '../src/ingest/index.js'

const page = (title: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>The harbor council met on Tuesday and approved the new ferry timetable after a long debate with the union.</p></article></body></html>`

const rss = (base: string) => `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Quay Gazette</title><link>${base}/</link>
<item><title>Full text item</title><link>${base}/full</link><pubDate>Tue, 02 Jul 2024 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The ferry union said the strike would go ahead on Thursday unless the council paid overtime.</p>]]></content:encoded></item>
<item><title>Linked item</title><link>${base}/page1</link><pubDate>Wed, 03 Jul 2024 08:00:00 GMT</pubDate><description>A short summary.</description></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Bayside Notes</title>
<entry><title>Atom entry</title><id>urn:bayside:1</id><updated>2024-07-04T09:00:00Z</updated>
<content type="html">&lt;p&gt;Divers inspected the hull of the tanker on Friday and found no further damage to the plating.&lt;/p&gt;</content></entry>
</feed>`

function summarize(items: IngestItem[]) {
  return items.map((item) =>
    'source' in item
      ? { origin: item.source.origin, title: item.source.given?.title ?? null }
      : { error: `${item.error.source}: ${item.error.reason}` },
  )
}

describe('[ingest] feeds and URL lists', () => {
  let server: Server
  let base = ''
  let dir = ''
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' })
        res.end(rss(base))
      } else if (req.url === '/page1' || req.url === '/page2') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(page(`Page ${req.url.slice(5)}`))
      } else {
        res.writeHead(404)
        res.end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    dir = await mkdtemp(join(tmpdir(), 'triangulate-ingest-'))
  })
  after(async () => {
    server.closeAllConnections()
    server.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('tells a list of URLs from an article', () => {
    assert.equal(isUrlList('https://a.example/1\n\n  http://b.example/2  \n'), true)
    assert.equal(isUrlList('https://a.example/1\nThe council met on Tuesday.'), false)
    assert.equal(isUrlList('   \n'), false)
  })

  it('reads feed files and URL lists found in a folder, fetches linked items, and reports what is not a feed', async () => {
    await writeFile(join(dir, 'a-bayside.atom'), atom)
    await writeFile(join(dir, 'b-list.txt'), `${base}/page2\n${base}/feed.xml\n${base}/missing\n`)
    await writeFile(join(dir, 'c-broken.xml'), '<html><body>not a feed</body></html>')
    await writeFile(join(dir, 'd-more.urls'), `${base}/page1\nftp://old.example/x\n`)
    const items: IngestItem[] = []
    for await (const item of readSources([dir], { fetch: { allowPrivate: true } })) items.push(item)
    assert.deepEqual(summarize(items), [
      { origin: `${join(dir, 'a-bayside.atom')}#urn:bayside:1`, title: 'Atom entry' },
      { origin: `${base}/page2`, title: null },
      { origin: `${base}/full`, title: 'Full text item' },
      { origin: `${base}/page1`, title: null },
      { error: `${base}/missing: HTTP 404` },
      { error: `${join(dir, 'c-broken.xml')}: not an RSS or Atom feed` },
      { origin: `${base}/page1`, title: null },
      { error: `${join(dir, 'd-more.urls')}: ftp://old.example/x: not an http(s) URL` },
    ])
    const atomItem = items[0] as { source: { given?: Record<string, string> } }
    assert.equal(atomItem.source.given?.outlet, 'Bayside Notes')
    const linked = items[3] as { source: { given?: Record<string, string> } }
    assert.match(linked.source.given?.published ?? '', /^2024-07-03T08:00/)
  })

  it('expands a feed URL named on the command line into its items', async () => {
    const items: IngestItem[] = []
    for await (const item of readSources([`${base}/feed.xml`], { fetch: { allowPrivate: true } })) items.push(item)
    assert.deepEqual(
      summarize(items).map((i) => ('origin' in i ? i.origin : i.error)),
      [`${base}/full`, `${base}/page1`],
    )
  })
})
