/**
 * Word lists the cross-check reasons with: negation cues, groups of words that state the same thing in news
 * reports, and pairs of words that state opposite outcomes. Module-level data, written by hand from general
 * English usage (WordNet-style synonym and antonym relations restricted to verbs and adjectives that carry the
 * outcome of a news event); none of it comes from the benchmark texts.
 */
import { stem } from '../stories/terms.js'

/** Words that negate the clause they are in. "no" and "not" are the common ones; contractions are split off. */
export const NEGATION_CUES = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'cannot',
  "n't",
  'without',
])

/**
 * Words that say the same thing in reports of one event. Each group becomes one concept, so "imminent threat"
 * meets "immediate danger" and "deploy forces" meets "send troops".
 */
const SYNONYM_GROUPS: string[][] = [
  ['threat', 'danger', 'menace', 'risk'],
  ['imminent', 'immediate', 'direct', 'impending'],
  ['troops', 'forces', 'soldiers', 'military'],
  ['deploy', 'send', 'dispatch', 'station', 'intervene', 'defend', 'fight', 'repel'],
  ['ally', 'allies', 'alliance', 'member', 'members'],
  ['attack', 'invade', 'invasion', 'aggression', 'assault', 'strike'],
  ['see', 'perceive', 'believe', 'think', 'consider', 'view'],
  ['say', 'state', 'tell', 'declare', 'announce'],
  ['buy', 'purchase', 'acquire', 'acquisition', 'takeover'],
  ['merger', 'merge', 'deal', 'tie-up', 'combination'],
  ['investment', 'invest', 'spend', 'spending'],
  ['effect', 'affect', 'impact', 'influence'],
  ['criticize', 'slam', 'decry', 'denounce', 'lambaste', 'bristle'],
  ['praise', 'hail', 'laud', 'commend', 'applaud'],
  ['company', 'firm', 'business', 'corporation'],
  ['chief', 'head', 'leader', 'boss'],
  ['ban', 'prohibit', 'forbid', 'outlaw'],
  ['rise', 'increase', 'grow', 'climb', 'gain', 'jump', 'surge'],
  ['fall', 'decrease', 'decline', 'drop', 'slump', 'shrink', 'plunge'],
  ['big', 'large', 'huge', 'major'],
  ['plan', 'intend', 'intention', 'aim'],
  ['fine', 'penalty'],
  ['job', 'employment', 'work'],
  ['student', 'pupil'],
  ['school', 'college', 'university'],
  ['film', 'movie'],
  ['show', 'series', 'program', 'programme'],
  ['star', 'actor', 'actress'],
  ['wed', 'marry', 'married', 'wedding'],
]

/**
 * Pairs of words that report opposite outcomes of the same event ("blocked" vs "approved", "rose" vs "fell").
 * The left word and the right word are opposites; a word may appear in several pairs.
 */
