/**
 * The web app and JSON API over a store (hono). Pages are rendered on the server by the shared renderer and work
 * without JavaScript; the API is described by `/api/openapi.json`. Security: strict CSP and no-sniff headers on
 * every response, a Host check against DNS rebinding, an optional bearer token (required by `serve` off loopback),
 * a size limit on request bodies, and article content only ever escaped.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { getCookie, setCookie } from 'hono/cookie'
import { HTTPException } from 'hono/http-exception'
import { ArticleRecord, IngestError, sourceFromRecord } from '../ingest/index.js'
import { escapeHtml } from '../report/escape.js'
import type { DossierWriter } from '../store/ingest.js'
import { createDossierWriter } from '../store/ingest.js'
import { type PageRequest, type Store, StoreError } from '../store/types.js'
import { ENHANCE_SCRIPT } from '../web/enhance.js'
import { page, SERVER_CONTENT_SECURITY_POLICY, type Shell } from '../web/layout.js'
import {
  type Links,
  renderArticle,
  renderPeople,
  renderPerson,
  renderSearch,
  renderStats,
  renderStories,
  renderStory,
} from '../web/pages.js'
import { openApiDocument } from './openapi.js'

/** Options of `createApp`. */
export interface AppOptions {
  store: Store
  /** When set, every request must carry it (`Authorization: Bearer`, or the cookie set by `?token=`). */
  token?: string
  /** Largest request body accepted, in bytes. Default 2 MiB. */
  maxBodyBytes?: number
  /** Host names accepted in the Host header (port ignored); empty accepts any. Default: any. */
  allowedHosts?: string[]
  /** Writer for `POST /api/articles`; default a writer session on `store`. */
  writer?: DossierWriter
}

