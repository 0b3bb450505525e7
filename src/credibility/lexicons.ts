/**
 * Word lists and patterns of the credibility rules. Data, apart from the logic that uses them; each list says
 * where it comes from. Patterns are compiled once here.
 */

/**
 * Sensational and clickbait words. Compiled by hand for this project from the clickbait features described by
 * Chakraborty et al. 2016 ("Stop Clickbait", hyperbolic words) and Potthast et al. 2016 (Webis clickbait corpus),
 * and the tabloid register of war and crime headlines. Lowercase stems; a word matches when it starts with one.
 */
export const SENSATIONAL_STEMS: readonly string[] = [
  'shock',
  'stunning',
  'stunned',
  'bombshell',
  'explosive',
  'explode',
  'chilling',
  'horrif',
  'terrifying',
  'insane',
  'jaw-dropping',
  'unbelievable',
  'incredible',
  'outrage',
  'furious',
  'fury',
  'meltdown',
  'slams',
  'slammed',
  'blasts',
  'blasted',
  'destroys',
  'obliterat',
  'annihilat',
  'humiliat',
  'busted',
  'epic',
  'ww3',
  'armageddon',
  'doomsday',
  'apocalyp',
  'catastroph',
  'nightmare',
  'panic',
  'savage',
  'brutal',
  'disgusting',
  'disgrace',
  'treason',
  'traitor',
  'evil',
  'crooked',
  'lunatic',
  'idiot',
  'moron',
  'hysteri',
  'hoax',
  'cover-up',
  'coverup',
  'rigged',
  'sheeple',
  'globalist',
  'mainstream media',
  'msm',
  'wake up',
  'must see',
  'must-see',
  'you won’t believe',
  "you won't believe",
  'what happens next',
  'breaking',
]

/** Words that make a headline an alarm: warnings, threats, war. Hand-compiled for the headline-framing rule. */
export const ALARM_HEADLINE =
  /\b(warns?|warning|threat(?:s|ens?)?|war|attack|danger|fears?|prepared for|brace[sd]?|poised|imminent|looms?|escalat\w*)\b/i

/**
 * A body statement that denies the alarm ("we do not see an imminent threat", "no direct threat", "not signaling
 * imminent war"). A negation, then within a few words a word of immediacy and a threat noun.
 */
