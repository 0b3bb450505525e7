/** `triangulate kb`: the office-holder knowledge base; import Wikidata P39 ("position held") data to extend it. */
import { readFileSync, writeFileSync } from 'node:fs'
import type { Command } from 'commander'

/** Registers `kb import FILE` and `kb show NAME` on the program. */
export function registerKbCommand(program: Command): void {
  const kb = program.command('kb').description('The office-holder knowledge base (who held which office when)')
  kb.command('import')
    .description('Import Wikidata P39 "position held" results (SPARQL JSON or CSV) into a knowledge-base file')
    .argument('<file>', 'SPARQL JSON results or CSV with person, position, start, end columns (labels or ids)')
    .option('-o, --out <file>', 'knowledge-base file to write (merged into it when it exists)', 'triangulate-kb.json')
    .addHelpText(
      'after',
      `
Then set TRIANGULATE_KB to the written file: analyze reads it beside the shipped knowledge base.

Example SPARQL (query.wikidata.org, download as JSON or CSV):
  SELECT ?personLabel ?positionLabel ?start ?end WHERE {
    VALUES ?position { wd:Q1378331 }   # e.g. Secretary General of NATO
    ?person p:P39 ?st . ?st ps:P39 ?position .
    OPTIONAL { ?st pq:P580 ?start } OPTIONAL { ?st pq:P582 ?end }
    SERVICE wikibase:label { bd:serviceParam wikibase:language "en" } }`,
    )
    .action(async (file: string, opts: { out: string }) => {
      const { importPositionHeld } = await import('../../credibility/kb-import.js')
      const { loadKnowledgeBase } = await import('../../credibility/knowledge-base.js')
      let existing: string | null = null
      try {
        existing = readFileSync(opts.out, 'utf8')
      } catch {
        existing = null
      }
      const {
        kb: result,
        added,
        skipped,
      } = importPositionHeld(readFileSync(file, 'utf8'), file, existing, loadKnowledgeBase())
      writeFileSync(opts.out, `${JSON.stringify(result, null, 1)}\n`)
      for (const s of skipped.slice(0, 10)) process.stderr.write(`triangulate: skipped ${s}\n`)
      process.stdout.write(
        `Imported ${added} holding(s) into ${opts.out}${skipped.length ? `, ${skipped.length} row(s) skipped` : ''}. Use: TRIANGULATE_KB=${opts.out}\n`,
      )
    })
  kb.command('show')
    .description('Print the offices a person held, as the knowledge base knows them')
    .argument('<name>', 'person name')
    .action(async (name: string) => {
      const { findPerson, loadKnowledgeBase } = await import('../../credibility/knowledge-base.js')
      const base = loadKnowledgeBase()
      const person = findPerson(base, name)
      if (!person) {
        process.stdout.write(`${name}: not in the knowledge base\n`)
        process.exitCode = 1
        return
      }
      for (const h of base.holdings.filter((x) => x.person === person))
        process.stdout.write(`${person}\t${h.office}\t${h.start ?? '?'}\t${h.end ?? 'now'}\t${h.source}\n`)
    })
}
