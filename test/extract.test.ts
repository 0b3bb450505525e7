import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { cleanText } from '../src/extract/05-text-clean.js'
import { extractArticle, learnRepeatedLines, lineKey, MAX_HTML_CHARS } from '../src/extract/index.js'
import { decodeBytes } from '../src/ingest/charset.js'
import type { Article, Source } from '../src/model/index.js'
import { ROOT } from './helpers/shared.js'

const CASES = join(ROOT, 'test', 'cases', 'extract')

function html(page: string | Uint8Array, origin = 'page.html'): Article {
  const bytes = typeof page === 'string' ? new TextEncoder().encode(page) : page
  return extractArticle({ origin, bytes, contentType: 'html', fetchedAt: '' })
}

function text(page: string): Article {
  return extractArticle({
    origin: 'page.txt',
    bytes: new TextEncoder().encode(page),
    contentType: 'text',
    fetchedAt: '',
  })
}

/** Checks the invariants every article must keep, whatever the input. */
function assertWellFormed(a: Article): void {
  assert.equal(typeof a.text, 'string')
  assert.equal(a.extraction.empty, a.text.trim() === '')
  if (!a.rawMap) return
  let last = -1
  for (const [textStart, rawStart, length] of a.rawMap.segments) {
    assert.ok(textStart > last, 'segments sorted')
    last = textStart
    assert.ok(textStart >= 0 && textStart + length <= a.text.length, 'segment inside text')
    assert.ok(rawStart >= 0 && rawStart + length <= a.raw.length, 'segment inside raw')
    // Text input maps character for character; HTML paragraphs are derived from the page (entities, tags, spaces).
    if (a.extraction.method === 'text-clean' || a.extraction.method === 'as-is')
      assert.equal(a.text.slice(textStart, textStart + length), a.raw.slice(rawStart, rawStart + length))
  }
}

