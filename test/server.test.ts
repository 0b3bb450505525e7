/** API and page tests through `app.request()`: no port, no browser. */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createApp, isLoopbackHost, openApiDocument } from '../src/server/index.js'
import type { ArticleDetail, EntityDetail, Page, StoryDetail, StorySummary } from '../src/store/index.js'
import { openSqliteStore, type Store } from '../src/store/index.js'
import { fixtureStore } from './helpers/fixture-store.js'
import { ROOT } from './helpers/shared.js'

const CLI = join(ROOT, 'dist', 'cli', 'main.js')
let store: Store
let app: ReturnType<typeof createApp>

before(async () => {
  store = await fixtureStore()
  app = createApp({ store, maxBodyBytes: 64 * 1024 })
})
after(async () => {
  await store.close()
})

async function json<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await app.request(path, init)
  return { status: res.status, body: (await res.json()) as T }
}

describe('[server] API', () => {
  it('GET /api/stories lists stories newest first with outlets and counts', async () => {
    const { status, body } = await json<Page<StorySummary>>('/api/stories')
    assert.equal(status, 200)
    assert.equal(body.total, 2)
    assert.equal(body.items[0]?.title, 'Larkspur bridge to reopen on Monday')
    assert.equal(body.items[0]?.articleCount, 3)
    assert.deepEqual(body.items[0]?.outlets.sort(), ['Coast Courier', 'Evil <b>Outlet</b>', 'Harbor Daily'])
    assert.equal(body.items[1]?.title, 'Harvest festival opens')
  })

  it('pages lists with limit and offset, within bounds', async () => {
    const { body } = await json<Page<StorySummary>>('/api/stories?limit=1&offset=1')
    assert.equal(body.items.length, 1)
    assert.equal(body.items[0]?.title, 'Harvest festival opens')
    const clamped = await json<Page<StorySummary>>('/api/stories?limit=100000&offset=-5')
    assert.equal(clamped.body.limit, 200)
    assert.equal(clamped.body.offset, 0)
  })

  it('GET /api/stories/:id, /api/articles/:id, /api/entities/:id answer, and 404 when unknown', async () => {
    const stories = await json<Page<StorySummary>>('/api/stories')
    const id = stories.body.items[0]?.id ?? ''
    const story = await json<StoryDetail>(`/api/stories/${id}`)
    assert.equal(story.status, 200)
    assert.equal(story.body.articles.length, 3)
    const quote = story.body.quotes.find((q) => q.speaker?.entity)
    assert.ok(quote?.speaker?.entity)
    const person = await json<EntityDetail>(`/api/entities/${quote.speaker.entity}`)
    assert.match(person.body.entity.name, /Ada Linden/)
    assert.ok(person.body.quotes.length >= 2)
    const article = await json<ArticleDetail>(`/api/articles/${quote.article}`)
    assert.equal(article.status, 200)
    assert.ok(article.body.text.includes(quote.text))
    assert.equal(article.body.text.slice(...quote.span), quote.text, 'spans index the text')
    for (const path of ['/api/stories/x', '/api/articles/x', '/api/entities/x', '/api/nothing']) {
      const res = await json<{ error: string }>(path)
      assert.equal(res.status, 404, path)
      assert.ok(res.body.error)
    }
  })

  it('keeps versions: the article at a URL lists both', async () => {
    const list = await json<Page<{ id: string; url: string | null }>>('/api/articles')
    const current = list.body.items.find((a) => a.url === 'https://harbor.example/bridge')
    const detail = await json<ArticleDetail>(`/api/articles/${current?.id}`)
    assert.equal(detail.body.versions.length, 2)
    assert.equal(detail.body.versions[1]?.id, current?.id)
  })

  it('GET /api/search finds words and refuses an empty query', async () => {
    const { body } = await json<Page<{ article: { title: string } }>>('/api/search?q=harvest')
    assert.equal(body.total, 1)
    assert.equal(body.items[0]?.article.title, 'Harvest festival opens')
    assert.equal((await app.request('/api/search?q=')).status, 400)
  })

  it('POST /api/articles adds an article, is a no-op the second time, and updates stories', async () => {
    const post = (body: unknown) =>
      json<{ status: string; id: string; error?: string }>('/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const record = {
      text: 'Quarry strike ends\n\nWorkers at the Quillmoor quarry voted to end their strike after nine days of talks.\n',
      outlet: 'Bay Post',
      published: '2025-01-02',
    }
    const first = await post(record)
    assert.equal(first.status, 201)
    assert.equal(first.body.status, 'added')
    const again = await post(record)
    assert.equal(again.status, 200)
    assert.equal(again.body.status, 'duplicate')
    const stories = await json<Page<StorySummary>>('/api/stories')
    assert.equal(stories.body.items[0]?.title, 'Quarry strike ends', 'newest story first')
    const bad = await post({ title: 'no body' })
    assert.equal(bad.status, 400)
    assert.match(bad.body.error ?? '', /text.*html/)
  })

  it('refuses bodies over the limit, non-JSON and invalid JSON', async () => {
    const big = await app.request('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(70 * 1024) }),
    })
    assert.equal(big.status, 413)
    const form = await app.request('/api/articles', { method: 'POST', body: 'text=hello' })
    assert.equal(form.status, 415)
    const broken = await app.request('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": ',
    })
    assert.equal(broken.status, 400)
  })

  it('serves the OpenAPI document, the same as docs/openapi.json', async () => {
    const { status, body } = await json<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json')
    assert.equal(status, 200)
    assert.equal(body.openapi, '3.1.0')
    for (const path of [
      '/api/articles',
      '/api/articles/{id}',
      '/api/stories',
      '/api/stories/{id}',
      '/api/entities/{id}',
      '/api/search',
    ])
      assert.ok(body.paths[path], path)
    const onDisk = JSON.parse(await readFile(join(ROOT, 'docs', 'openapi.json'), 'utf8'))
    assert.deepEqual(onDisk, openApiDocument(), 'docs/openapi.json is stale: regenerate it from openApiDocument()')
  })
})