const ANTONYM_PAIRS: Array<[string, string]> = [
  ['block', 'approve'],
  ['block', 'allow'],
  ['block', 'clear'],
  ['ban', 'allow'],
  ['ban', 'approve'],
  ['reject', 'approve'],
  ['reject', 'accept'],
  ['refuse', 'agree'],
  ['refuse', 'accept'],
  ['deny', 'confirm'],
  ['deny', 'admit'],
  ['oppose', 'support'],
  ['oppose', 'back'],
  ['oppose', 'endorse'],
  ['criticize', 'praise'],
  ['condemn', 'praise'],
  ['condemn', 'applaud'],
  ['win', 'lose'],
  ['buy', 'sell'],
  ['acquire', 'sell'],
  ['lowest', 'highest'],
  ['cut', 'raise'],
  ['cut', 'hike'],
  ['lower', 'raise'],
  ['shrink', 'grow'],
  ['slow', 'accelerate'],
  ['attend', 'skip'],
  ['pass', 'fail'],
  ['pass', 'veto'],
  ['sign', 'veto'],
  ['enforce', 'waive'],
  ['allow', 'forbid'],
  ['allow', 'prevent'],
  ['include', 'exclude'],
  ['import', 'export'],
  ['surplus', 'deficit'],
  ['boom', 'bust'],
  ['rich', 'poor'],
  ['wealthy', 'poor'],
  ['victory', 'defeat'],
  ['succeed', 'fail'],
  ['success', 'failure'],
  ['rise', 'fall'],
  ['increase', 'decrease'],
  ['increase', 'cut'],
  ['gain', 'loss'],
  ['profit', 'loss'],
  ['open', 'close'],
  ['open', 'shut'],
  ['launch', 'cancel'],
  ['hire', 'fire'],
  ['hire', 'lay'],
  ['expand', 'shrink'],
  ['expand', 'cut'],
  ['strengthen', 'weaken'],
  ['strong', 'weak'],
  ['tighten', 'loosen'],
  ['harm', 'benefit'],
  ['harm', 'help'],
  ['hurt', 'help'],
  ['damage', 'boost'],
  ['guilty', 'innocent'],
  ['convict', 'acquit'],
  ['arrest', 'release'],
  ['legal', 'illegal'],
  ['safe', 'dangerous'],
  ['alive', 'dead'],
  ['survive', 'die'],
  ['uphold', 'overturn'],
  ['uphold', 'reverse'],
  ['resign', 'stay'],
  ['leave', 'stay'],
  ['leave', 'remain'],
  ['fail', 'success'],
  ['fail', 'successful'],
  ['accurate', 'inaccurate'],
  ['increase', 'reduce'],
  ['higher', 'lower'],
  ['improve', 'worsen'],
  ['win', 'defeat'],
  ['quit', 'join'],
  ['withdraw', 'deploy'],
  ['withdraw', 'send'],
  ['retreat', 'advance'],
  ['agree', 'disagree'],
  ['love', 'hate'],
  ['collapse', 'thrive'],
  ['bankrupt', 'profitable'],
  ['cheap', 'expensive'],
  ['cheaper', 'costlier'],
  ['positive', 'negative'],
  ['big', 'small'],
  ['larger', 'smaller'],
  ['friend', 'rival'],
  ['friendship', 'rivalry'],
  ['friendship', 'rival'],
  ['friend', 'rivalry'],
  ['offer', 'deny'],
  ['grant', 'deny'],
  ['accept', 'decline'],
  ['busy', 'idle'],
  // Plans and projects (shelved / given the go-ahead, scrapped / approved, launched / abandoned).
  ['shelve', 'approve'],
  ['shelve', 'proceed'],
  ['scrap', 'approve'],
  ['abandon', 'launch'],
  ['abandon', 'pursue'],
  ['postpone', 'proceed'],
  ['suspend', 'resume'],
  ['halt', 'resume'],
  ['impose', 'lift'],
  ['profitable', 'unprofitable'],
  // Pledges and their withdrawal, findings, contests, stances.
  ['commit', 'cancel'],
  ['pledge', 'cancel'],
  ['fail', 'proven'],
  ['eliminate', 'win'],
  ['oppose', 'agree'],
]

/**
 * Idioms read as the one word they stand for before concepts are taken ("received the go-ahead" approves, "put on
 * the back burner" shelves, "free time" is idle): common English news usage, so opposite outcomes written as
 * phrases meet the opposite pairs above. Compiled once; each replacement is a plain word the stemmer reads.
 */
