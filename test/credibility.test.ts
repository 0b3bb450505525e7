import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { assessCredibility } from '../src/credibility/index.js'
import { importPositionHeld } from '../src/credibility/kb-import.js'
import { findPerson, loadKnowledgeBase, officesForRole } from '../src/credibility/knowledge-base.js'
import { buildReputation, findReputation } from '../src/credibility/reputation.js'
import { ARTICLE_RULES, attributionShare, ruleInput } from '../src/credibility/rules.js'
import { combineSignals } from '../src/credibility/score.js'
import { specificFacts, styleFeatures } from '../src/credibility/style.js'
import type { CredibilityContext } from '../src/model/corpus.js'
import type { Article, Relation } from '../src/model/index.js'
import { bareArticle } from './helpers/articles.js'
import { ALONE, EMPTY_VIEW, NEUTRAL_SIGNALS } from './helpers/credibility.js'

/** A bare article with the given headline and body. */
function article(title: string, text: string, extra: Partial<Article> = {}): Article {
  return bareArticle(text, { id: 'a1', source: 'test.txt', title, raw: `${title}\n\n${text}`, ...extra })
}

const view = EMPTY_VIEW
const alone = ALONE

function rulesFired(title: string, text: string, extra: Partial<Article> = {}): string[] {
  const input = ruleInput(article(title, text, extra), loadKnowledgeBase())
  return ARTICLE_RULES.flatMap((rule) => rule(input)).map((f) => f.rule)
}

// [label, headline, body, rule that must fire]
const FIRES: Array<[string, string, string, string]> = [
  [
    'event-date-conflict/annexation',
    'Tensions rise',
    'In September, Russian armed forces successfully annexed Crimea after Russia annexed the peninsula from Ukraine in 2014.',
    'internal/event-date-conflict',
  ],
  [
    'event-date-conflict/two years',
    'Obituary',
    'The singer died in 2019 in Paris, a year after fans said she had died in 2012 in London.',
    'internal/event-date-conflict',
  ],
  [
    'incompatible-roles',
    'Talks',
    'Prime Minister John Hardcastle met the press. Later, President John Hardcastle said talks would go on.',
    'internal/incompatible-roles',
  ],
  [
    'part-exceeds-whole',
    'Poll',
    'The survey found that 12 out of 10 residents support the plan.',
    'internal/part-exceeds-whole',
  ],
  [
    'over-hundred-percent',
    'Poll',
    'Officials said 140% of voters backed the measure.',
    'internal/over-hundred-percent',
  ],
  [
    'kb/role-conflict',
    'Kyiv',
    'Ukrainian Prime Minister Volodymyr Zelensky said the talks had failed.',
    'kb/role-conflict',
  ],
  [
    'kb/inconsistent-period',
    'Summit',
    'US President Barack Obama met Ukrainian President Volodymyr Zelensky in Washington.',
    'kb/inconsistent-period',
  ],
  [
    'provenance/read-full-story',
    'Story',
    'Stoltenberg spoke on Saturday.\n\nRead the full story at NBC News.',
    'provenance/unverifiable-source-line',
  ],
  [
    'sourcing/unnamed',
    'Plans',
    'Sources in NATO, whose names were not revealed by the magazine, indicate that some view it as weak.',
    'sourcing/unnamed-source',
  ],
  [
    'sourcing/only-unnamed',
    'Plans',
    'According to sources, the deal is off. People familiar with the matter said it collapsed.',
    'sourcing/only-unnamed-sources',
  ],
  [
    'headline/framing',
    'NATO warns Putin it is prepared for all contingencies against Russian war threats',
    'She clarified that "we do not see an imminent threat to NATO territory."',
    'headline/framing-unsupported',
  ],
  [
    'sensational/headline',
    'SHOCKING: Senator DESTROYS reporter!!',
    'The senator answered questions.',
    'language/sensational-headline',
  ],
  ['sensational/body', 'Vote', 'The bombshell report left lawmakers stunned.', 'language/sensational-word'],
  [
    'splice/this proposal',
    'NATO meets',
    'Stoltenberg spoke in Brussels.\n\nThis proposal is considered among a group that NATO is weighing.',
    'coherence/unresolved-reference',
  ],
  [
    'splice/the envoy',
    'NATO meets',
    'Some diplomats secretly view the envoy’s role as part of a watered-down package.',
    'coherence/unresolved-reference',
  ],
  [
    'reversed-relation/aid both ways',
    'NATO',
    'Every time NATO members provide support to Ukraine, Russia objects. Stoltenberg said the alliance has no plans to deploy forces in Ukraine, which has been supplying weapons to many NATO members since the invasion.',
    'internal/reversed-relation',
  ],
]