export const ALARM_DENIAL =
  /\b(?:no|not|never|n['’]t|nor)\b(?:\W+\w+){0,6}?\W+(?:imminent|immediate|direct|real|any|such)(?:\W+\w+){0,3}?\W+(?:threat|danger|war|attack|risk)s?\b/gi

/**
 * Verbs of events that happen once to their object (a territory is annexed once, a person dies once): the same
 * event given two dates is a contradiction. Hand-compiled.
 */
export const ONCE_ONLY_EVENTS: ReadonlyArray<[lemma: string, pattern: RegExp]> = [
  ['annex', /\bannex(?:ed|ing|ation)\b/gi],
  ['die', /\b(?:died|passed away)\b/gi],
  ['be born', /\bwas born\b/gi],
  ['assassinate', /\bassassinat(?:ed|ion)\b/gi],
  ['found', /\bfounded\b/gi],
  ['dissolve', /\bdissolved\b/gi],
  ['declare independence', /\bdeclared independence\b/gi],
]

const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.'

/** A date or time anchor inside a clause: "in September", "on May 10, 2024", "in 2014", "last year". */
export const DATE_ANCHOR = new RegExp(
  `\\b(?:(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Dd]uring|[Ff]rom)\\s+)?(?:(?:${MONTH})(?:\\s+\\d{1,2})?(?:,?\\s+(?:19|20)\\d{2})?|(?:19|20)\\d{2}|(?:last|this|next)\\s+(?:year|month|week))\\b`,
  'g',
)

/**
 * Cues of statements attributed to no one by name: "according to sources", "sources in NATO", "people familiar
 * with the matter", "an official who asked not to be named", "whose names were not revealed". Hand-compiled from
 * newsroom style guides' examples of anonymous attribution (AP Stylebook "anonymous sources").
 */
export const UNNAMED_SOURCE =
  /\b(?:(?:according to|citing|said|told)\s+(?:unnamed |anonymous |informed |some |several |multiple )?(?:sources|insiders|officials)\b(?!\s+(?:at|from|in|with)\s+[A-Z][a-z]+\s+[A-Z])|(?:unnamed|anonymous|undisclosed|informed)\s+(?:sources?|officials?|insiders?)|sources?\s+(?:in|within|close to|familiar with|inside)\s+[\w’'. ]{2,40}?(?=[,.]|\s+(?:say|said|says|told|indicate|claim|reveal))|(?:people|persons?|sources?|officials?)\s+familiar with\s+(?:the|this)\s+(?:matter|situation|discussions?|plans?|talks)|(?:who|whose names?)\s+(?:asked|requested|spoke on condition)\s+not\s+to\s+be\s+(?:named|identified)|whose names? (?:was|were) not (?:revealed|disclosed|given)|on (?:the )?condition of anonymity|it is (?:said|believed|rumou?red) that|(?:some|many) (?:people|experts|observers) (?:say|believe|claim))/gi

/** A pointer to a source that the reader cannot follow from the text: "Read the full story at NBC News". */
export const UNVERIFIABLE_PROVENANCE =
  /\b(?:Read|See|Continue reading|Click here for) the (?:full|whole|original|complete) (?:story|article|report) (?:at|on|in) ([^\n.]+)/gi

/** Verbs that attribute a statement to a speaker. From PolNeAR's cue list, reduced to the common ones. */
export const ATTRIBUTION_CUE =
  /\b(?:said|says|say|told|tells|stated|states|added|explained|announced|noted|wrote|claimed|claims|insisted|argued|warned|confirmed|denied|according to|asserted|acknowledged|reported|testified|tweeted|posted)\b/gi

/**
 * Definite or demonstrative references that need something earlier in the text to refer to. Each group lists the
 * nouns that would count as the antecedent. Hand-compiled for the splice rule.
 */
export const ANAPHOR_GROUPS: ReadonlyArray<{ nouns: readonly string[]; antecedents: RegExp }> = [
  {
    nouns: ['proposal', 'proposals', 'plan', 'initiative', 'offer', 'idea'],
    antecedents: /\b(?:propos\w*|plans?|planned|initiatives?|offer\w*|ideas?|suggest\w*|call(?:ed|s)? for)\b/i,
  },
  { nouns: ['envoy'], antecedents: /\b(?:envoys?|emissar\w*)\b/i },
  {
    nouns: ['deal', 'agreement', 'accord', 'treaty', 'pact'],
    antecedents: /\b(?:deals?|agreements?|agreed|accords?|treat(?:y|ies)|pacts?|negotiat\w*)\b/i,
  },
  {
    nouns: ['decision', 'ruling', 'verdict'],
    antecedents: /\b(?:decid\w*|decisions?|rul(?:ed|ing)|verdicts?|court)\b/i,
  },
  { nouns: ['bill', 'legislation', 'law'], antecedents: /\b(?:bills?|legislat\w*|laws?|act)\b/i },
]

/** A sentence-initial demonstrative or a definite reference to one of the anaphor nouns ("This proposal", "the envoy"). */
export const ANAPHOR = new RegExp(
  `\\b(?:(?:This|That|These|Those)\\s+(${ANAPHOR_GROUPS.flatMap((g) => g.nouns).join('|')})\\b|the\\s+(envoy)(?:['’]s)?\\b)`,
  'g',
)

/** Titles of offices whose holders a reader can check. Lowercase; matched case-insensitively before a name. */
export const OFFICIAL_ROLE =
  /\b((?:(?:NATO|UN|U\.N\.|EU|E\.U\.|White House|Pentagon|Kremlin|State Department|Foreign Ministry|Defen[cs]e Ministry|[A-Z][a-z]+ (?:Foreign|Defen[cs]e) Ministry|National Security Council|Department|Ministry|[A-Z][a-z]+(?:n|an|ish|ese|ch|i)?)\s+)?(?:(?:chief |deputy |senior |official |press )?(?:spokes(?:man|woman|person)|press secretary)|Secretary[- ]General|Secretary of State|(?:Foreign|Defen[cs]e|Prime) Minister|President|Chancellor|Ambassador(?: to [A-Z][A-Za-z]+)?))\s+((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})\b/g

/** Spokesperson titles: an official voice whose name other reports would carry. */
export const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|press secretary)\b/i

/** First-person pronouns (opinion, the writer's own voice). */
export const FIRST_PERSON = /\b(?:I|me|my|mine|we|us|our|ours)\b/g
/** Second-person pronouns (direct address to the reader). */
export const SECOND_PERSON = /\b(?:you|your|yours)\b/gi

/** Hedges and opinion markers. Hand-compiled after Hyland 2005 (hedges and boosters in academic writing). */
export const OPINION_MARKERS =
  /\b(?:obviously|clearly|of course|absolutely|totally|completely|literally|simply|truly|surely|undoubtedly|frankly|honestly|apparently|supposedly|so-called|allegedly|must|should|need to|everyone knows|no doubt)\b/gi

/** Superlatives and absolutes typical of hyperbole. Hand-compiled. */
export const HYPERBOLE =
  /\b(?:ever|never|always|all|every|everyone|nobody|nothing|worst|best|greatest|biggest|most|totally|entirely|huge|massive|enormous|extreme\w*|unprecedented)\b/gi

/** English function words (a short stop list after the SMART list's most frequent entries). */
export const STOPWORDS = new Set(
  'a an the and or but if of in on at to for from by with as is are was were be been being it its this that these those he she they them his her their we our you your i me my not no so than then there here which who whom whose what when where why how all any some can could would should will shall may might must do does did has have had'.split(
    ' ',
  ),
)

/** Intensifiers (very, extremely, totally …). Hand-compiled after Quirk et al.'s amplifiers. */
export const INTENSIFIERS =
  /\b(?:very|extremely|really|so|too|totally|incredibly|absolutely|highly|hugely|utterly|seriously|completely|insanely|super)\b/gi

/**
 * Evaluative words that judge rather than report (ridiculous, appalling, amazing). Hand-compiled from the
 * judgement and affect categories of appraisal theory (Martin and White 2005), common English forms only.
 */
export const EVALUATIVE =
  /\b(?:ridiculous|absurd|appalling|shameful|disgrace\w*|terrible|horrible|awful|amazing|wonderful|fantastic|great|sad|unfortunately|fortunately|hopefully|sadly|stupid|crazy|insane|pathetic|outrageous|scandal\w*|corrupt\w*|evil|liar|lies|lying|radical|dangerous|beautiful|disaster\w*|incompetent|unacceptable|despicable|heroic|brave|hate\w*|love\w*)\b/gi

/** Speculative modals and future ("will", "could", "might"). */
export const SPECULATION = /\b(?:will|would|could|might|may|going to|expected to|likely)\b/gi

/** Amounts with a unit or currency ("$3bn", "51%", "25,000 troops", "1.4 million"). */
export const AMOUNT =
  /(?:[$£€¥]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:%|percent\b|per cent\b|million\b|billion\b|bn\b|m\b|trillion\b|thousand\b))/gi

/**
 * Slips of careless writing: no space after a sentence mark ("authority.\"When", "said:\"a"), a lowercase "i" as a
 * pronoun, a sentence starting lowercase, a space before a comma or full stop.
 */
export const SLIPS =
  /[a-z][.!?]["“”]?[A-Z][a-z]|[a-z]["“”][a-z]|[,;][A-Za-z]{2}|\bi\b(?!\.)|[.!?]\s+[a-z]{2}|\s[,.](?=\s)/g

/** Certainty words (always, definitely, proven). Hand-compiled after the LIWC "certainty" category's common forms. */
export const CERTAINTY =
  /\b(?:always|never|definitely|certainly|undeniabl\w*|proven|proves?|clearly|obviously|truth|fact|facts|indeed|absolutely|guarantee\w*|confirm\w*)\b/gi

/** Words of reasoning and cause (because, reason, effect, consider). After the LIWC "cognitive processes" idea. */
export const REASONING =
  /\b(?:because|since|therefore|thus|however|although|though|whereas|reason\w*|effect\w*|cause[ds]?|consider\w*|analy\w*|estimat\w*|expect\w*|compar\w*|suggest\w*|according)\b/gi

/**
 * Aid flowing from a giver to a receiver: "NATO members provide support to Ukraine", "Ukraine, which has been
 * supplying weapons to many NATO members". Group 1: the clause before the verb; 2: the verb; 3: what is given;
 * 4: the receiver. Hand-compiled verbs of military and financial aid.
 */
export const AID_FLOW =
  /([^.;:,“”"]{0,60}?)\b(suppl(?:y|ies|ying|ied)|provid(?:e|es|ing|ed)|sen(?:d|ds|ding|t)|deliver(?:s|ing|ed)?)\s+((?:[\w$’'-]+\s+){0,6}?(?:weapons|arms|aid|support|missiles|ammunition|troops|assistance|equipment|fighters|tanks|shells)\b(?:\s+[\w’'-]+){0,3}?)\s+to\s+((?:(?:many|some|all|several|other|the|its|their)\s+)*(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)(?:\s+(?:members|allies|countries|forces|states))?)/g

/**
 * Weasel attributions: claims put in the mouth of an unnamed crowd ("experts say", "critics", "many people",
 * "it is believed"). Hand-compiled from the examples of Wikipedia's Manual of Style, "Unsupported attributions"
 * (MOS:WEASEL), common English forms only.
 */
export const WEASEL_ATTRIBUTION =
  /\b(?:experts?|critics|observers|insiders|analysts|many (?:people|americans|believe|say)|some (?:people|say|believe|argue)|it is (?:believed|said|thought|widely)|(?:reports|rumou?rs) (?:say|suggest|claim)|widely (?:believed|reported|considered)|people are saying)\b/gi

/**
 * Reporting hedges that mark a claim as unconfirmed ("reportedly", "allegedly", "appears to"). Hand-compiled after
 * Hyland 2005 (hedges), limited to the forms newsrooms use for claims they have not confirmed.
 */
export const REPORTING_HEDGE =
  /\b(?:reportedly|allegedly|apparently|purportedly|supposedly|appears? to|seem(?:s|ed)? to|possibly|perhaps|unconfirmed|rumou?red)\b/gi

/**
 * Emotive words a reporter's own sentences rarely need (bizarre, grisly, heartbreaking, stunning, finally): affect
 * and appreciation in the writer's voice. Hand-compiled from the affect and appreciation categories of appraisal
 * theory (Martin and White 2005) and the LIWC affect category's common news-register forms (Pennebaker et al. 2015);
 * common English forms only, no topic words, none of EVALUATIVE's. Counted outside quotations (`narration` in
 * `voice.ts`).
 */
export const EMOTIVE =
  /\b(?:bizarre|grisly|gruesome|shocking|shocked|horrific|horrifying|heartbreaking|heartwarming|tragic|devastat\w*|incredible|unbelievable|stunning|stunned|disgusting|hilarious|furious|angry|thrilled|delighted|beloved|brilliant|astonishing|remarkable|extraordinary|miraculous|dramatic\w*|alarming|disturbing|terrifying|chilling|scandalous|sensational|fabulous|awesome|unprecedented|massive|huge|enormous|breathtaking|glorious|magnificent|vile|welcome|surprising|surprisingly|finally)\b/gi

/**
 * Loaded political labels: words that name a side to condemn or rally it rather than describe it (leftists, the
 * elite, the regime, deep state, illegals, thugs). Hand-compiled from the "loaded language" and "name calling,
 * labeling" propaganda techniques of Da San Martino et al. 2019 (the PTC corpus's definitions and examples), common
 * English forms only. Counted outside quotations.
 */
export const LOADED_LABELS =
  /\b(?:liberals?|leftists?|lefties|libtards?|right-wing(?:ers)?|left-wing|radical\w*|socialists?|communists?|marxists?|fascists?|elites?|elitist|globalists?|establishment|regime|propaganda|illegals?|illegal (?:aliens?|immigrants?)|thugs?|snowflakes?|social justice warriors?|sjws?|deep state|mainstream media|msm|fake news|puppet|shills?|cronies|crony|corrupt\w*|treason\w*|traitors?)\b/gi
