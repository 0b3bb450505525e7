/**
 * The shared store suite: written once, run against every backend factory in BACKENDS (SQLite today; a PostgreSQL
 * backend adds one entry). Plus the SQLite-only checks: migrations on reopen, and a killed ingest.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import Database from 'better-sqlite3'
import { createDossierWriter, ftsQuery, MIGRATIONS, openSqliteStore, type Store } from '../src/store/index.js'
import { article, storyText, textSource } from './helpers/articles.js'
import { ROOT } from './helpers/shared.js'

const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const dir = await mkdtemp(join(tmpdir(), 'tri-store-'))
let n = 0

/** Every backend the suite runs against: a name and a factory of empty stores. */
const BACKENDS: Array<{ name: string; open: () => Store }> = [
  { name: 'sqlite (file)', open: () => openSqliteStore(join(dir, `s${n++}.db`)) },
  { name: 'sqlite (memory)', open: () => openSqliteStore(':memory:') },
]

for (const backend of BACKENDS) {
  describe(`[store] ${backend.name}`, () => {
    const stores: Store[] = []
    const open = () => {
      const s = backend.open()
      stores.push(s)
      return s
    }
    after(async () => {
      for (const s of stores) await s.close().catch(() => undefined)
    })

    it('stores an article once: the same content again is a no-op', async () => {
      const store = open()
      const a = article('a.txt', storyText(1))
      assert.deepEqual(await store.putArticle(a), { status: 'added', id: a.id })
      assert.deepEqual(await store.putArticle(a), { status: 'duplicate', id: a.id })
      const stats = await store.stats()
      assert.equal(stats.articles, 1)
      assert.equal(stats.superseded, 0)
    })

    it('keeps a changed article at the same URL as a new version linked to the old', async () => {
      const store = open()
      const url = 'https://news.example/bridge'
      const v1 = article('x', storyText(1), { url })
      const v2 = article('x', storyText(1, { extra: 'Update: the opening moved to Tuesday.' }), { url })
      assert.notEqual(v1.id, v2.id)
      await store.putArticle(v1)
      assert.deepEqual(await store.putArticle(v2), { status: 'version', id: v2.id, previous: v1.id })
      const current = []
      for await (const s of store.currentArticles()) current.push(s.article.id)
      assert.deepEqual(current, [v2.id])
      const detail = await store.getArticle(v2.id)
      assert.deepEqual(
        detail?.versions.map((v) => v.id),
        [v1.id, v2.id],
      )
      assert.equal((await store.getArticle(v1.id))?.summary.id, v1.id, 'old versions stay readable')
      assert.equal((await store.listArticles()).total, 1)
    })

    it('round-trips an article exactly (text, raw, spans)', async () => {
      const store = open()
      const a = article('a.txt', storyText(3))
      await store.putArticle(a)
      for await (const s of store.currentArticles()) assert.deepEqual(s.article, a)
      const detail = await store.getArticle(a.id)
      assert.equal(detail?.text, a.text)
      assert.equal(detail?.raw, a.raw)
    })

    it('derives stories, people, quotes and findings from the corpus stages', async () => {
      const store = open()
      const writer = createDossierWriter(store)
      for (let i = 0; i < 3; i++) await writer.addSource(textSource(`${i}.txt`, storyText(1, { town: 'Larkspur' })))
      await writer.addSource(
        textSource('other.txt', 'Harvest festival opens\n\nThe harvest festival opened in Oakvale with a parade.\n'),
      )
      await writer.addSource(
        textSource('prov.txt', `${storyText(9, { town: 'Larkspur' })}\nRead the full story at Some Network News.\n`, {
          published: '2024-05-02T00:00:00.000Z',
          outlet: 'Harbor Daily',
        }),
      )
      assert.equal((await store.stats()).derivedStale, true, 'stale until the checkpoint')
      await writer.checkpoint()
      const stats = await store.stats()
      assert.equal(stats.derivedStale, false)
      assert.ok(stats.stories >= 2, `stories: ${stats.stories}`)
      const stories = await store.listStories()
      assert.equal(stories.total, stats.stories)
      const first = stories.items[0]
      assert.equal(first?.end, '2024-05-02T00:00:00.000Z', 'the dated story comes first')
      assert.deepEqual(first?.outlets, ['Harbor Daily'])
      const story = await store.getStory(first?.id ?? '')
      assert.ok(story && story.articles.length === first?.articleCount)
      assert.ok(story.quotes.length > 0)
      const speaker = story.quotes.find((q) => q.speaker?.entity)?.speaker
      assert.ok(speaker?.entity, 'quotes carry resolved entities')
      const person = await store.getEntity(speaker.entity)
      assert.equal(person?.entity.name, speaker.name)
      assert.ok((person?.quotes.length ?? 0) >= 2)
      const withFinding = await store.getArticle(story.articles.find((a) => a.source === 'prov.txt')?.id ?? '')
      assert.ok(withFinding?.findings.some((f) => f.rule.startsWith('provenance/')))
      assert.ok(withFinding?.credibility && withFinding.credibility.score < 1)
      assert.equal((await store.getStory('nope')) ?? null, null)
      assert.equal((await store.getEntity('nope')) ?? null, null)
      assert.equal((await store.getArticle('nope')) ?? null, null)
    })

    it('searches titles and texts, best first, with marked snippets', async () => {
      const store = open()
      const writer = createDossierWriter(store)
      await writer.addSource(textSource('a.txt', storyText(1, { town: 'Quillmoor' })))
      await writer.addSource(textSource('b.txt', 'Harvest festival opens\n\nThe festival opened in Oakvale.\n'))
      await writer.checkpoint()
      const hits = await store.search('quillmoor cables')
      assert.equal(hits.total, 1)
      assert.ok(hits.items[0]?.snippet.includes('\u0001Quillmoor\u0002'))
      assert.equal((await store.search('oakval')).total, 1, 'the last word matches as a prefix')
      assert.equal((await store.search('"; DROP TABLE articles; --')).total, 0, 'query syntax is not passed through')
      assert.equal((await store.search('   ')).total, 0)
      assert.equal((await store.listArticles()).total, 2)
    })

    it('writes derived state idempotently: a rebuilt corpus changes nothing', async () => {
      const store = open()
      const writer = createDossierWriter(store)
      for (let i = 0; i < 4; i++) await writer.addSource(textSource(`${i}.txt`, storyText(i % 2, { town: 'Brume' })))
      await writer.checkpoint()
      const before = await store.stats()
      const again = createDossierWriter(store)
      await again.add(article('0.txt', storyText(0, { town: 'Brume' })))
      await again.checkpoint()
      assert.deepEqual(await store.stats(), before)
    })

    it('a writer that falls behind another writer catches up at its checkpoint', async () => {
      const store = open()
      const first = createDossierWriter(store)
      const second = createDossierWriter(store)
      await first.addSource(textSource('1.txt', storyText(1, { town: 'Ashford' })))
      await first.checkpoint()
      await second.addSource(textSource('2.txt', storyText(2, { town: 'Brimton' })))
      await second.checkpoint()
      await first.addSource(textSource('3.txt', storyText(3, { town: 'Calmere' })))
      await first.checkpoint()
      const list = await store.listArticles()
      assert.equal(list.total, 3)
      for (const a of list.items) assert.notEqual(a.score, null, `${a.source} is assessed`)
      assert.equal((await store.stats()).derivedStale, false)
    })

    it('records inputs that could not be read', async () => {
      const store = open()
      await store.addError('bad.html', 'binary content')
      const errors = await store.errors()
      assert.equal(errors.total, 1)
      assert.equal(errors.items[0]?.reason, 'binary content')
      assert.deepEqual(await store.checkIntegrity(), [])
    })
  })
}

