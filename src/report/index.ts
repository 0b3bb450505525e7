/** Report stage: the dossier as JSON, Markdown and a self-contained HTML page. */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Dossier } from '../model/index.js'
import { renderHtml } from './html.js'
import { renderMarkdown } from './markdown.js'

export { escapeHtml, escapeMarkdown } from './escape.js'
export { CONTENT_SECURITY_POLICY, highlightText, page, renderHtml } from './html.js'
export { renderMarkdown } from './markdown.js'

/** Paths of the files `writeReport` wrote. */
export interface ReportFiles {
  json: string
  markdown: string
  html: string
}

/** Writes `dossier.json`, `dossier.md` and `index.html` into `dir` (created if needed). */
export async function writeReport(dossier: Dossier, dir: string): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true })
  const files = { json: join(dir, 'dossier.json'), markdown: join(dir, 'dossier.md'), html: join(dir, 'index.html') }
  await writeFile(files.json, `${JSON.stringify(dossier, null, 2)}\n`)
  await writeFile(files.markdown, renderMarkdown(dossier))
  await writeFile(files.html, renderHtml(dossier))
  return files
}