/** Default largest request body. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024

const TOKEN_COOKIE = 'triangulate_token'
const MAX_QUERY_LENGTH = 500

/** Links of the server's pages. */
export const SERVER_LINKS: Links = {
  story: (id) => `/stories/${encodeURIComponent(id)}`,
  article: (id) => `/articles/${encodeURIComponent(id)}`,
  quote: (article, quote) => `/articles/${encodeURIComponent(article)}#quote-${encodeURIComponent(quote)}`,
  person: (id) => `/people/${encodeURIComponent(id)}`,
  listPage: (kind, offset, query) => {
    const base = kind === 'stories' ? '/' : kind === 'people' ? '/people' : '/search'
    const params = new URLSearchParams()
    if (query) params.set('q', query)
    if (offset) params.set('offset', String(offset))
    const qs = params.toString()
    return qs ? `${base}?${qs}` : base
  },
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function paging(query: (name: string) => string | undefined): PageRequest {
  const request: PageRequest = {}
  const limit = Number(query('limit'))
  const offset = Number(query('offset'))
  if (Number.isFinite(limit) && query('limit') !== undefined) request.limit = limit
  if (Number.isFinite(offset) && query('offset') !== undefined) request.offset = offset
  return request
}

/** Builds the hono app over `store`. Test it with `app.request('/api/stories')`; serve it with `serveApp`. */
export function createApp(options: AppOptions): Hono {
  const { store, token } = options
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const allowedHosts = new Set((options.allowedHosts ?? []).map((h) => h.toLowerCase()))
  let writer = options.writer ?? null
  /** POSTs are applied one at a time: the corpus stages are a single in-memory index. */
  let writes: Promise<unknown> = Promise.resolve()
  const app = new Hono()

  app.use('*', async (c, next) => {
    await next()
    c.header('Content-Security-Policy', SERVER_CONTENT_SECURITY_POLICY)
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
    c.header('X-Frame-Options', 'DENY')
    c.header('Cross-Origin-Opener-Policy', 'same-origin')
    c.header('Cross-Origin-Resource-Policy', 'same-origin')
  })

  app.use('*', async (c, next) => {
    const hostName = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase().replace(/:\d+$/, '')
    if (allowedHosts.size && !allowedHosts.has(hostName))
      throw new HTTPException(421, { message: 'unexpected Host header' })
    // A write from another site's page (cross-site request forgery) carries that site's Origin.
    const origin = c.req.header('origin')
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin !== undefined) {
      let sameOrigin = false
      try {
        sameOrigin =
          new URL(origin).host.toLowerCase() === (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase()
      } catch {
        sameOrigin = false
      }
      if (!sameOrigin) throw new HTTPException(403, { message: 'cross-origin writes are refused' })
    }
    if (!token) return next()
    const fromQuery = c.req.query('token')
    if (fromQuery !== undefined && sameSecret(fromQuery, token) && c.req.method === 'GET') {
      // Trade the token in the URL for a cookie, then drop it from the address bar (and from any history).
      setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' })
      const url = new URL(c.req.url)
      url.searchParams.delete('token')
      return c.redirect(`${url.pathname}${url.search}`, 303)
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    const given = bearer ?? getCookie(c, TOKEN_COOKIE)
    if (given === undefined || !sameSecret(given, token))
      throw new HTTPException(401, { message: 'a token is required (Authorization: Bearer <token>, or ?token=)' })
    return next()
  })

  const shell = (query?: string): Shell => ({
    home: '/',
    people: '/people',
    search: '/search',
    script: '/assets/app.js',
    ...(query ? { query } : {}),
  })
  const html = (title: string, body: string, status: 200 | 404 = 200, query?: string) =>
    new Response(page(title, body, '', shell(query)), {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    })
  const notFoundPage = (what: string) =>
    html('Not found', `<h2>Not found</h2><p>No ${what} here. <a href="/">Back to the stories</a>.</p>`, 404)

  // Pages.
  app.get('/', async (c) => {
    const [stats, stories] = await Promise.all([store.stats(), store.listStories(paging(c.req.query.bind(c.req)))])
    return html('Triangulate — stories', renderStats(stats) + renderStories(stories, SERVER_LINKS))
  })
  app.get('/stories/:id', async (c) => {
    const story = await store.getStory(c.req.param('id'))
    return story
      ? html(`${story.summary.title} — Triangulate`, renderStory(story, SERVER_LINKS))
      : notFoundPage('story')
  })
  app.get('/articles/:id', async (c) => {
    const article = await store.getArticle(c.req.param('id'))
    return article
      ? html(`${article.summary.title ?? 'Article'} — Triangulate`, renderArticle(article, SERVER_LINKS))
      : notFoundPage('article')
  })
  app.get('/people', async (c) =>
    html('People — Triangulate', renderPeople(await store.listEntities(paging(c.req.query.bind(c.req))), SERVER_LINKS)),
  )
  app.get('/people/:id', async (c) => {
    const person = await store.getEntity(c.req.param('id'))
    return person
      ? html(`${person.entity.name} — Triangulate`, renderPerson(person, SERVER_LINKS))
      : notFoundPage('person')
  })
  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, MAX_QUERY_LENGTH)
    const hits = q.trim() ? await store.search(q, paging(c.req.query.bind(c.req))) : null
    return html(q ? `${q} — search` : 'Search — Triangulate', renderSearch(q, hits, SERVER_LINKS), 200, q)
  })

  app.get('/assets/app.js', (c) => {
    c.header('content-type', 'text/javascript; charset=utf-8')
    c.header('cache-control', 'public, max-age=3600')
    return c.body(ENHANCE_SCRIPT)
  })

  // API.
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()))
  app.get('/api/stats', async (c) => c.json(await store.stats()))
  app.get('/api/articles', async (c) => c.json(await store.listArticles(paging(c.req.query.bind(c.req)))))
  app.get('/api/articles/:id', async (c) => {
    const article = await store.getArticle(c.req.param('id'))
    return article ? c.json(article) : c.json({ error: 'no such article' }, 404)
  })
  app.get('/api/stories', async (c) => c.json(await store.listStories(paging(c.req.query.bind(c.req)))))
  app.get('/api/stories/:id', async (c) => {
    const story = await store.getStory(c.req.param('id'))
    return story ? c.json(story) : c.json({ error: 'no such story' }, 404)
  })
  app.get('/api/entities', async (c) => c.json(await store.listEntities(paging(c.req.query.bind(c.req)))))
  app.get('/api/entities/:id', async (c) => {
    const entity = await store.getEntity(c.req.param('id'))
    return entity ? c.json(entity) : c.json({ error: 'no such entity' }, 404)
  })
  app.get('/api/search', async (c) => {
    const q = c.req.query('q')
    if (!q?.trim()) return c.json({ error: 'missing q' }, 400)
    return c.json(await store.search(q.slice(0, MAX_QUERY_LENGTH), paging(c.req.query.bind(c.req))))
  })
  app.post(
    '/api/articles',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => c.json({ error: `body larger than ${maxBodyBytes} bytes` }, 413),
    }),
    async (c) => {
      if (!/^application\/json\b/i.test(c.req.header('content-type') ?? ''))
        return c.json({ error: 'send application/json' }, 415)
      let body: unknown
      try {
        body = await c.req.json()
      } catch {
        return c.json({ error: 'invalid JSON' }, 400)
      }
      const parsed = ArticleRecord.safeParse(body)
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')
        return c.json({ error: `invalid article (${issues})` }, 400)
      }
      // Without a URL, each posted article is its own thing: never a version of another posted one.
      const origin = parsed.data.url ?? `api:${randomUUID()}`
      const source = sourceFromRecord(parsed.data, origin, new Date().toISOString())
      const run = writes.then(async () => {
        writer ??= createDossierWriter(store)
        const result = await writer.addSource(source)
        if (result.status !== 'duplicate') await writer.checkpoint()
        return result
      })
      writes = run.catch(() => undefined)
      const result = await run
      return c.json(result, result.status === 'duplicate' ? 200 : 201)
    },
  )

  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json({ error: 'no such endpoint' }, 404) : notFoundPage('page'),
  )

  app.onError((error, c) => {
    const api = c.req.path.startsWith('/api/')
    if (error instanceof HTTPException) {
      const status = error.status
      return api || status === 401
        ? c.json({ error: error.message }, status)
        : c.html(page('Error', `<h2>${status}</h2><p>${escapeHtml(error.message)}</p>`), status)
    }
    const message =
      error instanceof StoreError
        ? 'the store could not answer'
        : error instanceof IngestError
          ? error.reason
          : 'internal error'
    // Details go to the server log, not to the client.
    console.error(`triangulate serve: ${c.req.method} ${c.req.path}: ${error.message}`)
    return api ? c.json({ error: message }, 500) : c.html(page('Error', `<h2>500</h2><p>${message}</p>`), 500)
  })
  return app
}
