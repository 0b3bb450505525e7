/** `triangulate ingest`: add articles to a store and bring its stories, relations and findings up to date. */
import type { Command } from 'commander'
import { DEFAULT_DB } from '../../store/defaults.js'
import { progressReporter } from '../progress.js'

/** Registers `ingest` on the program. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Add articles (files, folders, URLs, RSS/Atom feeds) to a store and update the corpus stages')
    .argument(
      '<inputs...>',
      'files, folders (read recursively), http(s) URLs, or feeds (.rss/.atom/.xml or a feed URL)',
    )
    .option('--db <file>', 'SQLite database file (created if needed)', DEFAULT_DB)
    .option(
      '--checkpoint <n>',
      'update stories, relations and findings every n new articles (default 1000, or a quarter of the store)',
    )
    .option('--workers <n>', 'worker threads for the article stages (0: in-process)')
    .option('--allow-private', 'allow fetching URLs on loopback or private addresses')
    .option('-q, --quiet', 'no progress or summary')
    .addHelpText(
      'after',
      `
The same article twice is a no-op (content hash); the same URL (or file) with changed text is kept as a new
version linked to the old one. Each article is stored in its own transaction: a killed ingest loses nothing
already stored, and the next run brings the derived tables up to date.

Example:
  triangulate ingest examples/harbor-week --db dossier.db
  triangulate serve --db dossier.db`,
    )
    .action(
      async (
        inputs: string[],
        opts: { db: string; checkpoint?: string; workers?: string; allowPrivate?: boolean; quiet?: boolean },
      ) => {
        const started = Date.now()
        // Loaded when the command runs, so other commands start without SQLite and every stage.
        const { createDossierWriter, openStore } = await import('../../store/index.js')
        const store = openStore(opts.db)
        const progress = progressReporter(Boolean(opts.quiet))
        try {
          const writer = createDossierWriter(store)
          const summary = await writer.ingest(inputs, {
            fetch: { allowPrivate: Boolean(opts.allowPrivate) },
            ...(opts.checkpoint !== undefined ? { checkpointEvery: Number(opts.checkpoint) || 1000 } : {}),
            ...(opts.workers !== undefined ? { workers: Number(opts.workers) || 0 } : {}),
            onProgress: progress.onProgress,
          })
          progress.stop()
          for (const e of summary.errors) process.stderr.write(`triangulate: skipped ${e.source}: ${e.reason}\n`)
          if (!opts.quiet) {
            const stats = await store.stats()
            const seconds = (Date.now() - started) / 1000
            process.stdout.write(
              `Ingested into ${opts.db} in ${seconds.toFixed(1)}s: ${summary.added} new, ${summary.versions} new version(s), ` +
                `${summary.duplicates} unchanged, ${summary.errors.length} skipped.\n` +
                `  store: ${stats.articles} articles, ${stats.stories} stories, ${stats.quotes} quotes, ` +
                `${stats.relations} relations, ${stats.findings} findings\n`,
            )
          }
          if (summary.errors.length && summary.added + summary.versions + summary.duplicates === 0) process.exitCode = 1
        } finally {
          progress.stop()
          await store.close()
        }
      },
    )
}
