/**
 * Cue words that introduce reported speech. Hand-written from newsroom usage (AP "said" guidance and the reporting
 * verbs common in English political news); not derived from any benchmark's annotations.
 */

/**
 * Verbs of saying: they take a quote or a reported clause ("said (that) …"). Lemma → its past or irregular forms
 * beyond the regular "-s", "-ed", "-ing".
 */
const SPEECH_VERBS: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  add: [],
  // "states" is far more often the noun.
  state: ['stated', 'stating'],
  note: [],
  explain: [],
  argue: [],
  claim: [],
  announce: [],
  ask: [],
  tweet: [],
  insist: [],
  warn: [],
  declare: [],
  reply: ['replied', 'replies', 'replying'],
  respond: [],
  remark: [],
  recall: [],
  concede: [],
  acknowledge: [],
  admit: ['admitted', 'admits', 'admitting'],
  suggest: [],
  comment: [],
  confirm: [],
  stress: ['stressed', 'stresses', 'stressing'],
  emphasize: [],
  emphasise: [],
  contend: [],
  maintain: [],
  continue: [],
  reiterate: [],
  predict: [],
  vow: [],
  promise: [],
  urge: [],
  assure: [],
  clarify: ['clarified', 'clarifies', 'clarifying'],
  complain: [],
  boast: [],
  joke: [],
  quip: ['quipped', 'quips', 'quipping'],
  caution: [],
  observe: [],
  muse: [],
  counter: [],
  scold: [],
  post: [],
  testify: ['testified', 'testifies', 'testifying'],
  proclaim: [],
  lament: [],
  charge: [],
  allege: [],
  demand: [],
  pledge: [],
  report: [],
  repeat: [],
  recount: [],
  reveal: [],
  tout: [],
  brag: ['bragged', 'brags', 'bragging'],
  retort: [],
  conclude: [],
  concur: ['concurred', 'concurs', 'concurring'],
  agree: ['agreed', 'agrees', 'agreeing'],
  deny: ['denied', 'denies', 'denying'],
  answer: [],
  inform: [],
  remind: [],
  reassure: [],
  point: ['pointed out', 'points out', 'pointing out'],
  // "going on to say that …": the saying verb after "to" would otherwise read as an infinitive.
  go: ['went on', 'goes on', 'going on', 'went on to say', 'goes on to say', 'going on to say', 'went on to add'],
  highlight: [],
  indicate: [],
  signal: ['signaled', 'signalled', 'signals', 'signaling', 'signalling'],
  estimate: [],
  wonder: [],
  mention: [],
  scoff: [],
  sneer: [],
  snap: ['snapped', 'snaps', 'snapping'],
  exclaim: [],
  whisper: [],
  plead: ['pleaded', 'pled', 'pleads', 'pleading'],
  interject: [],
  read: ['read', 'reads'],
}

/** Verbs that frame a quoted phrase without being speech ("called it “…”"): cues only when quotation marks follow. */
const FRAMING_VERBS: Record<string, string[]> = {
  call: [],
  describe: [],
  label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'],
  brand: [],
  dub: ['dubbed', 'dubs', 'dubbing'],
  term: [],
  condemn: [],
  praise: [],
  deride: [],
  decry: ['decried', 'decries', 'decrying'],
  hail: [],
  characterize: [],
  compare: [],
  // Voiced but not stated: only with the quoted words.
  shout: [],
  yell: [],
  chant: [],
  sing: ['sang', 'sings', 'singing'],
  blast: [],
  slam: ['slammed', 'slams', 'slamming'],
  criticize: [],
  accuse: [],
  thank: [],
}

/** Lemmas whose bare form is a cue ("critics argue", "officials say"). */
const PLURAL_PRESENT = new Set([
  'say',
  'tell',
  'argue',
  'claim',
  'warn',
  'insist',
  'add',
  'note',
  'contend',
  'agree',
  'suggest',
  'write',
  'predict',
  'complain',
  'acknowledge',
  'admit',
  'explain',
  'concede',
  'worry',
  'call',
  'describe',
])

/** Regular "-s", "-ed", "-ing" forms of a lemma. */
function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`
  return [third, `${stem}ed`, `${stem}ing`]
}

function expand(verbs: Record<string, string[]>): Set<string> {
  const forms = new Set<string>()
  for (const [lemma, extra] of Object.entries(verbs)) {
    // Irregular lemmas list their other forms; the rest get regular inflections. The bare lemma is the plural
    // present ("officials say") only for verbs that are rarely nouns ("a state", "a report", "the pledge").
    if (PLURAL_PRESENT.has(lemma)) forms.add(lemma)
    for (const f of extra.length > 0 ? extra : regularForms(lemma)) forms.add(f)
  }
  return forms
}

/** Every inflected speech-verb form ("said", "tells", "pointed out"). */
export const SPEECH_FORMS: ReadonlySet<string> = expand(SPEECH_VERBS)

/** Every inflected framing-verb form ("called", "described"). */
export const FRAMING_FORMS: ReadonlySet<string> = expand(FRAMING_VERBS)

/** Speech verbs whose object is the listener ("told Interia that …", "assured allies …"). */
export const LISTENER_VERBS: ReadonlySet<string> = new Set([
  'told',
  'tells',
  'telling',
  'assured',
  'assures',
  'reassured',
  'informed',
  'reminded',
  'warned',
  'urged',
  'asked',
  'thanked',
  'accused',
])

/** One regex over all cue forms, longest first so "pointed out" wins over "pointed". Compiled once. */
export const CUE_PATTERN: RegExp = new RegExp(
  `\\b(?:${[...new Set([...SPEECH_FORMS, ...FRAMING_FORMS, 'according to'])]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'gi',
)

/** Verb forms that are present or past tense, not participles: the ones that can follow a subject directly. */
export function isFiniteForm(form: string): boolean {
  return !/ing\b/.test(form)
}
