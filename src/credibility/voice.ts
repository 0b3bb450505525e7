/**
 * The writer's own voice: first-person pronouns outside quotation marks. A news report quotes people who say "I"
 * and "we"; its own sentences do not. An "I" or "our" in the narration marks an opinion piece, a blog post or a
 * rewrite in someone's voice, which a careful reader weighs differently from reporting.
 */
import type { Span } from '../model/index.js'

/**
 * First-person pronouns as the narration writes them (capitalised at a sentence start too). "US" is not "us":
 * the pattern is case-sensitive; nor is the numeral "I" ("World War I", "Phase I and II", "I-95"). After the
 * first-person category of LIWC (Pennebaker et al. 2015), common forms.
 */
export const NARRATOR_FIRST_PERSON =
  /\b(?:(?<!\b(?:War|Title|Phase|Part|Chapter|Class|Type|Stage|Level|Article|Section|Book|Volume|Tier|Grade)\s)I(?![-–]\d|\s(?:and|or|to)\sII\b)|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur)\b/g

/** A quotation in straight or curly double quotes (up to 400 characters): someone else's words. */
const QUOTATION = /["“][^"“”]{0,400}["”]/g

/** Words per 100 below which the rate is taken over 50 words: a two-line brief is not a column. */
export const MIN_WORDS = 50

/** The narration's first-person pronouns (spans into `text`) and the number of words outside quotations. */
export interface NarratorVoice {
  /** Spans of first-person pronouns outside quotation marks. */
  mentions: Span[]
  /** Words outside quotation marks. */
  words: number
}

/**
 * The text with every quotation blanked by spaces of the same length: the writer's own words, at the offsets they
 * have in `text`.
 */
export function narration(text: string): string {
  return text.replace(QUOTATION, (q) => ' '.repeat(q.length))
}

/** Finds first-person pronouns outside quotation marks. */
export function narratorVoice(text: string): NarratorVoice {
  const own = narration(text)
  const mentions: Span[] = [...own.matchAll(NARRATOR_FIRST_PERSON)].map((m) => [m.index, m.index + m[0].length])
  return { mentions, words: own.match(/\S+/g)?.length ?? 0 }
}

/** ln(1 + first-person pronouns per 100 words of narration): the quantity the score weighs. */
export function firstPersonRate(voice: NarratorVoice): number {
  return Math.log1p((100 * voice.mentions.length) / Math.max(MIN_WORDS, voice.words))
}
