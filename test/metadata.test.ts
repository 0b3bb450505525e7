import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { dateFromUrl, normaliseByline, normaliseDate, stripTitleSuffix } from '../src/extract/03-metadata.js'
import { guessLanguage } from '../src/extract/04-language.js'
import { extractArticle } from '../src/extract/index.js'
import { ROOT } from './helpers/shared.js'

const DIR = join(ROOT, 'bench', 'metadata')
const FIELDS = ['title', 'outlet', 'byline', 'published', 'url', 'language'] as const
type Field = (typeof FIELDS)[number]

describe('[extract/metadata] fictional pages in bench/metadata', () => {
  const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
    string,
    Partial<Record<Field, string>>
  >
  const right: Record<string, [number, number]> = {}
  for (const [file, want] of Object.entries(expected)) {
    const path = join(DIR, file)
    const a = extractArticle({ origin: path, bytes: readFileSync(path), contentType: 'html', fetchedAt: '' })
    for (const field of FIELDS) {
      const value = want[field]
      if (value === undefined) continue
      const got = a[field]
      const ok = field === 'published' ? (got ?? '').slice(0, 10) === value.slice(0, 10) : got === value
      const cell = right[field] ?? [0, 0]
      right[field] = cell
      cell[1]++
      if (ok) cell[0]++
    }
  }
  // Loose: a field may miss on one page; the benchmark prints the exact figures.
  for (const field of FIELDS) {
    it(`${field}: at least 80% right`, () => {
      const [ok, n] = right[field] ?? [0, 0]
      assert.ok(n > 0, `no page expects ${field}`)
      assert.ok(ok / n >= 0.8, `${field}: ${ok}/${n}`)
    })
  }

  it('the windows-1251 page decodes to Cyrillic text', () => {
    const path = join(DIR, 'cyrillic-1251.html')
    const a = extractArticle({ origin: path, bytes: readFileSync(path), contentType: 'html', fetchedAt: '' })
    assert.match(a.text, /Городской совет утвердил новое расписание/)
  })
})

describe('[extract/metadata] rules', () => {
  const titles: Array<[string, string | null, string | null, string]> = [
    ['Headline here today | Site Name', 'Site Name', null, 'Headline here today'],
    ['Site Name - Headline here today', 'Site Name', null, 'Headline here today'],
    ['Headline here today - Section - Site Name', 'Site Name', null, 'Headline here today - Section'],
    ['Ferry timetable approved after talks | Gazette', null, null, 'Ferry timetable approved after talks'],
    ['Stoltenberg: NATO sees no threat', null, null, 'Stoltenberg: NATO sees no threat'],
    ['A title with no site name at all', 'Other Outlet', null, 'A title with no site name at all'],
    ['Storm closes road - Westbay Post', null, 'westbay.example', 'Storm closes road'],
  ]
  for (const [title, outlet, host, want] of titles)
    it(`[title] ${title}`, () => assert.equal(stripTitleSuffix(title, outlet, host), want))

  const dates: Array<[string, string | null]> = [
    ['2023-05-16T09:30:00+01:00', '2023-05-16T09:30:00+01:00'],
    ['2017-10-04T08:15:00+0200', '2017-10-04T08:15:00+02:00'],
    ['2016-08-22', '2016-08-22'],
    ['Tue, 14 Mar 2023 16:20:00 GMT', '2023-03-14T16:20:00.000Z'],
    ['not a date', null],
    ['1577836800', '2020-01-01T00:00:00.000Z'],
  ]
  for (const [input, want] of dates) it(`[date] ${input}`, () => assert.equal(normaliseDate(input), want))

  it('[date] from URL paths', () => {
    assert.equal(dateFromUrl('https://x.example/2019/11/20/story'), '2019-11-20')
    assert.equal(dateFromUrl('https://x.example/news/20191120/story'), '2019-11-20')
    assert.equal(dateFromUrl('https://x.example/news/story-123'), null)
  })

  const bylines: Array<[string[], string | null]> = [
    [['By Jane Roe and John Doe'], 'Jane Roe, John Doe'],
    [['Par Marie Dupont'], 'Marie Dupont'],
    [['https://www.facebook.com/someone'], null],
    [['2019 at 9:24 pm ET'], null],
    [['Associated Press November 19, 9:02 AM'], 'Associated Press'],
    [['Maria Lopez Updated 3 hours ago'], 'Maria Lopez'],
    [['Madeline Fry, November 20, 2019'], 'Madeline Fry'],
    [['Posted by Vortex'], 'Vortex'],
    [['Ana Ruiz', 'ana ruiz'], 'Ana Ruiz'],
  ]
  for (const [input, want] of bylines)
    it(`[byline] ${input.join(' / ')}`, () => assert.equal(normaliseByline(input), want))

  const languages: Array<[string, string | null]> = [
    ['The council approved the plan on Tuesday, and the mayor said that it was a good day for the city.', 'en'],
    ['Der Rat hat den Plan am Dienstag beschlossen, und die Bürgermeisterin sagte, dass es ein guter Tag sei.', 'de'],
    ['Le conseil a approuvé le plan mardi, et la maire a dit que c’était une bonne journée pour la ville.', 'fr'],
    ['Совет утвердил план во вторник, и мэр сказала, что это хороший день для города и его жителей.', 'ru'],
    ['Рада затвердила план у вівторок, і мерка сказала, що це гарний день для міста та його мешканців.', 'uk'],
    ['短い', null],
  ]
  for (const [text, want] of languages) it(`[language] ${want}`, () => assert.equal(guessLanguage(text), want))
})
