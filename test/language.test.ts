/** Sentences, mentions, dates and figures, table-driven. The sentences are written for these tests. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findDates, findFigures, findMentions, splitSentences } from '../src/language/index.js'

describe('[language/sentences] abbreviations, initials and quotes', () => {
  const ROWS: Array<[string, string, string[]]> = [
    ['"U.S." before a name', 'The U.S. Army left. It came back.', ['The U.S. Army left.', 'It came back.']],
    ['"U.S." at the end', 'They flew to the U.S. The talks began.', ['They flew to the U.S.', 'The talks began.']],
    ['titles', 'Gen. Mark Hale spoke. Sen. Ann Lee replied.', ['Gen. Mark Hale spoke.', 'Sen. Ann Lee replied.']],
    ['months', 'It happened on Jan. 5 in Riga. Nobody saw it.', ['It happened on Jan. 5 in Riga.', 'Nobody saw it.']],
    [
      'initials',
      'John F. Kennedy and G.K. Lane met. They talked.',
      ['John F. Kennedy and G.K. Lane met.', 'They talked.'],
    ],
    ['inside quotes', '“We are ready.” She left.', ['“We are ready.”', 'She left.']],
    ['no split before lower case', '“Ready?” she asked.', ['“Ready?” she asked.']],
    ['never across lines', 'First line\nSecond line', ['First line', 'Second line']],
  ]
  for (const [label, text, expected] of ROWS)
    it(label, () =>
      assert.deepEqual(
        splitSentences(text).map(([s, e]) => text.slice(s, e)),
        expected,
      ),
    )
})

describe('[language/mentions] names, roles, organisations', () => {
  it('splits the role from the name, and a later surname takes the full name', () => {
    const text =
      'Harbour Authority Director Julia Mendes met NATO officials. Port spokesman Piet Vos agreed. Mendes left.'
    const people = findMentions(text).filter((m) => m.kind === 'person')
    const mendes = people.filter((m) => m.name === 'Julia Mendes')
    assert.equal(mendes.length, 2)
    assert.equal(mendes[0]?.role, 'Harbour Authority Director')
    assert.equal(mendes[1]?.text, 'Mendes')
    const vos = people.find((m) => m.name === 'Piet Vos')
    assert.equal(vos?.role, 'Port spokesman')
    assert.ok(findMentions(text).some((m) => m.kind === 'organization' && m.name === 'NATO'))
  })
  it('every mention span is its text', () => {
    const text = 'On Friday Mr. Hugo Brandt, of the Baltic Shipping Company, met Ms. Clara Weiss in Berlin.'
    for (const m of findMentions(text)) assert.equal(text.slice(m.span[0], m.span[1]), m.text)
  })
})

describe('[language/dates] resolved against publication, kept relative without it', () => {
  const text = 'The minister spoke on Friday. The plan was agreed on May 10 and Crimea was annexed in 2014.'
  it('with a publication date (a Saturday): Friday is the day before, May 10 is in the past', () => {
    const dates = findDates(text, '2024-06-22')
    const byText = new Map(dates.map((d) => [d.text.replace(/^on /, ''), d]))
    assert.equal(byText.get('Friday')?.resolved, '2024-06-21')
    assert.equal(byText.get('Friday')?.relative, true)
    assert.equal(byText.get('May 10')?.resolved, '2024-05-10')
    assert.equal(byText.get('2014')?.resolved, '2014')
  })
  it('a month and day later in the year than publication is last year', () => {
    const [d] = findDates('It was signed on December 3.', '2024-02-01')
    assert.equal(d?.resolved, '2023-12-03')
  })
  it('without one: relative dates stay unresolved, absolute ones resolve', () => {
    const dates = findDates(text, null)
    const friday = dates.find((d) => /Friday/.test(d.text))
    assert.equal(friday?.resolved, null)
    assert.equal(friday?.relative, true)
    assert.equal(dates.find((d) => d.text === '2014')?.resolved, '2014')
    const absolute = findDates('The summit opened on June 21, 2024.', null)[0]
    assert.equal(absolute?.resolved, '2024-06-21')
    assert.equal(absolute?.relative, false)
  })
})

describe('[language/figures] amounts with units', () => {
  const ROWS: Array<[string, { text: string; value: number; unit: string | null; qualifier: string | null }]> = [
    [
      'The Pentagon announced more than $50 billion in aid.',
      { text: 'more than $50 billion', value: 50e9, unit: 'USD', qualifier: 'more than' },
    ],
    [
      'Allies give about 40 billion euros per year.',
      { text: 'about 40 billion euros per year', value: 40e9, unit: 'EUR per year', qualifier: 'about' },
    ],
    ['It sent 25,000 troops.', { text: '25,000 troops', value: 25000, unit: 'troops', qualifier: null }],
    ['Turnout was 61.5 percent.', { text: '61.5 percent', value: 61.5, unit: '%', qualifier: null }],
  ]
  for (const [text, expected] of ROWS)
    it(expected.text, () => {
      const [f] = findFigures(text)
      assert.ok(f, text)
      assert.deepEqual({ text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier }, expected)
      assert.equal(text.slice(f.span[0], f.span[1]), f.text)
    })
  it('years and bare counts are not figures', () => {
    assert.deepEqual(findFigures('In 2014 the three men met 2 times.'), [])
  })
})
