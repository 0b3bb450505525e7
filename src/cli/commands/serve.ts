/** `triangulate serve`: the web app and JSON API over a store. */
import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import { DEFAULT_DB } from '../../store/defaults.js'

/** Registers `serve` on the program. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the web app and the JSON API over a store (default http://127.0.0.1:8080/)')
    .option('--db <file>', 'SQLite database file made by `triangulate ingest`', DEFAULT_DB)
    .option('--port <n>', 'port', '8080')
    .option('--host <host>', 'address to bind; anything but loopback requires a token', '127.0.0.1')
    .option('--token <token>', 'require this token on every request (default: $TRIANGULATE_TOKEN)')
    .option('--max-body <bytes>', 'largest request body accepted', String(2 * 1024 * 1024))
    .addHelpText(
      'after',
      `
API: GET /api/articles, /api/articles/:id, /api/stories, /api/stories/:id, /api/entities/:id, /api/search?q=,
POST /api/articles (JSON {text|html, url?, title?, outlet?, published?}); described at /api/openapi.json.
With a token, send "Authorization: Bearer <token>", or open /?token=<token> once in a browser.`,
    )
    .action(async (opts: { db: string; port: string; host: string; token?: string; maxBody: string }) => {
      if (!existsSync(opts.db) && opts.db !== ':memory:')
        process.stderr.write(`triangulate: ${opts.db} does not exist yet; starting with an empty store\n`)
      const token = opts.token ?? process.env.TRIANGULATE_TOKEN
      const [{ serveApp }, { openStore }] = await Promise.all([
        import('../../server/index.js'),
        import('../../store/index.js'),
      ])
      const store = openStore(opts.db)
      const port = Number(opts.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be 0..65535, not ${opts.port}`)
      const server = await serveApp({
        store,
        host: opts.host,
        port,
        maxBodyBytes: Number(opts.maxBody) || 2 * 1024 * 1024,
        ...(token ? { token } : {}),
      })
      process.stdout.write(`Triangulate is serving ${opts.db} at ${server.url}\n`)
      const stop = async () => {
        await server.close()
        await store.close()
        process.exit(0)
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}
