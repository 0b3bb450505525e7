import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { splitSentences } from '../src/language/index.js'
import type { Article } from '../src/model/index.js'
import { createCopyDetector, estimatedJaccard, minhash, shingleHashes } from '../src/stories/copies.js'
import { createStoryIndex, strongestTerms } from '../src/stories/index.js'
import { splitStory } from '../src/stories/split.js'
import { contentTerm, stem, termCounts } from '../src/stories/terms.js'
import { bareArticle } from './helpers/articles.js'

/** A bare article as the article stages would leave it (no quotes). */
function article(id: string, title: string, text: string, published: string | null = null): Article {
  return bareArticle(text, {
    id,
    source: `${id}.txt`,
    title,
    published,
    extraction: { method: 'test', warnings: [], empty: false },
    sentences: splitSentences(text),
  })
}

const MERGER = [
  'EU blocks Deutsche Boerse takeover of London Stock Exchange',
  'European Union regulators blocked the planned merger of Deutsche Boerse and the London Stock Exchange on Wednesday, saying the deal would have created a monopoly in clearing bonds. Competition commissioner Margrethe Vestager said the exchanges refused to sell a trading platform in Milan.',
]
const MERGER_AGAIN = [
  'Vestager vetoes London Stock Exchange and Deutsche Boerse merger',
  'The European Commission vetoed the merger of the London Stock Exchange with Deutsche Boerse, its competition chief Margrethe Vestager said, because the combined exchanges would have held a monopoly over clearing of bonds.',
]
const FLOODS = [
  'Floods close roads across Bavaria',
  'Heavy rain flooded villages in southern Bavaria overnight, closing roads and railway lines near Passau. Firefighters evacuated two hundred residents as the Danube rose above the warning level.',
]
const SCHOOLS = [
  'Teachers strike over pay in Ontario schools',
  'Elementary teachers in Ontario walked out of classrooms on Monday after talks with the province over wages and class sizes collapsed, the union said.',
]

describe('[stories/terms] content terms', () => {
  const rows: Array<[string, string | null]> = [
    ['threats', 'threat'],
    ['deployed', 'deploy'],
    ['fell', 'fall'],
    ['the', null],
    ['said', null],
    ['25,000', '25000'],
  ]
  for (const [word, expected] of rows) it(`${word} -> ${expected}`, () => assert.equal(contentTerm(word), expected))
  it('stems plural and singular to one form', () => assert.equal(stem('companies'), stem('company')))
  it('counts phrases only when asked', () => {
    assert.equal(termCounts('Stock Exchange').has('stock exchange'), false)
    assert.equal(termCounts('Stock Exchange', new Map(), 1, true).has('stock exchange'), true)
  })
})

describe('[stories/copies] MinHash near-duplicates', () => {
  const body = `${MERGER[1]} ${FLOODS[1]} ${SCHOOLS[1]}`
  it('estimates a high similarity for the same text with another footer, low for different texts', () => {
    const a = minhash(shingleHashes(body))
    const b = minhash(shingleHashes(`${body} Follow us for more news from the region.`))
    const c = minhash(shingleHashes(`${MERGER_AGAIN[1]} ${SCHOOLS[1]}`))
    assert.ok(estimatedJaccard(a, b) >= 0.7, `copy ${estimatedJaccard(a, b)}`)
    assert.ok(estimatedJaccard(a, c) < 0.5, `other ${estimatedJaccard(a, c)}`)
  })
  it('finds the earlier article a copy comes from, and nothing for a new text', () => {
    const detector = createCopyDetector()
    assert.equal(detector.add('a', body), null)
    assert.equal(detector.add('b', FLOODS[1] as string), null)
    assert.equal(detector.add('c', `${body} Copyright the wire service.`)?.of, 'a')
  })
})

