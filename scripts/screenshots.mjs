#!/usr/bin/env node
// Screenshots of the web app's main pages for the README, taken over the fictional example corpus
// (examples/harbor-week), so no third-party article text ends up in the repository.
// usage: npm run build && node scripts/screenshots.mjs [OUT_DIR=docs/screenshots]
// Needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = process.argv[2] ?? join(root, 'docs', 'screenshots')
const cli = join(root, 'dist', 'cli', 'main.js')
const db = join(mkdtempSync(join(tmpdir(), 'tri-shots-')), 'harbor.db')
execFileSync(process.execPath, [cli, 'ingest', 'examples/harbor-week', '--db', db, '-q'], { cwd: root, stdio: 'inherit' })

const { openStore } = await import(join(root, 'dist', 'store', 'index.js'))
const { serveApp } = await import(join(root, 'dist', 'server', 'index.js'))
const store = openStore(db)
const server = await serveApp({ store, host: '127.0.0.1', port: 0 })
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const page = await browser.newPage({ viewport: { width: 1200, height: 860 } })
mkdirSync(out, { recursive: true })
const shot = async (name) => {
  await page.screenshot({ path: join(out, `${name}.png`) })
  console.log(`${name}.png  ${page.url()}`)
}
try {
  await page.goto(server.url)
  await shot('stories')
  await page.locator('a[href^="/stories/"]').first().click()
  await page.waitForURL(/\/stories\//)
  await shot('story')
  await page.goto(`${server.url}search?q=${encodeURIComponent('drinking water')}`)
  await shot('search')
  await page.locator('a[href^="/articles/"]', { hasText: /TOXIC|Tanker/ }).first().click()
  await page.waitForURL(/\/articles\//)
  await shot('article')
  await page.goto(`${server.url}people`)
  await page.locator('a[href^="/people/"]', { hasText: /Reyes/ }).first().click()
  await page.waitForURL(/\/people\//)
  await shot('person')
} finally {
  await browser.close()
  await server.close()
  store.close?.()
}