describe('[extract/html] golden cases in test/cases/extract (UPDATE_GOLDEN=1 rewrites them for review)', () => {
  for (const slug of readdirSync(CASES).sort()) {
    const input = join(CASES, slug, 'input.html')
    if (!existsSync(input)) continue
    it(slug, () => {
      const a = html(readFileSync(input), input)
      const got = { title: a.title, outlet: a.outlet, language: a.language, empty: a.extraction.empty, text: a.text }
      const file = join(CASES, slug, 'expected.json')
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`)
      assert.deepEqual(got, JSON.parse(readFileSync(file, 'utf8')))
    })
  }
})

describe('[extract/html] what the body keeps and drops', () => {
  const page = readFileSync(join(CASES, 'share-related-comments', 'input.html'), 'utf8')
  const a = html(page)
  const rows: Array<[string, boolean]> = [
    ['The nine-day strike at the city', true],
    ['said union steward Mara Quint', true],
    ['ships waiting in the bay', true],
    ['Share on Facebook', false],
    ['Advertisement', false],
    ['Port traffic falls for a third month', false],
    ['Most read', false],
    ['About time they settled this', false],
    ['Workers leave the east gate', false],
    ['All rights reserved', false],
    ['Dock strike ends after nine days', false],
  ]
  for (const [needle, kept] of rows)
    it(`${kept ? 'keeps' : 'drops'} "${needle}"`, () => assert.equal(a.text.includes(needle), kept))
  it('rawMap points each paragraph at its place in the page', () => {
    assert.ok(a.rawMap && a.rawMap.segments.length === 3)
    for (const [textStart, rawStart] of a.rawMap.segments)
      assert.equal(a.raw.slice(rawStart, rawStart + 12), a.text.slice(textStart, textStart + 12))
    assertWellFormed(a)
  })

  it('title without the site suffix, outlet from og:site_name', () => {
    assert.equal(a.title, 'Dock strike ends after nine days')
    assert.equal(a.outlet, 'Port Ledger')
  })
})

describe('[extract/text] cleaner rules', () => {
  const BODY = 'The council approved the plan on Tuesday, officials said.\n\nIt will take effect next month.'
  const rows: Array<[label: string, input: string, title: string | null, absent: string[]]> = [
    ['first line is the title', `Harbor bridge to reopen\n\n${BODY}`, 'Harbor bridge to reopen', []],
    [
      'repeated headline is the title, labels before it go',
      `News\n\nHarbor bridge to reopen on Monday\n\nHarbor bridge to reopen on Monday\n\n${BODY}`,
      'Harbor bridge to reopen on Monday',
      ['News', 'Harbor bridge'],
    ],
    [
      'tagged headline links',
      `Harbor bridge to reopen\n\n${BODY}\n\nMayor under fire over budget [VIDEO]\nStorm hits coast [PICTURES]\n\nMore text follows here, officials added.`,
      'Harbor bridge to reopen',
      ['[VIDEO]', '[PICTURES]'],
    ],
    [
      'phrase clutter',
      `Harbor bridge to reopen\n\n${BODY}\n\nREAD MORE: Another story entirely\n\n-Advertisement-\n\nShare this article\n\nMore text follows here, officials added.`,
      'Harbor bridge to reopen',
      ['READ MORE', 'Advertisement', 'Share this'],
    ],
    [
      'page tail after a comment prompt',
      `Harbor bridge to reopen\n\n${BODY}\n\nMore text follows here, officials added.\n\nLeave a Reply\n\nA reader wrote a long comment that reads like a sentence of prose.`,
      'Harbor bridge to reopen',
      ['Leave a Reply', 'A reader wrote'],
    ],
    [
      'photo credit',
      `Harbor bridge to reopen\n\nMayor Ada Linden © Getty Images / Staff\n\n${BODY}`,
      'Harbor bridge to reopen',
      ['Getty'],
    ],
  ]
  for (const [label, input, title, absent] of rows) {
    it(label, () => {
      const a = text(input)
      assert.equal(a.title, title)
      assert.match(a.text, /The council approved the plan on Tuesday/)
      for (const needle of absent) assert.equal(a.text.includes(needle), false, `${label}: ${needle} kept`)
      assertWellFormed(a)
    })
  }

  it('no title is taken from below the first prose paragraph, and nothing above it is dropped for one', () => {
    const input = `${'The council approved the plan on Tuesday after a long debate in the chamber, officials said. '.repeat(2)}\n\nA caption line in the middle\n\nMore prose follows here, and it ends properly.`
    const a = text(input)
    assert.equal(a.title, null)
    assert.match(a.text, /^The council approved/)
  })

  it('wrapped lines (an email, a hard-wrapped text) are prose, not headlines', () => {
    const input = `Harbor bridge to reopen\n\nHere are the lists of candidates for the board\nseats and the committees, as you asked,\nwith notes on each of them.`
    const a = text(input)
    assert.match(a.text, /Here are the lists of candidates for the board/)
    assert.match(a.text, /seats and the committees, as you asked,/)
  })

  it('a headline alone is both the title and the text', () => {
    const a = text('The Donald’s Constitution\n')
    assert.equal(a.title, 'The Donald’s Constitution')
    assert.equal(a.text, 'The Donald’s Constitution')
    assertWellFormed(a)
  })

  it('a record that gives its title loses no body line, and drops the title only where the text repeats it', () => {
    const record = (body: string) =>
      extractArticle({
        origin: 'r.jsonl#1',
        bytes: new TextEncoder().encode(body),
        contentType: 'text',
        fetchedAt: '',
        given: { title: 'Ferry resumes' },
      })
    const plain = record('Ferry services resumed on Thursday.\n\nPassengers were told to arrive early.')
    assert.equal(plain.title, 'Ferry resumes')
    assert.match(plain.text, /^Ferry services resumed on Thursday\./)
    const repeated = record('Ferry resumes\n\nFerry services resumed on Thursday.')
    assert.equal(repeated.text, 'Ferry services resumed on Thursday.')
    assertWellFormed(plain)
  })

  it('a body that appears twice is kept once', () => {
    const a = text(`Harbor bridge to reopen\n\n${BODY}\n\n${BODY}`)
    assert.equal(a.text.split('The council approved').length - 1, 1)
  })

  it('the outlet from a wire dateline, a byline, a masthead line or an italic credit; not from a place or a job', () => {
    const body = 'The council approved the plan on Thursday after a long debate, officials said.'
    const rows: Array<[string, string | null]> = [
      [
        'PORT CALDER, Nov 17 (Meridian Wire) - The council approved the plan on Thursday, officials said.',
        'Meridian Wire',
      ],
      ['By Anna Kowalczyk, Meridian Wire', 'Meridian Wire'],
      ['Radio North | Thursday 19 November 2026', 'Radio North'],
      ['*Harbor Post, 20 November 2026. By Ruth Adeyemi*', 'Harbor Post'],
      ['By Gary Pike, Chief Reporter', null],
      ['WASHINGTON, June 21, 2024 — The council approved the plan on Thursday, officials said.', null],
    ]
    for (const [line, outlet] of rows)
      assert.equal(text(`Council approves harbor plan\n\n${line}\n\n${body}`).outlet, outlet, line)
  })

  it('a provenance claim stays in the text and is not the outlet', () => {
    const c = cleanText(`Harbor bridge to reopen\n\n${BODY}\n\nRead the full story at NBC News.`)
    assert.match(c.text, /Read the full story at NBC News\./)
    assert.equal(c.claimedOutlet, 'NBC News')
    assert.equal(c.outlet, null)
  })

  it('false positives: prose ending in a quote or a question stays', () => {
    const input = `Harbor bridge to reopen\n\n${BODY}\n\n“We are ready,” she said, “and the bridge is safe”\n\nWho pays for the repairs? The council says the state will.`
    const a = text(input)
    assert.match(a.text, /We are ready/)
    assert.match(a.text, /Who pays for the repairs\?/)
  })
})

describe('[extract/charset] decoding', () => {
  const rows: Array<[label: string, bytes: Uint8Array, declared: string | null, want: string]> = [
    ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]), null, 'hé'],
    ['declared windows-1251', new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), 'windows-1251', 'Привет'],
    ['declared koi8-r', new Uint8Array([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), 'koi8-r', 'Привет'],
    ['ISO-8859-1 read as windows-1252', new Uint8Array([0x93, 0x61, 0x94]), 'iso-8859-1', '“a”'],
  ]
  for (const [label, bytes, declared, want] of rows)
    it(label, () => assert.equal(decodeBytes(bytes, declared, false).text, want))

  it('undeclared Cyrillic code page is detected', () => {
    const phrase = 'Совет утвердил новое расписание паромов после переговоров с профсоюзом. '
    const bytes = new Uint8Array(
      [...phrase.repeat(5)].map((ch) => {
        const c = ch.charCodeAt(0)
        return c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c
      }),
    )
    const d = decodeBytes(bytes, null, true)
    assert.equal(d.charset, 'windows-1251')
    assert.match(d.text, /Совет утвердил/)
  })

  it('<meta charset> is read from the page', () => {
    const page = '<html><head><meta charset="windows-1251"><title>x</title></head><body><p>'
    const body = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]
    const bytes = new Uint8Array([...new TextEncoder().encode(page), ...body])
    assert.match(decodeBytes(bytes, null, true).text, /Привет/)
  })
})

describe('[extract] bad input: a clear result in bounded time', () => {
  it('empty HTML and empty text are empty articles, marked as such', () => {
    for (const a of [html(''), text('')]) {
      assert.equal(a.text, '')
      assert.equal(a.extraction.empty, true)
    }
  })

  it('a page that renders its text with scripts falls back to the JSON-LD articleBody', () => {
    const body =
      'The harbor authority approved the new ferry timetable on Tuesday, officials said.\nIt takes effect in May.'
    const page = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry timetable approved', articleBody: body })}</script></head><body><div id="app"></div><script>render()</script></body></html>`
    const a = html(page)
    assert.equal(a.extraction.method, 'json-ld')
    assert.equal(
      a.text,
      'The harbor authority approved the new ferry timetable on Tuesday, officials said.\n\nIt takes effect in May.',
    )
    assert.equal(a.title, 'Ferry timetable approved')
  })

  it('a page with no article is empty with a warning', () => {
    const a = html(readFileSync(join(CASES, 'no-article', 'input.html')))
    assert.equal(a.extraction.empty, true)
    assert.ok(a.extraction.warnings.some((w) => /no article text/.test(w)))
  })

  it('deeply nested markup (200,000 levels) is flattened, not a stack overflow', () => {
    const depth = 200_000
    const page = `<html><body>${'<div>'.repeat(depth)}<p>${'Deep text in a sentence. '.repeat(10)}</p>${'</div>'.repeat(depth)}</body></html>`
    const started = Date.now()
    const a = html(page)
    assert.ok(Date.now() - started < 20_000)
    assertWellFormed(a)
  })

  it('an over-long page is cut with a warning', () => {
    const para = `<p>${'A sentence of filler text for the size test. '.repeat(20)}</p>`
    const page = `<html><body><article>${para.repeat(Math.ceil((MAX_HTML_CHARS + 1000) / para.length))}</article></body></html>`
    const a = html(page)
    assert.ok(a.extraction.warnings.some((w) => /only the first/.test(w)))
    assert.ok(a.text.length > 0)
  })
})

/** A small seeded generator, so a fuzz failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const FRAGMENTS = [
  '<p>',
  '</p>',
  '<div class="share">',
  '</div>',
  '<a href="/x">',
  '</a>',
  '<script>var x = "</p>";</script>',
  '<!--',
  '-->',
  '<br>',
  '<article>',
  '</article>',
  '<table><tr><td>',
  '&amp;',
  '&#x1F600;',
  '\u0000',
  '\r\n',
  'READ MORE: x',
  'Headline [VIDEO]\n',
  '“Quote,” she said.',
  '\n\n',
  '<h1>Title</h1>',
  '<meta charset="koi8-r">',
  '\ud800',
]

describe('[extract] fuzz: random and mutated pages never throw and keep spans in range', () => {
  const base = readFileSync(join(CASES, 'share-related-comments', 'input.html'), 'utf8')
  const seedText = `Harbor bridge to reopen\n\nThe council approved the plan on Tuesday, officials said.\n\nREAD MORE: x\n\n“Quote,” she said.\n`
  it('300 mutated HTML and text inputs', () => {
    const next = rng(20240601)
    for (let i = 0; i < 300; i++) {
      const source = i % 2 === 0 ? base : seedText
      let s = source
      const edits = 1 + Math.floor(next() * 8)
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * (s.length + 1))
        const r = next()
        if (r < 0.4) s = s.slice(0, at) + (FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] as string) + s.slice(at)
        else if (r < 0.7) s = s.slice(0, at) + s.slice(at + Math.floor(next() * 200))
        else s = s.slice(0, at) + s.slice(Math.floor(next() * s.length)).slice(0, 300) + s.slice(at)
      }
      const contentType: Source['contentType'] = next() < 0.5 ? 'html' : 'text'
      const a = extractArticle({ origin: `fuzz-${i}`, bytes: new TextEncoder().encode(s), contentType, fetchedAt: '' })
      assertWellFormed(a)
    }
  })

  it('100 random byte strings', () => {
    const next = rng(7)
    for (let i = 0; i < 100; i++) {
      const bytes = new Uint8Array(Math.floor(next() * 3000)).map(() => Math.floor(next() * 256))
      for (const contentType of ['html', 'text'] as const)
        assertWellFormed(extractArticle({ origin: `random-${i}`, bytes, contentType, fetchedAt: '' }))
    }
  })
})

describe('[extract/text] clutter learnt from the batch', () => {
  const sign = 'To show your support for the Harbor Gazette, click here.'
  const docs = ['bridge', 'ferry', 'harbor', 'school'].map(
    (topic) =>
      `The ${topic} story of the week\n\nThe council discussed the ${topic} on Tuesday, officials said.\n\n“The ${topic} matters,” the mayor said.\n\n${sign}\n\nThe agency said it had no comment.`,
  )
  const repeated = learnRepeatedLines(docs)

  it('finds lines that recur in three or more articles', () => {
    assert.ok(repeated.has(lineKey(sign)))
    assert.ok(repeated.has(lineKey('The agency said it had no comment.')))
    assert.equal(repeated.has(lineKey('The council discussed the bridge on Tuesday, officials said.')), false)
  })

  it('drops a recurring sign-off, keeps article lines, and keeps rawMap exact', () => {
    const a = extractArticle(
      { origin: 'x.txt', bytes: new TextEncoder().encode(docs[0] as string), contentType: 'text', fetchedAt: '' },
      { repeatedLines: repeated },
    )
    assert.equal(a.text.includes('click here'), false)
    assert.match(a.text, /The council discussed the bridge/)
    assertWellFormed(a)
  })

  it('never drops a recurring line that carries a quote', () => {
    const quoted = ['a', 'b', 'c'].map(
      (t) => `Story ${t} of the day\n\n“We see no threat,” he said.\n\nBody ${t} text here.`,
    )
    const a = extractArticle(
      { origin: 'q.txt', bytes: new TextEncoder().encode(quoted[0] as string), contentType: 'text', fetchedAt: '' },
      { repeatedLines: learnRepeatedLines(quoted) },
    )
    assert.match(a.text, /We see no threat/)
  })
})

describe('[extract/text] a text with no sentence punctuation is not all clutter', () => {
  it('keeps the lines when the shape rule would take most of the text', () => {
    const lines = [
      'Harbor bridge to reopen',
      'The council approved the plan on Tuesday after a short debate',
      'Officials said the bridge would carry traffic again by the end of the month',
      'The mayor called it a good day for the city and its commuters',
    ]
    const a = text(lines.join('\n\n'))
    assert.equal(a.title, 'Harbor bridge to reopen')
    assert.match(a.text, /The council approved the plan/)
    assert.match(a.text, /The mayor called it a good day/)
    assertWellFormed(a)
  })
})