// [label, headline, body, rule that must NOT fire]
const QUIET: Array<[string, string, string, string]> = [
  [
    'event-date/once with one date',
    'History',
    'Russia annexed Crimea in 2014. In September, troops held exercises.',
    'internal/event-date-conflict',
  ],
  [
    'roles/same role twice',
    'Talks',
    'NATO Secretary General Jens Stoltenberg spoke. NATO Secretary General Jens Stoltenberg left.',
    'internal/incompatible-roles',
  ],
  [
    'roles/KB knows both (Kirby)',
    'Talks',
    'State Department spokesman John Kirby spoke in 2016. National Security Council spokesman John Kirby spoke in 2023.',
    'internal/incompatible-roles',
  ],
  [
    'numbers/fine',
    'Poll',
    'Some 8 out of 10 residents support the plan; turnout rose 120% from last year.',
    'internal/part-exceeds-whole',
  ],
  [
    'kb/right office',
    'Kyiv',
    'Ukrainian Prime Minister Volodymyr Groysman met NATO Secretary General Jens Stoltenberg.',
    'kb/role-conflict',
  ],
  [
    'kb/consistent period',
    'Kyiv',
    'Ukrainian Prime Minister Volodymyr Groysman met NATO Secretary General Jens Stoltenberg and President Donald Trump.',
    'kb/inconsistent-period',
  ],
  [
    'provenance/with link',
    'Story',
    'Read the full story at https://www.nbcnews.com/x.',
    'provenance/unverifiable-source-line',
  ],
  ['sourcing/named', 'Plans', 'According to Defence Minister Anna Berg, the deal is off.', 'sourcing/unnamed-source'],
  [
    'headline/negated headline',
    'No direct threat of Russian attack on NATO – US',
    '“We do not see such an imminent threat at the moment,” Kirby said.',
    'headline/framing-unsupported',
  ],
  [
    'headline/alarm supported',
    'NATO warns of Russian threat',
    'The alliance said the threat was growing and troops were on alert.',
    'headline/framing-unsupported',
  ],
  [
    'sensational/plain',
    'Council approves budget',
    'The council approved the budget on Tuesday by seven votes to two.',
    'language/sensational-word',
  ],
  [
    'splice/introduced proposal',
    'NATO meets',
    'France proposed sending trainers to Ukraine. This proposal is considered among several that NATO is weighing.',
    'coherence/unresolved-reference',
  ],
  [
    'splice/introduced envoy',
    'NATO names envoy',
    'NATO appointed a special envoy to Kyiv. Diplomats view the envoy’s role as limited.',
    'coherence/unresolved-reference',
  ],
]

describe('[credibility] article rules fire', () => {
  for (const [label, title, text, rule] of FIRES) {
    it(`[credibility/${label}]`, () => {
      assert.ok(rulesFired(title, text).includes(rule), `${rule} expected, got ${rulesFired(title, text).join(', ')}`)
    })
  }
})

describe('[credibility] article rules stay quiet (false positives)', () => {
  for (const [label, title, text, rule] of QUIET) {
    it(`[credibility/${label}]`, () => {
      assert.ok(!rulesFired(title, text).includes(rule), `${rule} fired on: ${text}`)
    })
  }
})