describe('[stories] grouping online', () => {
  it('puts two reports of one event in one story and other events apart', () => {
    const index = createStoryIndex()
    const placed = [
      index.add(article('m1', MERGER[0] as string, MERGER[1] as string)),
      index.add(article('f1', FLOODS[0] as string, FLOODS[1] as string)),
      index.add(article('s1', SCHOOLS[0] as string, SCHOOLS[1] as string)),
      index.add(article('m2', MERGER_AGAIN[0] as string, MERGER_AGAIN[1] as string)),
    ]
    assert.equal(placed[3]?.story, placed[0]?.story)
    assert.equal(new Set(placed.map((p) => p.story)).size, 3)
    const stories = index.stories()
    const merger = stories.find((s) => s.id === placed[0]?.story)
    assert.deepEqual(merger?.articles, ['m1', 'm2'])
    assert.equal(merger?.title, MERGER[0])
  })
  it('keeps reports months apart in separate stories, and records the time span', () => {
    const index = createStoryIndex()
    const a = index.add(article('m1', MERGER[0] as string, MERGER[1] as string, '2017-03-29'))
    const b = index.add(article('m2', MERGER_AGAIN[0] as string, MERGER_AGAIN[1] as string, '2017-03-30'))
    const later =
      'Deutsche Boerse and the London Stock Exchange said the blocked merger cost them millions, months after Margrethe Vestager and the European Commission vetoed the deal over a monopoly in clearing bonds.'
    const c = index.add(article('m3', 'Exchanges count the cost of the blocked merger', later, '2017-09-30'))
    assert.equal(a.story, b.story)
    assert.notEqual(c.story, a.story)
    // Without dates the same three reports are one story: the window made the difference.
    const undated = createStoryIndex()
    const u = [
      undated.add(article('m1', MERGER[0] as string, MERGER[1] as string)),
      undated.add(article('m2', MERGER_AGAIN[0] as string, MERGER_AGAIN[1] as string)),
      undated.add(article('m3', 'Exchanges count the cost of the blocked merger', later)),
    ]
    assert.equal(new Set(u.map((p) => p.story)).size, 1)
    const story = index.stories().find((s) => s.id === a.story)
    assert.equal(story?.start, '2017-03-29')
    assert.equal(story?.end, '2017-03-30')
  })
  it('marks a copy and keeps it in its original story', () => {
    const index = createStoryIndex()
    const text = `${MERGER[1]} ${FLOODS[1]}`
    const first = index.add(article('m1', MERGER[0] as string, text))
    index.add(article('s1', SCHOOLS[0] as string, SCHOOLS[1] as string))
    const copy = index.add(article('m9', MERGER[0] as string, `${text} Reporting by the wire service.`))
    assert.equal(copy.copyOf?.of, 'm1')
    assert.equal(copy.story, first.story)
    assert.deepEqual(
      index.copies().map((c) => [c.article, c.of]),
      [['m9', 'm1']],
    )
  })
  it('never joins an empty article to a story by accident', () => {
    const index = createStoryIndex()
    const a = index.add(article('m1', MERGER[0] as string, MERGER[1] as string))
    const b = index.add(article('e1', '', ''))
    assert.notEqual(a.story, b.story)
  })
})

/** A lower-triangular similarity matrix from a full symmetric one (rows as plain arrays). */
function lower(full: number[][]): Float32Array[] {
  return full.map((row, i) => Float32Array.from(row.slice(0, i)))
}

describe('[stories/split] re-checking a story', () => {
  const rows: Array<[string, number[][], [number[], number[]] | null]> = [
    [
      'too few reports to judge',
      [
        [1, 0.1],
        [0.1, 1],
      ],
      null,
    ],
    [
      'two close pairs, weakly linked: two events',
      [
        [1, 0.3, 0.8, 0.25],
        [0.3, 1, 0.3, 0.55],
        [0.8, 0.3, 1, 0.28],
        [0.25, 0.55, 0.28, 1],
      ],
      [
        [0, 2],
        [1, 3],
      ],
    ],
    [
      'four outlets on one event, all about as close: one story',
      [
        [1, 0.2, 0.17, 0.15],
        [0.2, 1, 0.12, 0.18],
        [0.17, 0.12, 1, 0.21],
        [0.15, 0.18, 0.21, 1],
      ],
      null,
    ],
    [
      'a report that joined through a loose link, then its neighbour got a close rewrite: it leaves',
      [
        [1, 0.18, 0.5],
        [0.18, 1, 0.13],
        [0.5, 0.13, 1],
      ],
      [[0, 2], [1]],
    ],
    [
      'a loosely linked report among loosely linked reports stays',
      [
        [1, 0.33, 0.23, 0.16],
        [0.33, 1, 0.2, 0.15],
        [0.23, 0.2, 1, 0.14],
        [0.16, 0.15, 0.14, 1],
      ],
      null,
    ],
    [
      'the group with the first report keeps it, whichever group is bigger',
      [
        [1, 0.2, 0.2, 0.2, 0.6],
        [0.2, 1, 0.7, 0.6, 0.2],
        [0.2, 0.7, 1, 0.65, 0.2],
        [0.2, 0.6, 0.65, 1, 0.2],
        [0.6, 0.2, 0.2, 0.2, 1],
      ],
      [
        [0, 4],
        [1, 2, 3],
      ],
    ],
  ]
  for (const [label, full, expected] of rows) it(label, () => assert.deepEqual(splitStory(lower(full)), expected))
})

