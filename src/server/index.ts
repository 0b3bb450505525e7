/** The web app and API server: `createApp` (no port, for tests) and `serveApp` (listens). */
import { isIP } from 'node:net'
import { serve } from '@hono/node-server'
import { createApp } from './app.js'

export { type AppOptions, createApp, DEFAULT_MAX_BODY_BYTES, SERVER_LINKS } from './app.js'
export { openApiDocument } from './openapi.js'

/** True for host names and addresses that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (h === 'localhost' || h.endsWith('.localhost')) return true
  if (isIP(h) === 4) return h.startsWith('127.')
  return h === '::1'
}

/** Options of `serveApp`. */
export interface ServeOptions {
  host: string
  port: number
  token?: string
}

/**
 * Starts listening. Refuses a non-loopback host without a token: anyone on the network could read the dossier
 * and add articles. On loopback, only Host headers naming this machine are accepted (DNS rebinding).
 */
export function serveApp(
  options: ServeOptions & Omit<Parameters<typeof createApp>[0], 'token' | 'allowedHosts'>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const { host, port, token, ...rest } = options
  const loopback = isLoopbackHost(host)
  if (!loopback && !token)
    throw new Error(`Cannot serve on ${host} without a token: pass --token or set TRIANGULATE_TOKEN (or use 127.0.0.1)`)
  const allowedHosts = loopback ? ['localhost', '127.0.0.1', '[::1]', host.includes(':') ? `[${host}]` : host] : []
  const app = createApp({ ...rest, ...(token ? { token } : {}), allowedHosts })
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `http://${shown}:${info.port}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done())
            // Idle keep-alive connections would hold the close open for seconds.
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
  })
}