describe('[credibility] assessment', () => {
  it('every finding has a rule, an id, and a span inside the text; contributions add up to the score', () => {
    const a = article(
      'Jens Stoltenberg warns U.S. allies will defend Ukraine if Russia invades',
      'In a statement, NATO spokesman Dan Lund said the alliance is ready.\n\nIn September, Russian armed forces successfully annexed Crimea after Russia annexed the peninsula from Ukraine in 2014.\n\nRead the full story at NBC News.',
    )
    const { credibility, findings } = assessCredibility(a, alone)
    const rules = findings.map((f) => f.rule)
    for (const r of ['speaker/unknown-official', 'internal/event-date-conflict', 'provenance/unverifiable-source-line'])
      assert.ok(rules.includes(r), `${r} missing from ${rules.join(', ')}`)
    for (const f of findings) {
      assert.match(f.id, /^a1:f\d+$/)
      if (f.span) assert.ok(f.span[0] >= 0 && f.span[0] <= f.span[1] && f.span[1] <= a.text.length)
    }
    const lund = findings.find((f) => f.rule === 'speaker/unknown-official')
    assert.equal(a.text.slice(...(lund?.span ?? [0, 0])), 'Dan Lund')
    assert.equal(lund?.severity, 'alert')
    const logOdds = (credibility.contributions ?? []).reduce((s, c) => s + c.weight, 0)
    assert.ok(Math.abs(credibility.score - 1 / (1 + Math.exp(-logOdds))) < 0.002)
    assert.ok(credibility.score < 0.3, `score ${credibility.score}`)
  })

  it('a sober report scores above its sensational, badly sourced rewrite', () => {
    const sober = article(
      'Council approves harbour budget',
      'The city council approved the harbour budget on Tuesday by seven votes to two, Mayor Anna Berg said. The plan sets aside $4.2 million for repairs, according to the council’s finance report.',
    )
    const rewrite = article(
      'SHOCKING: Council DESTROYS harbour!!',
      'Insiders say the council secretly destroyed the harbour in a bombshell vote! According to sources, the corrupt plan is a disaster. You won’t believe what happens next!',
    )
    assert.ok(assessCredibility(sober, alone).credibility.score > assessCredibility(rewrite, alone).credibility.score)
  })

  it('contradiction and agreement from the cross-check stage move the score', () => {
    const a = article('Talks', 'The minister said no troops will be sent.')
    const statement = { article: 'a1', span: [0, 10] as [number, number], text: 'The minist' }
    const other = { article: 'b2', span: [0, 5] as [number, number], text: 'x' }
    const base = assessCredibility(a, alone).credibility.score
    const contradicted = assessCredibility(a, {
      ...alone,
      relations: [
        { id: 'r1', kind: 'contradicts', from: statement, to: other, note: 'troops', rule: 't', confidence: 1 },
      ],
    })
    assert.ok(contradicted.findings.some((f) => f.rule === 'crosscheck/contradicted' && f.related?.includes('b2')))
    assert.ok(contradicted.credibility.score < base)
    // Contradicted by one report while two others agree: information, not a warning.
    const agreeing = (id: string) => ({
      id,
      kind: 'agrees' as const,
      from: statement,
      to: { ...other, article: `c-${id}` },
      note: 'same',
      rule: 't',
      confidence: 1,
    })
    const outvoted = assessCredibility(a, {
      ...alone,
      relations: [
        { id: 'r1', kind: 'contradicts', from: statement, to: other, note: 'troops', rule: 't', confidence: 1 },
        agreeing('r3'),
        agreeing('r4'),
      ],
    })
    assert.equal(outvoted.findings.find((f) => f.rule === 'crosscheck/contradicted')?.severity, 'info')
    assert.equal(contradicted.findings.find((f) => f.rule === 'crosscheck/contradicted')?.severity, 'warning')
    const agreed = assessCredibility(a, {
      ...alone,
      relations: [{ id: 'r2', kind: 'agrees', from: statement, to: other, note: 'same', rule: 't', confidence: 1 }],
    })
    assert.ok(agreed.credibility.score > base)
  })

  it('a contradiction from the odd one out (a report others contradict too) is information, not a warning', () => {
    const a = article('Talks', 'The minister said no troops will be sent.')
    const statement = { article: 'a1', span: [0, 10] as [number, number], text: 'The minist' }
    const contradicts = {
      id: 'r1',
      kind: 'contradicts' as const,
      from: statement,
      note: 'troops',
      rule: 't',
      confidence: 1,
    }
    const severity = (relations: Relation[], opposed: Map<string, string[]>) =>
      assessCredibility(a, { ...alone, relations, contradictorsOpposed: opposed }).findings.find(
        (f) => f.rule === 'crosscheck/contradicted',
      )?.severity
    const byB = { ...contradicts, to: { article: 'b2', span: [0, 5] as [number, number], text: 'x' } }
    // b2 is contradicted by c3 as well: b2 is the outlier.
    assert.equal(severity([byB], new Map([['b2', ['c3']]])), 'info')
    // Nobody else disputes b2: the contradiction stands as a warning.
    assert.equal(severity([byB], new Map([['b2', []]])), 'warning')
    // This article is disputed by another report as well: two against one, still a warning.
    const byD = { ...contradicts, id: 'r2', to: { article: 'd4', span: [0, 5] as [number, number], text: 'y' } }
    assert.equal(
      severity(
        [byB, byD],
        new Map([
          ['b2', ['c3']],
          ['d4', []],
        ]),
      ),
      'warning',
    )
  })

  it('a quote altered in meaning is held against the version that altered it', () => {
    const quote = { article: 'a1', span: [0, 20] as [number, number], text: '“We will not send troops”' }
    const original = { article: 'b2', span: [0, 20] as [number, number], text: 'We will send troops' }
    const altered = {
      id: 'r1',
      kind: 'altered-quote' as const,
      from: original,
      to: quote,
      note: 'added: not (negation added)',
      rule: 'altered-quote/meaning-changed',
      confidence: 0.9,
    }
    const a = article('Talks', 'We will not send troops, the minister said.')
    const dated = (mine: string, theirs: string): CredibilityContext => ({
      ...alone,
      corpus: {
        ...view,
        article: (id) => article('', '', { id, published: id === 'a1' ? mine : theirs }),
      },
      relations: [altered],
    })
    const rule = (c: CredibilityContext) =>
      assessCredibility(a, c).findings.find((f) => f.rule === 'crosscheck/altered-quote')
    // [dated] the later version altered it; the earlier one is not blamed.
    assert.equal(rule(dated('2024-05-02', '2024-05-01'))?.severity, 'warning')
    assert.deepEqual(rule(dated('2024-05-02', '2024-05-01'))?.span, [0, 20])
    // The message quotes the words once, without the article's own quotation marks.
    assert.match(rule(dated('2024-05-02', '2024-05-01'))?.message ?? '', /^Quotes "We will not send troops" with/)
    assert.equal(rule(dated('2024-05-01', '2024-05-02')), undefined)
    // [undated] a third report carries the other version: this one is the odd one out.
    const grouped = {
      ...alone,
      relations: [altered],
      corroboration: [{ statement: original, outlets: ['x', 'y'], articles: ['b2', 'c3', 'a1'] }],
    }
    assert.equal(rule(grouped)?.severity, 'warning')
    // [undated] a third report repeats this version: the other one altered it.
    const backed = {
      ...alone,
      relations: [
        altered,
        {
          id: 'r2',
          kind: 'same-quote' as const,
          from: { ...quote, article: 'c3' },
          to: quote,
          note: 'same',
          rule: 't',
          confidence: 1,
        },
      ],
    }
    assert.equal(rule(backed), undefined)
    // [undated] the other version's own report agreeing elsewhere on this span does not back this version.
    const selfBacked = {
      ...alone,
      relations: [
        altered,
        { id: 'r3', kind: 'agrees' as const, from: original, to: quote, note: 'same', rule: 't', confidence: 1 },
      ],
    }
    assert.equal(rule(selfBacked)?.severity, 'info')
    // [undated] nothing tells them apart: information that one of the two altered it.
    assert.equal(rule({ ...alone, relations: [altered] })?.severity, 'info')
    // A change of words only (not of meaning) is no finding.
    assert.equal(rule({ ...alone, relations: [{ ...altered, rule: 'altered-quote/words-changed' }] }), undefined)
  })

  it('junk input never throws and keeps spans in range', () => {
    const junk = [
      '',
      '!!!',
      '“”“',
      'President',
      'a'.repeat(5000),
      'Read the full story at',
      '\n\n\n',
      '12 out of',
      '% of',
    ]
    for (const text of junk) {
      const a = article(text.slice(0, 20), text)
      const { credibility, findings } = assessCredibility(a, alone)
      assert.ok(credibility.score >= 0 && credibility.score <= 1)
      for (const f of findings) if (f.span) assert.ok(f.span[1] <= text.length)
    }
  })

  it('style features are finite numbers for any text', () => {
    for (const [t, b] of [
      ['', ''],
      ['A', 'b'],
      ['Headline', 'Body text. With two sentences!'],
    ] as const)
      for (const [name, v] of Object.entries(styleFeatures(t, b))) assert.ok(Number.isFinite(v), `${name} = ${v}`)
  })
})

