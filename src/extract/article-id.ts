import { createHash } from 'node:crypto'

const SPACE = /\s+/g

/**
 * Content-addressed article id: a hash of the normalised text (case and whitespace folded), so the same text read
 * twice gets the same id. Pass `salt` (e.g. the outlet) when two outlets carry the same text and both must be kept.
 */
export function articleId(text: string, salt = ''): string {
  const normalised = text.normalize('NFKC').replace(SPACE, ' ').trim().toLowerCase()
  return createHash('sha256').update(salt).update('\u0000').update(normalised).digest('hex').slice(0, 16)
}