describe('[server] pages and security', () => {
  it('renders every page with a strict CSP and no-sniff headers', async () => {
    const stories = await json<Page<StorySummary>>('/api/stories')
    const story = await json<StoryDetail>(`/api/stories/${stories.body.items.find((s) => s.outlets.length > 2)?.id}`)
    const entity = story.body.quotes.find((q) => q.speaker?.entity)?.speaker?.entity
    const paths = ['/', '/people', `/people/${entity}`, `/stories/${story.body.summary.id}`, '/search?q=bridge']
    for (const a of story.body.articles) paths.push(`/articles/${a.id}`)
    for (const path of paths) {
      const res = await app.request(path)
      assert.equal(res.status, 200, path)
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/, path)
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self';/, path)
      assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /script-src[^;]*unsafe/, path)
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff')
      assert.match(res.headers.get('content-type') ?? '', /text\/html/)
    }
    assert.equal((await app.request('/stories/nope')).status, 404)
  })

  it('escapes article content everywhere: no script, no markup, no javascript: links from an article', async () => {
    const stories = await json<Page<StorySummary>>('/api/stories')
    const story = await json<StoryDetail>(`/api/stories/${stories.body.items.find((s) => s.outlets.length > 2)?.id}`)
    const hostile = story.body.articles.find((a) => a.outlet?.startsWith('Evil'))
    assert.ok(hostile)
    for (const path of ['/', `/stories/${story.body.summary.id}`, `/articles/${hostile.id}`, '/search?q=bridge']) {
      // The one script is the same-origin enhancement file; nothing else may be script.
      const html = (await (await app.request(path)).text()).replace('<script src="/assets/app.js" defer></script>', '')
      assert.doesNotMatch(html, /<script/i, path)
      assert.doesNotMatch(html, /<b>Outlet/, path)
      assert.doesNotMatch(html, /<img/i, path)
      assert.doesNotMatch(html, /href="javascript:/i, path)
    }
    const article = await (await app.request(`/articles/${hostile.id}`)).text()
    assert.match(
      article,
      /&lt;script&gt;window.__pwned = &#39;body&#39;&lt;\/script&gt;/,
      'the raw input is shown as text',
    )
    const search = await (await app.request('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text()
    assert.doesNotMatch(search, /<script>alert/)
    const script = await app.request('/assets/app.js')
    assert.equal(script.status, 200)
    assert.match(script.headers.get('content-type') ?? '', /javascript/)
  })

  it('requires the token when one is set, by header or by the cookie set from ?token=', async () => {
    const locked = createApp({ store, token: 's3cret-token' })
    assert.equal((await locked.request('/api/stories')).status, 401)
    assert.equal((await locked.request('/')).status, 401)
    assert.equal((await locked.request('/api/stories', { headers: { authorization: 'Bearer wrong' } })).status, 401)
    assert.equal(
      (await locked.request('/api/stories', { headers: { authorization: 'Bearer s3cret-token' } })).status,
      200,
    )
    const handoff = await locked.request('/stories/s1?token=s3cret-token')
    assert.equal(handoff.status, 303)
    assert.equal(handoff.headers.get('location'), '/stories/s1')
    const cookie = handoff.headers.get('set-cookie') ?? ''
    assert.match(cookie, /HttpOnly/i)
    assert.match(cookie, /SameSite=Strict/i)
    const withCookie = await locked.request('/', { headers: { cookie: cookie.split(';')[0] as string } })
    assert.equal(withCookie.status, 200)
  })

  it('refuses a write from another origin (CSRF), accepts one from its own', async () => {
    const post = (origin: string) =>
      app.request('http://127.0.0.1:8080/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, host: '127.0.0.1:8080' },
        body: JSON.stringify({ text: 'Ferry resumes\n\nThe ferry to Oakvale resumed service on Sunday.\n' }),
      })
    assert.equal((await post('https://evil.example')).status, 403)
    assert.equal((await post('null')).status, 403)
    assert.equal((await post('http://127.0.0.1:8080')).status, 201)
  })

  it('rejects unexpected Host headers when hosts are pinned (DNS rebinding)', async () => {
    const pinned = createApp({ store, allowedHosts: ['127.0.0.1'] })
    assert.equal((await pinned.request('http://127.0.0.1:8080/api/stats')).status, 200)
    assert.equal((await pinned.request('http://evil.example/api/stats')).status, 421)
  })

  it('knows loopback hosts', () => {
    const rows: Array<[string, boolean]> = [
      ['127.0.0.1', true],
      ['localhost', true],
      ['::1', true],
      ['[::1]', true],
      ['0.0.0.0', false],
      ['192.168.1.5', false],
      ['example.com', false],
    ]
    for (const [host, expected] of rows) assert.equal(isLoopbackHost(host), expected, host)
  })

  it('an empty store renders and answers', async () => {
    const empty = openSqliteStore(':memory:')
    const bare = createApp({ store: empty })
    assert.equal((await bare.request('/')).status, 200)
    assert.match(await (await bare.request('/')).text(), /No stories yet/)
    assert.equal(((await (await bare.request('/api/articles')).json()) as Page<unknown>).total, 0)
    await empty.close()
  })
})

describe('[server] serve command', { skip: existsSync(CLI) ? false : 'run `npm run build` first' }, () => {
  it('refuses a non-loopback host without a token', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--host', '0.0.0.0', '--port', '0', '--db', ':memory:'], {
      env: { ...process.env, TRIANGULATE_TOKEN: '' },
    })
    let stderr = ''
    child.stderr.on('data', (d) => {
      stderr += d
    })
    const code = await new Promise((r) => child.once('exit', r))
    assert.equal(code, 1)
    assert.match(stderr, /without a token/)
  })

  it('serves a store on a free port and answers the API', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tri-serve-'))
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', join(dir, 'x.db')])
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (d) => {
          out += d
          const m = /at (http:\/\/\S+)/.exec(out)
          if (m?.[1]) resolve(m[1])
        })
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)))
      })
      const res = await fetch(new URL('/api/stats', url))
      assert.equal(res.status, 200)
      assert.equal(((await res.json()) as { articles: number }).articles, 0)
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/)
    } finally {
      child.kill('SIGTERM')
    }
  })
})