describe('[credibility] attribution share', () => {
  it('counts named speakers from the quotes stage when it has quotes, from cue words otherwise', () => {
    const kb = loadKnowledgeBase()
    const text = '“We see no threat,” Jens Stoltenberg said. Sources familiar with the matter said talks failed.'
    const speaker = (name: string, mention: string) => ({
      entity: null,
      name,
      role: null,
      mention,
      mentionSpan: [0, 1] as [number, number],
    })
    const quote = (id: string, who: ReturnType<typeof speaker> | null) => ({
      id,
      article: 'a1',
      text: 'x',
      span: [0, 1] as [number, number],
      kind: 'direct' as const,
      cue: 'said',
      cueSpan: null,
      speaker: who,
    })
    const withQuotes = article('T', text, {
      quotes: [
        quote('q1', speaker('Jens Stoltenberg', 'Jens Stoltenberg')),
        quote('q2', speaker('sources', 'Sources familiar with the matter')),
        quote('q3', null),
      ],
    })
    assert.deepEqual(attributionShare(ruleInput(withQuotes, kb)), { sentences: 2, attributed: 3, named: 1 })
    const fromCues = attributionShare(ruleInput(article('T', text), kb))
    assert.equal(fromCues.attributed, 2)
    assert.equal(fromCues.named, 1)
  })
})