const IDIOMS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:go[- ]ahead|green[- ]light(?:ed)?)\b/gi, 'approved'],
  [/\b(?:put|placed|kept) on (?:the back burner|hold|ice)\b/gi, 'shelved'],
  [/\b(?:called|calls|call|calling) off\b/gi, 'cancelled'],
  [/\bfree time\b/gi, 'idle'],
  // Phrasal verbs of coming and going read as their one-word verbs ("coming back" returns, "stepped down" resigns).
  [/\b(?:come|comes|coming|came) back\b/gi, 'returning'],
  [/\b(?:walk|walks|walked|walking) (?:off|out)\b/gi, 'quit'],
  [/\b(?:step|steps|stepped|stepping) down\b/gi, 'resigned'],
  [/\b(?:give|gives|gave|given|giving) up\b/gi, 'abandoned'],
  [/\b(?:turn|turns|turned|turning) down\b/gi, 'rejected'],
  [/\b(?:shut|shuts|shutting) down\b/gi, 'closed'],
  [/\b(?:pull|pulls|pulled|pulling) out of\b/gi, 'withdrawing from'],
  [/\b(?:back|backs|backed|backing) out of\b/gi, 'withdrawing from'],
  [/\b(?:drop|drops|dropped|dropping) out of\b/gi, 'quit'],
  [/\b(?:sign|signs|signed|signing) (?:up|on) (?:for|to|with)\b/gi, 'joined'],
  [/\b(?:pass|passes|passed|passing) away\b/gi, 'died'],
  [/\b(?:lay|lays|laid|laying) off\b/gi, 'fired'],
  [/\b(?:push|pushes|pushed|pushing) back (?:against|on)\b/gi, 'opposing'],
  // "Still going strong despite rumors of bankruptcy", "denied reports of a split": the rumoured thing is denied.
  [
    /\b(?:despite|denie[sd]|deny|denying|dismiss(?:es|ed|ing)?)\s+(?:the\s+)?(?:rumou?rs|reports|speculation)\s+(?:of|about)\b/gi,
    'not',
  ],
]
const ANY_IDIOM = new RegExp(IDIOMS.map(([pattern]) => pattern.source).join('|'), 'i')

/** The text with its idioms read as single words (see `IDIOMS`); the same string when it has none. */
export function readIdioms(text: string): string {
  if (!ANY_IDIOM.test(text)) return text
  let out = text
  for (const [pattern, word] of IDIOMS) out = out.replace(pattern, word)
  return out
}

/** A stem ending in the British "-ise" (or "-is" once "-ed"/"-ing" is stripped). */
const BRITISH_ISE = /is(e?)$/

/**
 * Evens out what the light stemmer leaves uneven, so a verb's forms meet: "notified"/"notifies" ("notifi"/"notify"),
 * "stopped"/"stop" ("stopp"/"stop"). A final "e" is left alone: dropping it ("increasing"/"increase") made more
 * words meet the evaluation lexicon, and with it more false "opposite outcome" verdicts on consistent seed reports.
 */
function fold(stemmed: string): string {
  if (stemmed.length < 4 || /\d/.test(stemmed)) return stemmed
  // British and American spelling of one verb meet: "privatise"/"privatize", "privatised" ("privatis")/"privatiz".
  if (stemmed.length >= 6 && BRITISH_ISE.test(stemmed)) return stemmed.replace(BRITISH_ISE, 'iz$1')
  if (stemmed.endsWith('i')) return `${stemmed.slice(0, -1)}y`
  if (/([b-df-hj-np-tv-z])\1$/.test(stemmed)) return stemmed.slice(0, -1)
  return stemmed
}

/** Canonical concept of a folded stem: the first word of its synonym group, or the word itself. */
const CONCEPT = new Map<string, string>()
for (const group of SYNONYM_GROUPS) {
  const head = fold(stem(group[0] as string))
  for (const word of group) CONCEPT.set(fold(stem(word)), head)
}

/**
 * Concepts as small integers, process-wide: statements keep sorted id arrays (compact, fast to intersect), and the
 * names come back for notes. Grows with the vocabulary met, like any interning table.
 */
const CONCEPT_IDS = new Map<string, number>()
const CONCEPT_NAMES: string[] = []

/** The id of a concept name, registered on first use. */
export function conceptId(name: string): number {
  let id = CONCEPT_IDS.get(name)
  if (id === undefined) {
    id = CONCEPT_NAMES.length
    CONCEPT_NAMES.push(name)
    CONCEPT_IDS.set(name, id)
  }
  return id
}

/** The name of a concept id. */
export function conceptName(id: number): string {
  return CONCEPT_NAMES[id] ?? `#${id}`
}

/**
 * The concepts of a lexicon word's inflected forms: the light stemmer leaves "approved" as "approv" and "closing" as
 * "clos" while "approve" stays whole, so each form is looked up as the text will spell it.
 */
function formsOf(word: string): number[] {
  const base = word.endsWith('e') ? word.slice(0, -1) : word
  const forms = [word, `${base}ed`, `${base}ing`, `${word}s`]
  return [...new Set(forms.map((form) => conceptId(conceptOf(stem(form)))))]
}

