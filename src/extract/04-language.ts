/**
 * Step 4: a cheap language guess from the text when the page does not declare one: the script first (Cyrillic,
 * CJK, Arabic, …), then the share of each language's commonest function words.
 */

/**
 * The twenty-odd commonest function words of each language, from the Snowball project's stopword lists
 * (snowballstem.org, BSD licence), cut to words that are rare in the other languages listed.
 */
const STOPWORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'it',
    'was',
    'on',
    'with',
    'he',
    'as',
    'at',
    'by',
    'this',
    'have',
    'from',
    'are',
    'which',
    'they',
    'said',
  ],
  de: [
    'der',
    'die',
    'und',
    'den',
    'das',
    'nicht',
    'von',
    'sie',
    'ist',
    'des',
    'sich',
    'mit',
    'dem',
    'dass',
    'er',
    'es',
    'ein',
    'ich',
    'auf',
    'eine',
    'auch',
    'wird',
    'zu',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'du',
    'un',
    'une',
    'est',
    'que',
    'qui',
    'dans',
    'pour',
    'pas',
    'sur',
    'au',
    'avec',
    'il',
    'ce',
    'sont',
    'aux',
    'ont',
    'mais',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'de',
    'que',
    'y',
    'en',
    'del',
    'se',
    'por',
    'un',
    'una',
    'con',
    'para',
    'es',
    'al',
    'lo',
    'como',
    'más',
    'pero',
    'sus',
    'fue',
  ],
  it: [
    'il',
    'di',
    'che',
    'e',
    'la',
    'per',
    'un',
    'non',
    'del',
    'della',
    'con',
    'sono',
    'una',
    'gli',
    'le',
    'nel',
    'alla',
    'anche',
    'più',
    'ha',
    'dei',
    'è',
    'questo',
  ],
  pt: [
    'de',
    'que',
    'não',
    'o',
    'a',
    'do',
    'da',
    'em',
    'um',
    'para',
    'com',
    'uma',
    'os',
    'no',
    'se',
    'na',
    'por',
    'mais',
    'as',
    'dos',
    'como',
    'mas',
    'foi',
    'ao',
    'são',
  ],
  nl: [
    'de',
    'en',
    'van',
    'het',
    'een',
    'dat',
    'die',
    'niet',
    'is',
    'op',
    'te',
    'zijn',
    'met',
    'voor',
    'maar',
    'ook',
    'als',
    'bij',
    'er',
    'nog',
    'wordt',
    'naar',
  ],
  sv: [
    'och',
    'att',
    'det',
    'som',
    'en',
    'på',
    'är',
    'av',
    'för',
    'med',
    'till',
    'den',
    'har',
    'inte',
    'om',
    'ett',
    'var',
    'men',
    'från',
    'vi',
    'kan',
    'efter',
  ],
  pl: [
    'i',
    'w',
    'nie',
    'na',
    'się',
    'z',
    'do',
    'to',
    'że',
    'jest',
    'o',
    'jak',
    'ale',
    'po',
    'co',
    'tak',
    'za',
    'od',
    'przez',
    'jego',
    'już',
    'dla',
  ],
  ru: [
    'и',
    'в',
    'не',
    'на',
    'что',
    'с',
    'по',
    'это',
    'как',
    'он',
    'к',
    'из',
    'за',
    'от',
    'его',
    'но',
    'о',
    'для',
    'был',
    'так',
    'также',
    'уже',
    'или',
  ],
  uk: [
    'і',
    'в',
    'у',
    'на',
    'що',
    'не',
    'з',
    'до',
    'та',
    'як',
    'це',
    'за',
    'від',
    'про',
    'він',
    'й',
    'але',
    'для',
    'його',
    'також',
    'вже',
    'було',
    'має',
  ],
}

/** Letters only one Cyrillic language uses: Ukrainian і ї є ґ, Russian ы э ъ ё. */
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/g
const RUSSIAN_LETTERS = /[ыэъёЫЭЪЁ]/g

const WORD = /[\p{L}]+/gu

const STOPWORD_SETS = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const)

/**
 * Guesses the BCP 47 primary language tag of a text, or null when it is too short or unclear.
 * @param text the article text (the first 5,000 characters are read)
 */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 5000)
  let latin = 0
  let cyrillic = 0
  let kana = 0
  let han = 0
  let hangul = 0
  let arabic = 0
  let greek = 0
  let hebrew = 0
  for (const ch of sample) {
    const c = ch.codePointAt(0) as number
    if (c < 0x250) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0) latin++
    } else if (c >= 0x400 && c <= 0x4ff) cyrillic++
    else if (c >= 0x3040 && c <= 0x30ff) kana++
    else if (c >= 0x4e00 && c <= 0x9fff) han++
    else if (c >= 0xac00 && c <= 0xd7af) hangul++
    else if (c >= 0x600 && c <= 0x6ff) arabic++
    else if (c >= 0x370 && c <= 0x3ff) greek++
    else if (c >= 0x590 && c <= 0x5ff) hebrew++
  }
  const scripts: Array<[string, number]> = [
    ['latin', latin],
    ['cyrillic', cyrillic],
    ['ja', kana + (kana > 0 ? han : 0)],
    ['zh', kana > 0 ? 0 : han],
    ['ko', hangul],
    ['ar', arabic],
    ['el', greek],
    ['he', hebrew],
  ]
  scripts.sort((a, b) => b[1] - a[1])
  const [script, count] = scripts[0] as [string, number]
  if (count < 20) return null
  if (script !== 'latin' && script !== 'cyrillic') return script
  if (script === 'cyrillic') {
    const uk = sample.match(UKRAINIAN_LETTERS)?.length ?? 0
    const ru = sample.match(RUSSIAN_LETTERS)?.length ?? 0
    if (uk > ru) return 'uk'
    if (ru > uk) return 'ru'
  }
  const words = (sample.toLowerCase().match(WORD) ?? []).slice(0, 600)
  if (words.length < 5) return null
  let best: string | null = null
  let bestHits = 0
  for (const [lang, set] of STOPWORD_SETS) {
    let hits = 0
    for (const w of words) if (set.has(w)) hits++
    if (hits > bestHits) {
      best = lang
      bestHits = hits
    }
  }
  return bestHits / words.length >= 0.08 ? best : null
}