describe('[credibility] score combination', () => {
  it('more and worse findings lower the score; reputation moves it a little', () => {
    const f = (rule: string, severity: 'info' | 'warning' | 'alert') => ({
      id: 'x',
      article: 'a',
      rule,
      severity,
      message: '',
    })
    const base = NEUTRAL_SIGNALS
    const none = combineSignals({ ...base, findings: [] }).score
    const info = combineSignals({ ...base, findings: [f('a', 'info')] }).score
    const alert = combineSignals({ ...base, findings: [f('a', 'alert')] }).score
    assert.ok(none > info && info > alert)
    const capped = combineSignals({ ...base, findings: Array.from({ length: 50 }, () => f('a', 'info')) }).score
    assert.ok(capped > combineSignals({ ...base, findings: [f('a', 'alert'), f('b', 'alert')] }).score)
    const deprecated = combineSignals({ ...base, findings: [], reputation: 'deprecated' }).score
    assert.ok(deprecated < none && deprecated > alert, 'reputation informs, it does not decide')
  })

  it('statements one report contradicts weigh as that one report, the worst finding with it', () => {
    const base = NEUTRAL_SIGNALS
    const contradicted = (id: string, report: string, severity: 'info' | 'warning') => ({
      id,
      article: 'a',
      rule: 'crosscheck/contradicted',
      severity,
      message: '',
      related: [`r-${id}`, report],
    })
    const weight = (findings: ReturnType<typeof contradicted>[]) =>
      combineSignals({ ...base, findings }).contributions.find((c) => c.signal === 'crosscheck/contradicted')?.weight
    const one = weight([contradicted('f1', 'b', 'warning')])
    assert.equal(weight([contradicted('f1', 'b', 'warning'), contradicted('f2', 'b', 'info')]), one)
    assert.ok((weight([contradicted('f1', 'b', 'warning'), contradicted('f2', 'c', 'warning')]) ?? 0) < (one ?? 0))
  })
})

