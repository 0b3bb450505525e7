/** The shared renderer: word diff, highlighting, safe links, and the static report built from a dossier. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createCorpus } from '../src/corpus/index.js'
import { processSource } from '../src/pipeline/index.js'
import { renderHtml } from '../src/report/index.js'
import { SERVER_LINKS } from '../src/server/index.js'
import { wordDiff } from '../src/web/diff.js'
import { highlight, safeHref } from '../src/web/layout.js'
import { renderStory } from '../src/web/pages.js'
import { article, storyText } from './helpers/articles.js'
import { HOSTILE_HTML } from './helpers/fixture-store.js'

describe('[web/diff] word-level difference', () => {
  const rows: Array<[string, string, string, string]> = [
    ['identical', 'we see no threat', 'we see no threat', '=we see no threat'],
    [
      'one word changed',
      'we see no direct threat',
      'we see no imminent threat',
      '=we see no|-direct|+imminent|=threat',
    ],
    ['case and punctuation fold', 'We see, no threat.', 'we see no threat', '=we see no threat'],
    ['words added at the end', 'no threat', 'no threat to any ally', '=no threat|+to any ally'],
    ['empty before', '', 'new words', '+new words'],
  ]
  for (const [label, before, after, expected] of rows) {
    it(label, () => {
      const got = wordDiff(before, after)
        .map((p) => `${p.op === 'same' ? '=' : p.op === 'removed' ? '-' : '+'}${p.text}`)
        .join('|')
      assert.equal(got.toLowerCase().replace(/[,.]/g, ''), expected)
    })
  }
})

describe('[web/layout] highlighting and links', () => {
  it('marks spans, escapes everything, and skips spans out of range or overlapping', () => {
    const text = 'He said "<b>no</b>" & left.'
    const out = highlight(text, [
      { span: [8, 19], cls: 'q', id: 'quote-a:q1', title: 'A "speaker"' },
      { span: [10, 12], cls: 'e' },
      { span: [20, 99], cls: 'f' },
      { span: [5, 3], cls: 'f' },
    ])
    assert.equal(
      out,
      'He said <mark class="q" id="quote-a:q1" title="A &quot;speaker&quot;">&quot;&lt;b&gt;no&lt;/b&gt;&quot;</mark> &amp; left.',
    )
  })

  it('links only http(s) URLs', () => {
    const rows: Array<[string | null, string | null]> = [
      ['https://news.example/a?b=1', 'https://news.example/a?b=1'],
      ['http://news.example/', 'http://news.example/'],
      ['javascript:alert(1)', null],
      ['data:text/html,<script>', null],
      ['not a url', null],
      [null, null],
    ]
    for (const [input, expected] of rows) assert.equal(safeHref(input), expected, String(input))
  })
})

describe('[web/dossier] static report', () => {
  it('renders stories, articles and people as linked sections, with no script from an article', () => {
    const corpus = createCorpus()
    corpus.add(article('a.txt', storyText(1, { town: 'Larkspur' }), { outlet: 'Harbor Daily' }))
    corpus.add(article('b.txt', storyText(1, { town: 'Larkspur', extra: 'More.' }), { outlet: 'Coast Courier' }))
    corpus.add(
      processSource({
        origin: 'evil.html',
        bytes: new TextEncoder().encode(HOSTILE_HTML),
        contentType: 'html',
        fetchedAt: '2024-06-01T00:00:00.000Z',
      }),
    )
    const dossier = corpus.dossier({ includeRaw: true, generatedAt: '2024-06-01T00:00:00.000Z' })
    const html = renderHtml(dossier)
    assert.match(html, /Content-Security-Policy/)
    assert.doesNotMatch(html, /<script/i)
    assert.doesNotMatch(html, /<img/i)
    for (const s of dossier.stories) {
      assert.ok(html.includes(`id="story-${s.id}"`), s.id)
      assert.ok(html.includes(`href="#story-${s.id}"`), s.id)
    }
    for (const a of dossier.articles) assert.ok(html.includes(`id="article-${a.id}"`), a.id)
    for (const q of dossier.quotes) assert.ok(html.includes(`id="quote-${q.id}"`), q.id)
    for (const e of dossier.entities) assert.ok(html.includes(`id="person-${e.id}"`), e.id)
    assert.match(
      html,
      /&lt;script&gt;window.__pwned = &#39;body&#39;&lt;\/script&gt;/,
      'the raw input is shown as text',
    )
  })
})

describe('[web/pages] story page', () => {
  it('shows an altered quote with its variant and the word difference, linked to both articles', () => {
    const summary = (id: string, outlet: string) => ({
      id,
      title: `Headline ${id}`,
      outlet,
      published: '2024-06-01T00:00:00.000Z',
      url: null,
      source: `${id}.txt`,
      ingestedAt: '2024-06-01T00:00:00.000Z',
      score: 0.8,
      story: 's1',
      copyOf: null,
    })
    const quote = (article: string, text: string) => ({
      id: `${article}:q1`,
      article,
      text,
      span: [10, 10 + text.length] as [number, number],
      kind: 'direct' as const,
      cue: 'said',
      cueSpan: null,
      speaker: {
        entity: 'e-1',
        name: 'Jens Stoltenberg',
        role: 'NATO Secretary General',
        mention: 'Stoltenberg',
        mentionSpan: [0, 11] as [number, number],
      },
    })
    const a = quote('a', 'We see no direct threat to any ally')
    const b = quote('b', 'We see no imminent threat to any ally')
    const html = renderStory(
      {
        summary: { id: 's1', title: 'No threat', start: null, end: null, articleCount: 2, outlets: ['One', 'Two'] },
        articles: [summary('a', 'One'), summary('b', 'Two')],
        quotes: [a, b],
        relations: [
          {
            id: 'r1',
            kind: 'altered-quote',
            from: { article: 'a', span: a.span, text: a.text },
            to: { article: 'b', span: b.span, text: b.text },
            note: 'direct → imminent',
            rule: 'altered-quote/word-diff',
            confidence: 0.9,
          },
        ],
        corroboration: [],
      },
      SERVER_LINKS,
    )
    assert.match(html, /<del>direct<\/del> <ins>imminent<\/ins>/)
    assert.match(html, /href="\/articles\/a#quote-a%3Aq1"/)
    assert.match(html, /href="\/people\/e-1">Jens Stoltenberg<\/a>/)
    assert.match(html, /class="timeline"/)
  })
})
