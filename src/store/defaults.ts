/** Default database file of `ingest` and `serve` (apart, so the CLI can name it without loading SQLite). */
export const DEFAULT_DB = 'triangulate.db'