describe('[credibility] knowledge base', () => {
  it('maps role phrases to offices and names to people', () => {
    const kb = loadKnowledgeBase()
    assert.deepEqual(officesForRole(kb, 'NATO Secretary General').offices, ['nato.secretary-general'])
    assert.deepEqual(officesForRole(kb, 'Ukrainian Prime Minister').offices, ['ua.prime-minister'])
    assert.ok(
      officesForRole(kb, 'White House National Security Council spokesman').offices.includes('us.nsc-spokesperson'),
    )
    assert.equal(officesForRole(kb, 'President').qualified, false)
    assert.equal(findPerson(kb, 'Volodymyr Zelenskyy'), 'Volodymyr Zelensky')
    assert.equal(findPerson(kb, 'Dan Lund'), null)
    for (const h of kb.holdings) {
      assert.ok(kb.offices[h.office], `${h.person}: unknown office ${h.office}`)
      assert.ok(h.source.length > 0)
      if (h.start && h.end) assert.ok(h.start <= h.end, `${h.person} ${h.office}: ${h.start} > ${h.end}`)
    }
  })

  it('imports Wikidata P39 from SPARQL JSON and CSV', () => {
    const json = JSON.stringify({
      results: {
        bindings: [
          {
            personLabel: { value: 'Mark Rutte' },
            position: { value: 'http://www.wikidata.org/entity/Q1378331' },
            positionLabel: { value: 'Secretary General of NATO' },
            start: { value: '2024-10-01T00:00:00Z' },
          },
          { personLabel: { value: 'Q123' }, positionLabel: { value: 'x' } },
        ],
      },
    })
    const fromJson = importPositionHeld(json, 'p39.json', null)
    assert.equal(fromJson.added, 1)
    assert.equal(fromJson.skipped.length, 1)
    assert.deepEqual(fromJson.kb.holdings[0], {
      person: 'Mark Rutte',
      office: 'wd:Q1378331',
      start: '2024-10-01',
      end: null,
      source: 'Wikidata P39 (p39.json)',
    })
    assert.equal(fromJson.kb.offices['wd:Q1378331']?.org, 'NATO')
    const csv = 'personLabel,positionLabel,start,end\n"Kaja Kallas","Prime Minister of Estonia",2021-01-26,2024-07-23\n'
    const fromCsv = importPositionHeld(csv, 'p39.csv', JSON.stringify(fromJson.kb))
    assert.equal(fromCsv.added, 1)
    assert.equal(fromCsv.kb.holdings.length, 2)
    assert.equal(fromCsv.kb.holdings[1]?.end, '2024-07-23')
    assert.deepEqual(officesForRole(fromCsv.kb, 'Prime Minister of Estonia').offices, ['prime-minister-of-estonia'])
    // A position the shipped knowledge base has keeps its id, so the rules see the imported holder.
    const spokes = 'personLabel,positionLabel,start,end\nAnna Berg,spokesperson of NATO,2030-01-01,\n'
    const mapped = importPositionHeld(spokes, 'p39.csv', null, loadKnowledgeBase())
    assert.equal(mapped.kb.holdings[0]?.office, 'nato.spokesperson')
    assert.deepEqual(Object.keys(mapped.kb.offices), [])
  })
})

