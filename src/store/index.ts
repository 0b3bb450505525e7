/** The dossier store: a storage interface, its SQLite implementation, and ingest into it. */

import { DEFAULT_DB } from './defaults.js'
import { openSqliteStore } from './sqlite.js'
import type { Store } from './types.js'

export {
  createDossierWriter,
  type DossierWriter,
  type IngestOptions,
  type IngestSummary,
  sourceHash,
} from './ingest.js'
export { MIGRATIONS } from './migrations.js'
export { ftsQuery, openSqliteStore, type SqliteStoreOptions } from './sqlite.js'
export * from './types.js'
export { DEFAULT_DB }

/**
 * Opens the store a `--db` value names. Today every value is a SQLite file path; a `postgres://` URL is reserved
 * for a PostgreSQL backend implementing the same `Store` interface.
 */
export function openStore(location: string = DEFAULT_DB, options: { readonly?: boolean } = {}): Store {
  if (/^postgres(ql)?:\/\//i.test(location))
    throw new Error(`Cannot open ${location}: the PostgreSQL backend is not implemented yet; use a SQLite file path`)
  return openSqliteStore(location, options)
}
