import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** `../shared` beside the project, where tests and benchmarks (never the product) may read. */
export const SHARED = join(ROOT, '..', 'shared')

/** Why a test that needs ../shared is skipped, or false when it is there. */
export const skipWithoutShared: string | false = existsSync(join(SHARED, 'seeds'))
  ? false
  : `../shared is absent (expected at ${SHARED}); seed and benchmark tests skipped`
