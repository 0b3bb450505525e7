#!/usr/bin/env node
/** The `triangulate` command line. Each command is a thin shell over the library in `src/`. */
import { Command, Option } from 'commander'
import type { Article, Source } from '../model/index.js'
import { registerIngest } from './commands/ingest.js'
import { registerKbCommand } from './commands/kb.js'
import { registerReputationCommand } from './commands/reputation.js'
import { registerServe } from './commands/serve.js'
import { progressReporter } from './progress.js'

const program = new Command()
program
  .name('triangulate')
  .description(
    'Cross-check the news: who said what, what agrees, what conflicts, and how far each report can be trusted.',
  )
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')

const allowPrivate = new Option('--allow-private', 'allow fetching URLs on loopback or private addresses')

/** Prints objects as a JSON array, or one per line with --jsonl. */
function printer(jsonl: boolean) {
  let first = true
  return {
    item(value: unknown) {
      if (jsonl) process.stdout.write(`${JSON.stringify(value)}\n`)
      else {
        process.stdout.write(`${first ? '[\n' : ',\n'}${JSON.stringify(value, null, 2)}`)
        first = false
      }
    },
    end() {
      if (!jsonl) process.stdout.write(first ? '[]\n' : '\n]\n')
    },
  }
}

/** Runs the article stages over every input, printing one object per article; errors go to stderr. */
async function eachArticle(
  paths: string[],
  opts: { noClean?: boolean; allowPrivate?: boolean },
  onArticle: (article: Article) => void,
  stages: (source: Source, options: { noClean: boolean }) => Article,
): Promise<number> {
  // Stage modules load when a command runs, so `--help` and light commands start fast.
  const { IngestError, readSources } = await import('../ingest/index.js')
  let failures = 0
  for await (const item of readSources(paths, { fetch: { allowPrivate: Boolean(opts.allowPrivate) } })) {
    if ('error' in item) {
      failures++
      process.stderr.write(`triangulate: ${item.error.message}\n`)
      continue
    }
    try {
      onArticle(stages(item.source, { noClean: Boolean(opts.noClean) }))
    } catch (error) {
      failures++
      process.stderr.write(
        `triangulate: ${item.source.origin}: ${error instanceof IngestError ? error.reason : (error as Error).message}\n`,
      )
    }
  }
  return failures
}

/** The flags of `analyze`. */
type AnalyzeFlags = { out: string; raw?: boolean; quiet?: boolean; allowPrivate?: boolean; styleModel?: string }

program
  .command('analyze')
  .description(
    'Analyze articles (files, folders, URLs, feeds, JSON/JSONL) and write dossier.json, dossier.md and index.html',
  )
  .argument('<inputs...>', 'files, folders (read recursively) or http(s) URLs')
  .option('-o, --out <dir>', 'output folder', 'triangulate-report')
  .option('--raw', 'include each article’s raw input in dossier.json')
  .option('-q, --quiet', 'no progress or summary')
  .option(
    '--style-model <file>',
    'credibility style model (JSON) instead of the shipped one [env: TRIANGULATE_STYLE_MODEL]',
  )
  .addOption(allowPrivate)
  .addHelpText(
    'after',
    `
Reads .txt, .md, .html, .htm, .html.gz, .json/.jsonl of {text|html, url?, title?, outlet?, published?},
RSS/Atom feeds (.rss, .atom, .xml or a feed URL) and lists of URLs (.urls, or a .txt of nothing but URLs).
Unreadable inputs are reported by path and reason; the rest are analyzed.

Example:
  triangulate analyze examples/harbor-week --out report
  open report/index.html`,
  )
  .action(async (inputs: string[], opts: AnalyzeFlags) => {
    const started = Date.now()
    // A style model given at run time (cross-fitted evaluation, a user's own training): a bad file stops the run.
    const styleModelFile = opts.styleModel ?? process.env.TRIANGULATE_STYLE_MODEL
    const styleModel = styleModelFile ? (await import('../credibility/style.js')).loadStyleModel(styleModelFile) : null
    const progress = progressReporter(Boolean(opts.quiet))
    const [{ analyzeInputs }, { writeReport }] = await Promise.all([
      import('../pipeline/analyze.js'),
      import('../report/index.js'),
    ])
    const { dossier, errors, duplicates } = await analyzeInputs(inputs, {
      includeRaw: Boolean(opts.raw),
      fetch: { allowPrivate: Boolean(opts.allowPrivate) },
      onProgress: progress.onProgress,
      ...(styleModel ? { credibility: { styleModel } } : {}),
    })
    progress.stop()
    const files = await writeReport(dossier, opts.out)
    for (const e of errors) process.stderr.write(`triangulate: skipped ${e.source}: ${e.reason}\n`)
    if (!opts.quiet) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      const lowest = [...dossier.articles].sort((a, b) => a.credibility.score - b.credibility.score)[0]
      const count = (kind: string) => dossier.relations.filter((r) => r.kind === kind).length
      const lines = [
        `Analyzed ${dossier.articles.length} article(s) in ${seconds}s${errors.length ? `, ${errors.length} input(s) skipped` : ''}${duplicates.length ? `, ${duplicates.length} exact duplicate(s) ignored` : ''}.`,
        `  ${dossier.stories.length} stories, ${dossier.quotes.length} quotes, ${dossier.entities.length} entities`,
        `  relations: ${count('same-quote')} same-quote, ${count('altered-quote')} altered-quote, ${count('agrees')} agrees, ${count('contradicts')} contradicts`,
        `  ${dossier.findings.length} findings${lowest ? `; least credible: ${lowest.title ?? lowest.source} (${lowest.credibility.score.toFixed(2)})` : ''}`,
        `Report: ${files.html}`,
        `        ${files.markdown}`,
        `        ${files.json}`,
      ]
      process.stdout.write(`${lines.join('\n')}\n`)
    }
    if (dossier.articles.length === 0) process.exitCode = 1
  })