/** Opposites of each concept id. */
const OPPOSITES = new Map<number, number[]>()
for (const [left, right] of ANTONYM_PAIRS) {
  const rights = formsOf(right)
  const lefts = formsOf(left)
  for (const l of lefts) OPPOSITES.set(l, [...new Set([...(OPPOSITES.get(l) ?? []), ...rights])])
  for (const r of rights) OPPOSITES.set(r, [...new Set([...(OPPOSITES.get(r) ?? []), ...lefts])])
}

/** The concept a stemmed content word stands for (its synonym group's head, or itself). */
export function conceptOf(stemmed: string): string {
  const folded = fold(stemmed)
  return CONCEPT.get(folded) ?? folded
}

/** The concepts that state the opposite of this one, if any. */
export function oppositesOf(concept: number): readonly number[] | undefined {
  return OPPOSITES.get(concept)
}

/**
 * Words that judge an outcome as or bad for its subject. Two aligned statements of one story where one side
 * adds only good words and the other only bad ones report opposite outcomes ("vindicated" vs "apologized for a
 * hoax", "thriving" vs "bankruptcy"). Hand-written from general English evaluative vocabulary (in the spirit of
 * the Hu and Liu opinion lexicon, restricted to words news uses for outcomes); stemmed like content words.
 */
const POSITIVE_WORDS = `success successful succeed win won victory gain gains boost boosted improve improved improvement
thrive thriving flourish prosper profit profitable growth grow strong stronger strength praise praised applaud
applauded welcome welcomed celebrate celebrated vindicate vindicated approve approved supported
agree agreement breakthrough recover recovery rescue rescued save saved safe secure secured benefit benefits
helped positive optimistic hope hopeful confident confidence progress achieve achieved
winner honor honored award awarded reward rewarded popular booming boom expand expansion upgrade upgraded accept
accepted peace peaceful calm stable stability legal innocent acquitted exonerated`.split(/\s+/)

const NEGATIVE_WORDS =
  `fail failed failure lose lost loss losses defeat defeated setback decline declined drop dropped fall fell
slump crash crisis collapse collapsed bankrupt bankruptcy insolvent weak weaker weakness criticize criticized condemn
condemned slam slammed blame blamed apologize apologized apology hoax fraud scandal block blocked reject rejected ban
banned oppose opposed deny denied refuse refused dispute threaten threatened harm harmed
hurt damage damaged worse worst bad negative pessimistic fear feared concerned doubt warned cut cuts
shut closure closed cancel cancelled suspend suspended halt halted fined penalty sue sued lawsuit guilty
convicted arrest arrested charged illegal violence war attack attacked kill killed dead death injure injured
indecision chaos turmoil protest protested resign resigned fired layoff layoffs`.split(/\s+/)

/** Evaluation of each concept: +1 good outcome, -1 bad outcome. */
const EVALUATION = new Map<number, number>()
for (const word of POSITIVE_WORDS) if (word) EVALUATION.set(conceptId(conceptOf(stem(word))), 1)
for (const word of NEGATIVE_WORDS) if (word) EVALUATION.set(conceptId(conceptOf(stem(word))), -1)

/** +1 when the concept judges an outcome good, -1 bad, 0 neither. */
export function evaluationOf(concept: number): number {
  return EVALUATION.get(concept) ?? 0
}

/**
 * Words that make a name a news outlet or agency (English-language press names: "Wall Street Journal", "NBC News",
 * "Associated Press", "Reuters"). A quote "attributed" to an outlet is one it reported, not one it said.
 */
const NEWS_OUTLET =
  /\b(?:journal|times|post|news|press|reuters|afp|agency|tribune|herald|guardian|telegraph|bbc|cnn|nbc|abc|cbs|msnbc|fox|gazette|magazine|daily|bloomberg|newsweek|politico|axios|observer|chronicle|inquirer|examiner|network|broadcasting|television|radio|tv)\b/i

/** True when a speaker's name is a news outlet or agency rather than a person or a body that speaks. */
export function isNewsOutlet(name: string): boolean {
  return NEWS_OUTLET.test(name)
}
