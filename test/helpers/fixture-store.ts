import { createDossierWriter, openSqliteStore, type Store } from '../../src/store/index.js'
import { storyText, textSource } from './articles.js'

/** An article whose text and raw HTML try to run script and inject markup: pages must show it as text. */
export const HOSTILE_HTML = `<!doctype html><html><head><title>Bridge &lt;script&gt;alert(1)&lt;/script&gt; reopens</title>
<script>window.__pwned = 'head'</script></head><body><article><h1>Bridge reopens &lt;img src=x onerror="window.__pwned='img'"&gt;</h1>
<p>The Larkspur Bridge reopened on Monday after repairs that took several weeks, officials said in a statement to reporters.</p>
<p>“We expect the first cars across by seven &lt;script&gt;window.__pwned='text'&lt;/script&gt; in the morning,” Mayor Ada Linden said on Friday.</p>
<p>Engineers replaced steel cables and the deck of the Larkspur crossing over the course of the summer months.</p>
<script>window.__pwned = 'body'</script><img src="x" onerror="window.__pwned='raw-img'"></article></body></html>`

/** A small store: one story told by three outlets (one a new version, one hostile HTML), and an unrelated one. */
export async function fixtureStore(file = ':memory:'): Promise<Store> {
  const store = openSqliteStore(file)
  const writer = createDossierWriter(store)
  await writer.addSource(
    textSource('harbor.txt', storyText(1, { town: 'Larkspur' }), {
      outlet: 'Harbor Daily',
      published: '2024-06-03T08:00:00.000Z',
      url: 'https://harbor.example/bridge',
    }),
  )
  await writer.addSource(
    textSource('coast.txt', storyText(1, { town: 'Larkspur', extra: 'Traffic will be slow at first.' }), {
      outlet: 'Coast Courier',
      published: '2024-06-04T09:30:00.000Z',
    }),
  )
  await writer.addSource(
    textSource('harbor2.txt', storyText(1, { town: 'Larkspur', extra: 'Update: tolls are waived for a week.' }), {
      outlet: 'Harbor Daily',
      published: '2024-06-03T08:00:00.000Z',
      url: 'https://harbor.example/bridge',
    }),
  )
  await writer.addSource({
    origin: 'https://evil.example/bridge',
    bytes: new TextEncoder().encode(HOSTILE_HTML),
    contentType: 'html',
    fetchedAt: '2024-06-05T00:00:00.000Z',
    given: { outlet: 'Evil <b>Outlet</b>', published: '2024-06-05T00:00:00.000Z', url: 'javascript:alert(1)' },
  })
  await writer.addSource(
    textSource('fair.txt', 'Harvest festival opens\n\nThe harvest festival opened in Oakvale with a parade.\n', {
      outlet: 'Valley News',
      published: '2023-09-01T00:00:00.000Z',
    }),
  )
  await writer.checkpoint()
  return store
}