describe('[stories] re-check after a join', () => {
  it('undoes a chained merge once each event has its own close report, and storyOf follows the move', () => {
    const takeover = 'Regulators blocked the Harwick Rail takeover of Tillbury Freight over the Dunmore terminal spur'
    const cuts = 'Harwick Rail will cut 900 jobs at the Corrin depot and the union plans a strike ballot'
    const index = createStoryIndex()
    const a1 = index.add(article('a1', 'Harwick Rail takeover blocked', `${takeover}. Shares fell 11 percent.`))
    // b1 recaps the takeover: it joins a1's story through that sentence.
    const b1 = index.add(article('b1', 'Harwick Rail to cut Corrin jobs', `${cuts}. ${takeover} last month.`))
    assert.equal(b1.story, a1.story)
    index.add(
      article('a2', 'Harwick Rail takeover blocked', `${takeover}, the authority said. Shares fell 11 percent.`),
    )
    index.add(article('b2', 'Corrin depot jobs cut', `${cuts}, the company said on Monday.`))
    assert.equal(index.storyOf('a2'), index.storyOf('a1'))
    assert.equal(index.storyOf('b2'), index.storyOf('b1'))
    assert.notEqual(index.storyOf('b1'), index.storyOf('a1'))
    // Without the re-check the four stay chained in one story.
    const chained = createStoryIndex({ split: false })
    chained.add(article('a1', 'Harwick Rail takeover blocked', `${takeover}. Shares fell 11 percent.`))
    chained.add(article('b1', 'Harwick Rail to cut Corrin jobs', `${cuts}. ${takeover} last month.`))
    chained.add(
      article('a2', 'Harwick Rail takeover blocked', `${takeover}, the authority said. Shares fell 11 percent.`),
    )
    chained.add(article('b2', 'Corrin depot jobs cut', `${cuts}, the company said on Monday.`))
    assert.equal(chained.stories().length, 1)
  })
})

describe('strongestTerms', () => {
  // The reference: a stable sort of all positions by weight, descending, sliced.
  const reference = (weights: number[], limit: number) =>
    weights
      .map((_, k) => k)
      .sort((a, b) => (weights[b] as number) - (weights[a] as number))
      .slice(0, limit)
  it('picks what a stable sort by weight picks, ties in position order, for many random weight lists', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    for (let round = 0; round < 300; round++) {
      const size = Math.floor(random() * 40)
      // Few distinct values, so ties at the thresholds are common.
      const weights = Array.from({ length: size }, () => Math.floor(random() * 6) / 2)
      const keep = 1 + Math.floor(random() * 30)
      const lead = 1 + Math.floor(random() * 12)
      const { kept, top } = strongestTerms(Float64Array.from(weights), keep, lead)
      assert.deepEqual(top, reference(weights, Math.min(keep, lead)), `top of ${weights} (${keep}, ${lead})`)
      assert.deepEqual(
        kept,
        reference(weights, keep).sort((a, b) => a - b),
        `kept of ${weights} (${keep})`,
      )
    }
  })
  it('returns nothing for no terms', () => {
    assert.deepEqual(strongestTerms(new Float64Array(0), 256, 48), { kept: [], top: [] })
  })
})
