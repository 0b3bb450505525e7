/**
 * The OpenAPI 3.1 description of the JSON API, served at `/api/openapi.json` and written to `docs/openapi.json`
 * (a test keeps the two equal). Schemas name the fields the handlers return; the dossier schema (`triangulate
 * schema`) describes the nested model types in full.
 */

const page = (item: string) => ({
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: {
    items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
  },
})

const paging = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
]

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }

const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } })

const notFound = json({ $ref: '#/components/schemas/Error' }, 'No such item')

/** The OpenAPI document of the API. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Triangulate API',
      version: '0.1.0',
      description:
        'Read a Triangulate dossier store (articles, stories, people, search) and add articles to it. Spans are [start, end) JavaScript string offsets into the article text. When the server was started with a token, every request needs `Authorization: Bearer <token>`.',
    },
    servers: [{ url: 'http://127.0.0.1:8080' }],
    security: [{}, { bearer: [] }],
    paths: {
      '/api/articles': {
        get: {
          summary: 'Current articles, most recently stored first',
          parameters: paging,
          responses: { 200: json(page('ArticleSummary'), 'A page of articles') },
        },
        post: {
          summary: 'Add one article: runs every stage, stores it, updates stories, relations and findings',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/NewArticle' } } },
          },
          responses: {
            201: json({ $ref: '#/components/schemas/PutResult' }, 'Stored (added, or a new version of the same URL)'),
            200: json({ $ref: '#/components/schemas/PutResult' }, 'Already stored (same content): nothing changed'),
            400: json({ $ref: '#/components/schemas/Error' }, 'Invalid JSON or record'),
            413: json({ $ref: '#/components/schemas/Error' }, 'Body larger than the limit'),
            415: json({ $ref: '#/components/schemas/Error' }, 'Not application/json'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article (any version): text, raw input, quotes, findings, relations, versions',
          parameters: [idParam],
          responses: { 200: json({ $ref: '#/components/schemas/ArticleDetail' }, 'The article'), 404: notFound },
        },
      },
      '/api/stories': {
        get: {
          summary: 'Stories, newest first (latest publication date; undated last)',
          parameters: paging,
          responses: { 200: json(page('StorySummary'), 'A page of stories') },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'One story: its articles, quotes, relations and corroboration',
          parameters: [idParam],
          responses: { 200: json({ $ref: '#/components/schemas/StoryDetail' }, 'The story'), 404: notFound },
        },
      },
      '/api/entities': {
        get: {
          summary: 'People and organisations, most quoted first',
          parameters: paging,
          responses: { 200: json(page('Entity'), 'A page of entities') },
        },
      },
      '/api/entities/{id}': {
        get: {
          summary: 'One person or organisation with everything they are quoted saying, by date',
          parameters: [idParam],
          responses: { 200: json({ $ref: '#/components/schemas/EntityDetail' }, 'The entity'), 404: notFound },
        },
      },
      '/api/search': {
        get: {
          summary:
            'Full-text search over titles and texts; every word must match, the last as a prefix. Best first when fewer than 1000 articles match, else newest first (`order`)',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 500 } },
            ...paging,
          ],
          responses: {
            200: json(
              {
                ...page('SearchHit'),
                properties: { ...page('SearchHit').properties, order: { enum: ['relevance', 'newest'] } },
              },
              'Hits; `total` counts up to 1000',
            ),
            400: json({ $ref: '#/components/schemas/Error' }, 'Missing q'),
          },
        },
      },
      '/api/stats': {
        get: {
          summary: 'Counts, and whether an interrupted ingest left the derived tables behind',
          responses: { 200: json({ $ref: '#/components/schemas/Stats' }, 'Counts') },
        },
      },
      '/api/openapi.json': {
        get: { summary: 'This document', responses: { 200: json({ type: 'object' }, 'OpenAPI') } },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
        Span: { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'integer' }], minItems: 2, maxItems: 2 },
        NewArticle: {
          type: 'object',
          description: 'Either text or html is required. Bodies over the server limit (default 2 MiB) are refused.',
          properties: {
            text: { type: 'string' },
            html: { type: 'string', description: 'Parsed for its article text; never rendered' },
            url: { type: 'string' },
            title: { type: 'string' },
            outlet: { type: 'string' },
            byline: { type: 'string' },
            published: { type: 'string', description: 'Any date Date.parse reads; stored as ISO 8601' },
            language: { type: 'string' },
          },
        },
        PutResult: {
          type: 'object',
          required: ['status', 'id'],
          properties: {
            status: { enum: ['added', 'duplicate', 'version'] },
            id: { type: 'string' },
            previous: { type: 'string', description: 'For a new version: the version it replaces' },
          },
        },
        ArticleSummary: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            title: { type: ['string', 'null'] },
            outlet: { type: ['string', 'null'] },
            published: { type: ['string', 'null'] },
            url: { type: ['string', 'null'] },
            source: { type: 'string' },
            ingestedAt: { type: 'string' },
            score: { type: ['number', 'null'] },
            story: { type: ['string', 'null'] },
            copyOf: { type: ['string', 'null'] },
          },
        },
        ArticleDetail: {
          type: 'object',
          properties: {
            summary: { $ref: '#/components/schemas/ArticleSummary' },
            text: { type: 'string' },
            raw: { type: 'string', description: 'The input as received' },
            byline: { type: ['string', 'null'] },
            language: { type: ['string', 'null'] },
            extraction: { type: 'object' },
            mentions: { type: 'array', items: { type: 'object' } },
            credibility: { type: ['object', 'null'] },
            quotes: { type: 'array', items: { $ref: '#/components/schemas/Quote' } },
            findings: { type: 'array', items: { type: 'object' } },
            relations: { type: 'array', items: { type: 'object' } },
            versions: { type: 'array', items: { $ref: '#/components/schemas/ArticleSummary' } },
            related: { type: 'array', items: { $ref: '#/components/schemas/ArticleSummary' } },
          },
        },
        Quote: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            article: { type: 'string' },
            text: { type: 'string' },
            span: { $ref: '#/components/schemas/Span' },
            kind: { enum: ['direct', 'mixed', 'indirect'] },
            cue: { type: ['string', 'null'] },
            speaker: { type: ['object', 'null'] },
          },
        },
        StorySummary: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            start: { type: ['string', 'null'] },
            end: { type: ['string', 'null'] },
            articleCount: { type: 'integer' },
            outlets: { type: 'array', items: { type: 'string' } },
          },
        },
        StoryDetail: {
          type: 'object',
          properties: {
            summary: { $ref: '#/components/schemas/StorySummary' },
            articles: { type: 'array', items: { $ref: '#/components/schemas/ArticleSummary' } },
            quotes: { type: 'array', items: { $ref: '#/components/schemas/Quote' } },
            relations: { type: 'array', items: { type: 'object' } },
            corroboration: { type: 'array', items: { type: 'object' } },
          },
        },
        Entity: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            kind: { enum: ['person', 'organization', 'place'] },
            aliases: { type: 'array', items: { type: 'string' } },
            roles: { type: 'array', items: { type: 'string' } },
            quoteCount: { type: 'integer' },
          },
        },
        EntityDetail: {
          type: 'object',
          properties: {
            entity: { $ref: '#/components/schemas/Entity' },
            quotes: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  quote: { $ref: '#/components/schemas/Quote' },
                  article: { $ref: '#/components/schemas/ArticleSummary' },
                },
              },
            },
          },
        },
        SearchHit: {
          type: 'object',
          properties: {
            article: { $ref: '#/components/schemas/ArticleSummary' },
            snippet: { type: 'string', description: 'U+0001 and U+0002 mark the start and end of matched words' },
          },
        },
        Stats: { type: 'object', additionalProperties: { type: ['integer', 'boolean'] } },
      },
    },
  }
}