describe('[credibility] outlet reputation', () => {
  it('builds from perennial-sources JSONL and matches by domain and name', () => {
    const data = buildReputation(
      [
        JSON.stringify({
          name: 'Daily Example',
          status: 'gu',
          domain: 'example.co.uk',
          alltext: '{{WP:RSPSTATUS|gu}}',
        }),
        JSON.stringify({ name: 'Bad Site', status: 'd', domain: 'bad.example', alltext: '{{WP:RSPSTATUS|d|b=y}}' }),
        'not json',
      ].join('\n'),
      '2026-01-01',
    )
    assert.equal(data.entries.length, 2)
    assert.equal(data.entries[1]?.status, 'blacklisted')
    assert.match(data.$comment, /CC BY-SA 4\.0/)
    assert.throws(() => buildReputation('{}', 'x'), /No perennial-sources entries/)
  })

  it('the shipped data knows the seed outlets', () => {
    assert.equal(findReputation({ outlet: 'Daily Express US' })?.status, 'generally unreliable')
    assert.equal(findReputation({ url: 'https://www.express.co.uk/news/world/1' })?.name, 'Daily Express')
    assert.equal(findReputation({ outlet: 'RT' })?.status, 'deprecated')
    assert.equal(findReputation({ url: 'https://www.rt.com/news/1/' })?.status, 'deprecated')
    assert.equal(findReputation({ outlet: 'NBC News' })?.status, 'generally reliable')
    assert.equal(findReputation({ outlet: 'The Eastern Herald' }), null)
  })
})

describe('[credibility] specific facts and vague sourcing', () => {
  const cases: Array<[label: string, text: string, expected: string[]]> = [
    [
      'numbers without thousands separators, names inside sentences',
      'Officials said on Friday that 25,000 troops would go to Poland.',
      ['#25000', 'friday', 'poland'],
    ],
    ['a sentence-initial capital is not a name', 'The troops left. They went home.', []],
    ['possessives fold into the name', 'He met with Smith’s deputy and Smith.', ['smith']],
  ]
  for (const [label, text, expected] of cases)
    it(label, () => assert.deepEqual([...specificFacts(text)].sort(), expected.sort()))

  it('a specific report has more facts per word than a vague one', () => {
    const specific = styleFeatures(
      '',
      'Mayor Ana Ruiz said on May 10 that the city would spend $4 million on 12 bridges.',
    )
    const vague = styleFeatures('', 'Experts say the city will reportedly spend a lot of money on many bridges soon.')
    const at = (f: Record<string, number>, name: string) => f[name] ?? Number.NaN
    assert.ok(at(specific, 'factDensity') > at(vague, 'factDensity'))
    assert.deepEqual([at(specific, 'weaselAttribution'), at(specific, 'reportingHedges')], [0, 0])
    assert.ok(at(vague, 'weaselAttribution') > 0 && at(vague, 'reportingHedges') > 0)
  })
})

