import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { analyzeInputs } from '../src/pipeline/analyze.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { textSource } from './helpers/articles.js'
import { ROOT } from './helpers/shared.js'

describe('[report/markdown] the briefing', () => {
  it('leads with the doubtful reports, quoting the words each finding is about, then conflicts and stories', async () => {
    const { dossier } = await analyzeInputs([join(ROOT, 'examples', 'harbor-week')])
    const text = renderMarkdown(dossier)
    const order = ['## Articles by credibility', '## Why these reports are in doubt', '## Stories', '## Who said what']
    const at = order.map((h) => text.indexOf(h))
    assert.ok(
      at.every((i, k) => i >= 0 && (k === 0 || i > (at[k - 1] as number))),
      `sections in order: ${at.join(', ')}`,
    )
    // Every finding with a span shows its words.
    for (const f of dossier.findings.filter((x) => x.span && x.severity !== 'info')) {
      const a = dossier.articles.find((x) => x.id === f.article)
      const words = a?.text.slice(f.span?.[0], f.span?.[1]).replace(/\s+/g, ' ').trim().slice(0, 30) ?? ''
      assert.ok(text.includes(words.replace(/^["“”]+/, '').slice(0, 20)), `finding ${f.id} quotes "${words}"`)
    }
    // No doubled quotation marks around quotes.
    assert.doesNotMatch(text, /“["“]/)
  })

  it('escapes article text: no raw HTML or links from an article reach the Markdown', async () => {
    const { createCorpus } = await import('../src/corpus/index.js')
    const { processSource } = await import('../src/pipeline/index.js')
    const corpus = createCorpus()
    corpus.add(
      processSource(
        textSource(
          'evil.txt',
          'Bridge <script>alert(1)</script> reopens\n\n“We are [open](javascript:alert(1)) again,” Mayor Ada Linden said <img src=x onerror=alert(1)>.\n',
        ),
      ),
    )
    const text = renderMarkdown(corpus.dossier())
    // Escaped brackets (\<, \]) are plain text in Markdown; unescaped ones would be HTML or a link.
    assert.doesNotMatch(text, /(?<!\\)<(?:script|img)|(?<!\\)\]\(javascript/)
    assert.match(text, /\\<script\\>/)
  })
})
