// The train / held-out split of the credibility dev sets, shared by scripts/train-style-model.mjs and
// bench/credibility.mjs so the bench can report figures on articles the text model never saw.
// A paired story (X.legit.txt, X.fake.txt) stays on one side; a Horne 2017 file is keyed by its label folder and
// name. The side is a stable hash of that key: about half the articles train, the other half is held out.
import { basename, dirname } from 'node:path'

/** The split key of an input path: the story for paired files, `Label/name` otherwise. */
export function splitKey(source) {
  const path = String(source).replace(/#\d+$/, '')
  const name = basename(path)
  const paired = name.match(/^(.*)\.(legit|fake)\.txt$/)
  if (paired) return paired[1]
  return `${basename(dirname(path))}/${name}`
}

/** FNV-1a, 32 bits: stable across runs and machines. */
function fnv1a(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** True when the input belongs to the training half. */
export function isTrainingSource(source) {
  return fnv1a(splitKey(source)) % 2 === 0
}