program
  .command('extract')
  .description('Print the clean text and metadata of each article')
  .argument('<inputs...>', 'files, folders or URLs')
  .option('--jsonl', 'one JSON object per line')
  .addOption(allowPrivate)
  .action(async (inputs: string[], opts: { jsonl?: boolean; allowPrivate?: boolean }) => {
    const { extractArticle } = await import('../extract/index.js')
    const out = printer(Boolean(opts.jsonl))
    const failures = await eachArticle(
      inputs,
      opts,
      (a) =>
        out.item({
          source: a.source,
          url: a.url,
          outlet: a.outlet,
          title: a.title,
          byline: a.byline,
          published: a.published,
          language: a.language,
          text: a.text,
        }),
      // Extraction only: the later article stages add nothing to this output.
      extractArticle,
    )
    out.end()
    if (failures) process.exitCode = 2
  })

program
  .command('quotes')
  .description('Print the quotes of each article with their speakers (spans index the clean text)')
  .argument('<inputs...>', 'files, folders or URLs')
  .option('--jsonl', 'one JSON object per line')
  .option('--no-clean', 'take text files as they are (spans then index the file as read)')
  .addOption(allowPrivate)
  .action(async (inputs: string[], opts: { jsonl?: boolean; clean: boolean; allowPrivate?: boolean }) => {
    const { processSource } = await import('../pipeline/index.js')
    const out = printer(Boolean(opts.jsonl))
    const failures = await eachArticle(
      inputs,
      { noClean: !opts.clean, allowPrivate: Boolean(opts.allowPrivate) },
      (a) =>
        out.item({
          source: a.source,
          quotes: a.quotes.map((q) => ({
            text: q.text,
            span: q.span,
            ...(q.spans ? { spans: q.spans } : {}),
            kind: q.kind,
            cue: q.cue,
            speaker: q.speaker
              ? {
                  name: q.speaker.name,
                  role: q.speaker.role,
                  mention: q.speaker.mention,
                  mentionSpan: q.speaker.mentionSpan,
                }
              : null,
          })),
        }),
      processSource,
    )
    out.end()
    if (failures) process.exitCode = 2
  })

program
  .command('schema')
  .description('Print the JSON Schema of dossier.json')
  .action(async () => {
    const { dossierJsonSchema } = await import('../model/schema.js')
    process.stdout.write(`${JSON.stringify(dossierJsonSchema(), null, 2)}\n`)
  })

registerIngest(program)
registerServe(program)
registerReputationCommand(program)
registerKbCommand(program)

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`triangulate: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
