/** `triangulate reputation`: look up an outlet's rating, or rebuild the ratings from a newer perennial-sources file. */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'

/** Where the shipped reputation data lives, beside the compiled credibility module. */
function shippedPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'credibility', 'data', 'reputation.json')
}

/** Registers `reputation refresh FILE` and `reputation show OUTLET` on the program. */
export function registerReputationCommand(program: Command): void {
  const reputation = program
    .command('reputation')
    .description('Outlet reputation from Wikipedia’s perennial-sources list (CC BY-SA 4.0): one signal, not a verdict')
  reputation
    .command('refresh')
    .description('Rebuild the reputation data from a perennial-sources JSONL export')
    .argument('<file>', 'perennial-sources JSONL (one outlet per line: name, status, domain, ...)')
    .option('-o, --out <file>', 'where to write the data (default: the installed data file)')
    .option('--compiled <date>', 'date of the export, for the source note', new Date().toISOString().slice(0, 10))
    .action(async (file: string, opts: { out?: string; compiled: string }) => {
      const { buildReputation } = await import('../../credibility/reputation.js')
      const data = buildReputation(readFileSync(file, 'utf8'), opts.compiled)
      const out = opts.out ?? shippedPath()
      writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`)
      const counts = new Map<string, number>()
      for (const e of data.entries) counts.set(e.status, (counts.get(e.status) ?? 0) + 1)
      process.stdout.write(
        `Wrote ${data.entries.length} outlets to ${out} (${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')})\n`,
      )
    })
  reputation
    .command('show')
    .description('Print the rating of an outlet, by name, domain or URL')
    .argument('<outlet>', 'outlet name ("Daily Express"), domain or URL')
    .action(async (outlet: string) => {
      const { findReputation } = await import('../../credibility/reputation.js')
      const url = /^https?:\/\//.test(outlet)
        ? outlet
        : /^[\w-]+(\.[\w-]+)+$/.test(outlet)
          ? `https://${outlet}/`
          : null
      const hit = findReputation(url ? { url } : { outlet })
      if (!hit) {
        process.stdout.write(`${outlet}: not rated\n`)
        process.exitCode = 1
        return
      }
      process.stdout.write(
        `${hit.name}${hit.qualifier ? ` ${hit.qualifier}` : ''}: ${hit.status} (${hit.domains.join(', ')})\n`,
      )
    })
}