describe('[credibility] story specificity', () => {
  const specific = article(
    'Council approves budget',
    'The Harbor City council approved a $4.2 million budget on Tuesday, Mayor Ana Ruiz said. Councillor Tom Baker voted against it; 7 of 9 members backed the plan, which funds 12 new buses from March.',
    { id: 's1' },
  )
  const vague = article(
    'Council does something big',
    'The council did something very big this week and people are talking about it. Many think it is a good idea and some do not, but it will change everything for everyone.',
    { id: 'v1' },
  )
  const articles = new Map([
    ['s1', specific],
    ['v1', vague],
  ])
  const inStory = (mates: string[]): CredibilityContext => ({
    ...alone,
    corpus: { ...view, article: (id) => articles.get(id) },
    storyMates: mates,
  })
  const contribution = (a: Article, c: CredibilityContext) =>
    assessCredibility(a, c).credibility.contributions?.find((x) => x.signal === 'story-specificity')?.weight

  it('raises the more specific report of a story and lowers the vaguer one', () => {
    assert.ok((contribution(specific, inStory(['v1'])) ?? 0) > 0)
    assert.ok((contribution(vague, inStory(['s1'])) ?? 0) < 0)
    const vagueAlone = assessCredibility(vague, alone).credibility.score
    assert.ok(assessCredibility(vague, inStory(['s1'])).credibility.score < vagueAlone)
  })

  it('names the vaguer report in a finding, which explains the signal without counting twice', () => {
    const { findings, credibility } = assessCredibility(vague, inStory(['s1']))
    assert.ok(findings.some((f) => f.rule === 'crosscheck/less-specific'))
    assert.ok(!credibility.contributions?.some((c) => c.signal === 'crosscheck/less-specific'))
    assert.ok(!assessCredibility(specific, inStory(['v1'])).findings.some((f) => f.rule === 'crosscheck/less-specific'))
  })

  it('is no signal for a story of one report', () => {
    assert.equal(contribution(vague, alone), undefined)
    assert.equal(contribution(vague, inStory([])), undefined)
  })

  it('a contradiction from a vaguer report is information, from a more specific one a warning', () => {
    const relation = (from: string, to: string) => ({
      id: 'r1',
      kind: 'contradicts' as const,
      from: { article: from, span: [0, 10] as [number, number], text: 'x' },
      to: { article: to, span: [0, 10] as [number, number], text: 'y' },
      note: 'approved vs rejected',
      rule: 't',
      confidence: 1,
    })
    const severity = (a: Article, r: ReturnType<typeof relation>) =>
      assessCredibility(a, { ...inStory([]), relations: [r] }).findings.find(
        (f) => f.rule === 'crosscheck/contradicted',
      )?.severity
    assert.equal(severity(specific, relation('v1', 's1')), 'info')
    assert.equal(severity(vague, relation('s1', 'v1')), 'warning')
  })
})

describe('[credibility] corroborated names', () => {
  const a = article('Council approves budget', 'Mayor Ana Ruiz and Councillor Tom Baker backed the budget.')
  const entity = (id: string, articles: string[]) => ({
    id,
    name: id,
    kind: 'person' as const,
    aliases: [],
    roles: [],
    mentions: articles.map((article) => ({ article, span: [0, 3] as [number, number] })),
  })
  const withEntities = (list: ReturnType<typeof entity>[]): CredibilityContext => ({
    ...alone,
    entities: new Map(list.map((e) => [e.id, e])),
    entityArticleCount: new Map(list.map((e) => [e.id, new Set(e.mentions.map((m) => m.article)).size])),
  })
  const weight = (c: CredibilityContext) =>
    assessCredibility(a, c).credibility.contributions?.find((x) => x.signal === 'corroborated-names')?.weight

  it('raises an article whose names other reports also give, lowers one whose names are its own', () => {
    const shared = weight(withEntities([1, 2, 3, 4, 5].map((i) => entity(`e${i}`, ['a1', 'b2']))))
    const own = weight(withEntities([entity('e1', ['a1']), entity('e2', ['a1']), entity('x', ['b2', 'c3'])]))
    assert.ok((shared ?? 0) > 0, `shared ${shared}`)
    assert.ok((own ?? 0) < 0, `own ${own}`)
  })

  it('is left out when no two reports of the corpus share a name', () => {
    assert.equal(weight(alone), undefined)
    assert.equal(weight(withEntities([entity('e1', ['a1']), entity('e2', ['b2'])])), undefined)
  })
})
