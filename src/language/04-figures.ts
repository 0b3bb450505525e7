/**
 * Step 4: amounts with their units ("more than $50 billion", "40 billion euros per year", "25,000 troops").
 * Currency symbols and words from ISO 4217 names; qualifiers from common news usage.
 */
import type { Figure } from '../model/index.js'

const QUALIFIER =
  '(?:more than|over|about|around|nearly|almost|up to|at least|at most|some|roughly|approximately|less than|fewer than|as many as|as much as|just over|just under|under)'
const CURRENCY_SIGN = '(?:US\\$|\\$|€|£|¥)'
const NUMBER = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?'
const SCALE = '(?:thousand|million|billion|trillion|bn|m)'
/** A unit word after the number: a currency name, "percent", or a plural noun ("troops", "people"). */
const UNIT =
  '(?:%|percent|per cent|euros?|dollars?|pounds?|yen|rubles?|roubles?|hryvnias?|(?:more |additional |new |extra )?(?:\\[[^\\]]{1,20}\\] )?(?:\\p{Lu}{2,3} |\\p{Lu}\\p{Ll}+an )?\\p{Ll}{3,}s)'

const FIGURE = new RegExp(
  `(?:\\b(${QUALIFIER})\\s+)?(${CURRENCY_SIGN})?(${NUMBER})(?:\\s*(${SCALE})\\b)?(?:\\s*(${UNIT})\\b)?(\\s+(?:per|a|each)\\s+(?:year|month|week|day|annum))?`,
  'gu',
)

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 }
const CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:US\$|\$|dollars?)$/, 'USD'],
  [/^(?:€|euros?)$/, 'EUR'],
  [/^(?:£|pounds?)$/, 'GBP'],
  [/^(?:¥|yen)$/, 'JPY'],
  [/^(?:rubles?|roubles?)$/, 'RUB'],
  [/^hryvnias?$/, 'UAH'],
]

/** Words after a number that are not units. */
const NOT_UNITS = new Set(['years', 'days', 'weeks', 'months', 'hours', 'minutes', 'times', 'was', 'has', 'is'])

/** Finds amounts with a unit or a scale; bare numbers (years, counts without a noun) are left out. */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = []
  FIGURE.lastIndex = 0
  for (const m of text.matchAll(FIGURE)) {
    const [whole, qualifier, sign, number, scale, unitWord, per] = m
    if (!number) continue
    let unitText =
      unitWord
        ?.replace(/^(?:more|additional|new|extra) /, '')
        .replace(/^\[[^\]]*\] /, '')
        .replace(/^(?:\p{Lu}{2,3}|\p{Lu}\p{Ll}+an) /u, '') ?? null
    if (unitText && NOT_UNITS.has(unitText)) unitText = null
    if (!sign && !scale && !unitText) continue
    // "in 2014": a year, not an amount.
    if (!sign && !scale && /^(?:19|20)\d{2}$/.test(number) && !/percent|%/.test(unitText ?? '')) continue
    const currency = CURRENCIES.find(([re]) => re.test(sign ?? '') || re.test(unitText ?? ''))?.[1]
    const unit = currency ?? (unitText === 'percent' || unitText === 'per cent' || unitText === '%' ? '%' : unitText)
    const value = Number(number.replace(/,/g, '')) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1)
    let end = (m.index ?? 0) + whole.length
    // Keep the unit word out of the span when it was rejected.
    if (unitWord && !unitText && !per) end = (m.index ?? 0) + whole.lastIndexOf(unitWord)
    while (end > (m.index ?? 0) && /\s/.test(text[end - 1] ?? '')) end--
    const start = m.index ?? 0
    out.push({
      span: [start, end],
      text: text.slice(start, end),
      value,
      unit: unit ? `${unit}${per ? ` ${per.trim()}` : ''}` : null,
      qualifier: qualifier ?? null,
    })
  }
  return out
}
