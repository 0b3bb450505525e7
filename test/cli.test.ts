import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { promisify } from 'node:util'
import { dossierJsonSchema } from '../src/model/schema.js'
import { ROOT } from './helpers/shared.js'

const run = promisify(execFile)
const CLI = join(ROOT, 'dist', 'cli', 'main.js')

const ARTICLE = `Harbor bridge to reopen on Monday

The Larkspur Bridge will reopen to traffic on Monday, city officials said.

“We expect the first cars across by seven in the morning,” Mayor Ada Linden said on Friday.
`

describe('[cli] contract', () => {
  it('--help lists the commands', async () => {
    const { stdout } = await run(process.execPath, [CLI, '--help'])
    for (const command of ['analyze', 'extract', 'quotes']) assert.match(stdout, new RegExp(`\\b${command}\\b`))
  })

  it('extract --jsonl prints one object per input with the contract fields', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tri-cli-'))
    await writeFile(join(dir, 'a.txt'), ARTICLE)
    await writeFile(join(dir, 'b.txt'), ARTICLE.replace('Monday', 'Tuesday'))
    const { stdout } = await run(process.execPath, [CLI, 'extract', '--jsonl', dir])
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    assert.equal(lines.length, 2)
    for (const o of lines) {
      assert.deepEqual(Object.keys(o).sort(), [
        'byline',
        'language',
        'outlet',
        'published',
        'source',
        'text',
        'title',
        'url',
      ])
      assert.match(o.text, /Larkspur Bridge/)
      assert.doesNotMatch(o.text, /^Harbor bridge to reopen/)
    }
    assert.equal(lines[0].source, join(dir, 'a.txt'))
  })

  it('quotes --no-clean spans index the file as read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tri-cli-'))
    const file = join(dir, 'a.txt')
    await writeFile(file, ARTICLE)
    const { stdout } = await run(process.execPath, [CLI, 'quotes', '--jsonl', '--no-clean', file])
    const [result] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    const text = await readFile(file, 'utf8')
    assert.ok(result.quotes.length >= 1)
    for (const q of result.quotes) {
      assert.equal(text.slice(q.span[0], q.span[1]), q.text)
      if (q.speaker) assert.equal(text.slice(q.speaker.mentionSpan[0], q.speaker.mentionSpan[1]), q.speaker.mention)
    }
    const linden = result.quotes.find((q: { speaker: { name: string } | null }) => q.speaker?.name.includes('Linden'))
    assert.ok(linden, 'the mayor is quoted')
  })

  it('a missing input exits non-zero with the path and reason on stderr', async () => {
    await assert.rejects(run(process.execPath, [CLI, 'extract', '/no/such/file.txt']), (error: { stderr: string }) => {
      assert.match(error.stderr, /\/no\/such\/file\.txt: no such file/)
      return true
    })
  })

  it('the published JSON Schema is up to date with the zod schema', async () => {
    const published = JSON.parse(await readFile(join(ROOT, 'schema', 'dossier.schema.json'), 'utf8'))
    assert.deepEqual(published, dossierJsonSchema(), 'run `node dist/cli/main.js schema > schema/dossier.schema.json`')
  })
})
