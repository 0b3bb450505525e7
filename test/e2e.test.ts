/**
 * End-to-end in headless Chromium (Debian `chromium` driven by playwright-core): open a story, follow a quote to
 * its article, check that script injected in an article never runs. Skips when /usr/bin/chromium is absent.
 * With TRIANGULATE_SCREENSHOTS=<dir>, also writes screenshots of the main pages there (for the README).
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { analyzeInputs } from '../src/pipeline/analyze.js'
import { writeReport } from '../src/report/index.js'
import { serveApp } from '../src/server/index.js'
import type { Store } from '../src/store/index.js'
import { fixtureStore } from './helpers/fixture-store.js'

const CHROMIUM = '/usr/bin/chromium'
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (apt-get install chromium); e2e tests skipped`
const SCREENSHOTS = process.env.TRIANGULATE_SCREENSHOTS

describe('[e2e] web app in Chromium', { skip }, () => {
  let browser: Browser
  let store: Store
  let server: { url: string; close: () => Promise<void> }
  const dialogs: string[] = []

  before(async () => {
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
    const dir = await mkdtemp(join(tmpdir(), 'tri-e2e-'))
    store = await fixtureStore(join(dir, 'e2e.db'))
    server = await serveApp({ store, host: '127.0.0.1', port: 0 })
  })
  after(async () => {
    await browser?.close()
    await server?.close()
    await store?.close()
  })

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    page.on('dialog', async (d) => {
      dialogs.push(d.message())
      await d.dismiss()
    })
    await page.goto(new URL(path, server.url).toString())
    return page
  }

  async function pwned(page: Page): Promise<unknown> {
    return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
  }

  it('opens a story from the list, and follows a quote to its place in the article', async () => {
    const page = await open('/')
    if (SCREENSHOTS) await shot(page, 'stories')
    await page.getByRole('link', { name: 'Larkspur bridge to reopen on Monday' }).click()
    await page.waitForURL(/\/stories\//)
    assert.equal(await page.locator('h2').first().textContent(), 'Larkspur bridge to reopen on Monday')
    assert.equal(await page.locator('.timeline .dot').count(), 3, 'one dot per article on the timeline')
    assert.equal(await page.locator('.side .card').count(), 3, 'headlines side by side')
    if (SCREENSHOTS) await shot(page, 'story')
    const quote = page.locator('a.quote-link').first()
    const href = (await quote.getAttribute('href')) ?? ''
    assert.match(href, /#quote-/)
    await quote.click()
    await page.waitForURL(/\/articles\/.+#quote-/)
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1))
    const mark = page.locator(`[id="${anchor}"]`)
    assert.equal(await mark.count(), 1, 'the quote is marked in the article text')
    assert.match((await mark.textContent()) ?? '', /first cars across/)
    assert.ok(await mark.isVisible())
    if (SCREENSHOTS) await shot(page, 'article')
    await page.close()
  })

  it('never runs script from an article (page, raw input, title, search snippet)', async () => {
    const page = await open('/search?q=bridge')
    const link = page.getByRole('link', {
      // The title comes from <title> or <h1>, both hostile; either way it must show as text.
      name: /Bridge (<script>alert\(1\)<\/script> reopens|reopens <img src=x onerror)/,
    })
    assert.equal(await link.count(), 1, 'the hostile title is shown as text')
    await link.click()
    await page.waitForURL(/\/articles\//)
    await page.locator('details summary', { hasText: 'characters' }).click()
    assert.match((await page.locator('pre.raw').textContent()) ?? '', /<script>window.__pwned = 'body'<\/script>/)
    assert.equal(await page.locator('main script, main img').count(), 0)
    assert.equal(await pwned(page), undefined)
    assert.deepEqual(dialogs, [])
    await page.close()
  })

  it('a person page lists their quotes by date and outlet', async () => {
    const page = await open('/people')
    await page.getByRole('link', { name: /Ada Linden/ }).click()
    await page.waitForURL(/\/people\//)
    const rows = page.locator('table tr')
    assert.ok((await rows.count()) >= 3, 'header and at least two quotes')
    const dates = await page.locator('table tr td:first-child').allTextContents()
    assert.deepEqual(dates, [...dates].sort(), 'by date')
    if (SCREENSHOTS) await shot(page, 'person')
    // The enhancement script runs (same origin): "/" focuses the search box.
    await page.keyboard.press('/')
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'search')
    await page.close()
  })

  it('the static report (analyze index.html) links a story to its articles and runs no script', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tri-e2e-static-'))
    await (await import('node:fs/promises')).writeFile(
      join(dir, 'hostile.html'),
      (await import('./helpers/fixture-store.js')).HOSTILE_HTML,
    )
    const { dossier } = await analyzeInputs([dir], { includeRaw: true })
    const files = await writeReport(dossier, join(dir, 'report'))
    const page = await browser.newPage()
    await page.goto(`file://${files.html}`)
    assert.equal(await pwned(page), undefined)
    const story = page.locator('#stories ~ table a').first()
    await story.click()
    assert.match(page.url(), /#story-/)
    assert.equal(await page.locator('section.page[id^="article-"]').count(), 1)
    await page.close()
  })

  async function shot(page: Page, name: string): Promise<void> {
    if (!SCREENSHOTS) return
    await mkdir(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false })
  }
})