describe('[store] sqlite specifics', () => {
  it('applies migrations once and records them', async () => {
    const file = join(dir, 'migrate.db')
    await openSqliteStore(file).close()
    const store = openSqliteStore(file)
    assert.equal((await store.stats()).schemaVersion, MIGRATIONS.length)
    await store.close()
    const db = new Database(file, { readonly: true })
    assert.equal(
      (db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n,
      MIGRATIONS.length,
    )
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal')
    db.close()
  })

  it('upgrades a store made by an older schema, keeping its articles', async () => {
    const file = join(dir, 'old.db')
    const old = new Database(file)
    const first = MIGRATIONS[0]
    assert.ok(first)
    old.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    )
    old.exec(first.sql)
    old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(1, first.name, '2024-01-01T00:00:00Z')
    const a = article('a.txt', storyText(1))
    const { text, raw, ...rest } = a
    old
      .prepare(
        `INSERT INTO articles (id, version_key, url, outlet, title, published, source, text, raw, doc, ingested_at)
         VALUES (?, ?, NULL, NULL, ?, NULL, ?, ?, ?, ?, ?)`,
      )
      .run(a.id, a.source, a.title, a.source, text, raw, JSON.stringify(rest), '2024-01-01T00:00:00Z')
    old.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (1, ?, ?)').run(a.title, text)
    old.close()
    const store = openSqliteStore(file)
    assert.equal((await store.stats()).schemaVersion, MIGRATIONS.length)
    assert.equal((await store.stats()).articles, 1)
    assert.deepEqual(await store.checkIntegrity(), [])
    const writer = createDossierWriter(store)
    assert.equal((await writer.addSource(textSource('a.txt', storyText(1)))).status, 'duplicate')
    await store.close()
  })

  it('turns typed words into a safe FTS query', () => {
    const rows: Array<[string, string | null]> = [
      ['NATO threat', '"NATO" "threat"*'],
      ['a" OR 1=1 --', '"a" "OR" "1" "1"'],
      ['', null],
      ['«Stoltenberg»', '"Stoltenberg"*'],
    ]
    for (const [input, expected] of rows) assert.equal(ftsQuery(input), expected, input)
  })

  it('a killed ingest loses nothing stored, leaves no half article, and a re-run completes', {
    skip: existsSync(CLI) ? false : 'run `npm run build` first',
  }, async () => {
    const inputs = join(dir, 'many')
    await mkdir(inputs)
    const total = 400
    for (let i = 0; i < total; i++)
      await writeFile(join(inputs, `${String(i).padStart(4, '0')}.txt`), storyText(i, { town: `Town${i % 37}` }))
    const db = join(dir, 'killed.db')
    const child = spawn(
      process.execPath,
      [CLI, 'ingest', inputs, '--db', db, '--workers', '0', '--checkpoint', '50', '-q'],
      {
        stdio: 'ignore',
      },
    )
    const stored = () => {
      if (!existsSync(db)) return 0
      try {
        const ro = new Database(db, { readonly: true, fileMustExist: true })
        try {
          return (ro.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
        } finally {
          ro.close()
        }
      } catch {
        return 0
      }
    }
    const deadline = Date.now() + 60_000
    while (stored() < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    const atKill = stored()
    assert.ok(atKill > 0 && atKill < total, `killed mid-way (${atKill} of ${total} stored)`)

    const store = openSqliteStore(db)
    assert.deepEqual(await store.checkIntegrity(), [])
    const seen = []
    for await (const s of store.currentArticles()) seen.push(s.article)
    assert.equal(seen.length, (await store.stats()).articles)
    for (const a of seen) assert.ok(a.text.length > 0 && a.sentences.length > 0, 'every stored article is whole')
    await store.close()

    const rerun = spawn(process.execPath, [CLI, 'ingest', inputs, '--db', db, '--workers', '0', '-q'], {
      stdio: 'ignore',
    })
    const code = await new Promise((r) => rerun.once('exit', r))
    assert.equal(code, 0)
    const done = openSqliteStore(db)
    const stats = await done.stats()
    assert.equal(stats.articles, total)
    assert.equal(stats.derivedStale, false)
    assert.deepEqual(await done.checkIntegrity(), [])
    await done.close()
  })
})

describe('[store] ingest of feeds and changed files', () => {
  it('takes RSS items with full content as articles, with their metadata, and keeps an edited file as a version', async () => {
    const folder = join(dir, 'feeds')
    await mkdir(folder)
    const items = [1, 2]
      .map(
        (i) => `<item><title>Harbor story ${i}</title><link>https://harbor.example/${i}</link>
<pubDate>Tue, 0${i} Jul 2024 10:00:00 GMT</pubDate><dc:creator>Jo Reed</dc:creator>
<content:encoded><![CDATA[<article><p>${storyText(i, { town: `Feedtown${i}` }).replace(/\n\n/g, '</p><p>')}</p></article>]]></content:encoded></item>`,
      )
      .join('')
    await writeFile(
      join(folder, 'harbor.rss'),
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbor Daily</title><link>https://harbor.example/</link>${items}</channel></rss>`,
    )
    const store = openSqliteStore(':memory:')
    const writer = createDossierWriter(store)
    const summary = await writer.ingest([join(folder, 'harbor.rss')], { workers: 0 })
    assert.deepEqual(summary, { added: 2, versions: 0, duplicates: 0, errors: [] })
    const list = await store.listArticles()
    assert.deepEqual(list.items.map((a) => a.url).sort(), ['https://harbor.example/1', 'https://harbor.example/2'])
    for (const a of list.items) {
      assert.equal(a.outlet, 'Harbor Daily')
      assert.match(a.published ?? '', /^2024-07-0[12]T10:00/)
    }

    const file = join(folder, 'note.txt')
    await writeFile(file, storyText(7))
    assert.equal((await writer.ingest([file], { workers: 0 })).added, 1)
    assert.equal((await writer.ingest([file], { workers: 0 })).duplicates, 1)
    await writeFile(file, storyText(7, { extra: 'Correction: the repairs took longer.' }))
    assert.equal((await writer.ingest([file], { workers: 0 })).versions, 1)
    const stats = await store.stats()
    assert.equal(stats.articles, 3)
    assert.equal(stats.superseded, 1)
    assert.equal(stats.derivedStale, false)
    await store.close()
  })
})

describe('[store] ingest refuses private addresses', () => {
  it('does not fetch a loopback feed URL unless allowed, and records why', async () => {
    const store = openSqliteStore(':memory:')
    const summary = await createDossierWriter(store).ingest(['http://127.0.0.1:9/feed.xml'], { workers: 0 })
    assert.equal(summary.added, 0)
    assert.match(summary.errors[0]?.reason ?? '', /private or loopback/)
    assert.equal((await store.errors()).total, 1)
    await store.close()
  })
})
