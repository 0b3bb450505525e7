/**
 * Stories stage: group articles reporting the same event, online, and find copies.
 *
 * Each article is a tf-idf vector of its content terms (document frequencies grow with the corpus). An inverted
 * index from an article's most distinctive terms to the stories that had them gives a handful of candidate stories;
 * the article is compared with those candidates only (cosine against the story's term profile) and joins the best
 * one above a threshold, or opens a new story. Posting lists and story profiles are capped, so adding article
 * n+1 costs about the same as adding article 2. Copies come from MinHash/LSH (`copies.ts`).
 */
import type { StoryIndex } from '../model/corpus.js'
import type { Article, CopyLink, Story } from '../model/index.js'
import { createCopyDetector } from './copies.js'
import { termHashCounts } from './terms.js'

/** Terms of an article that go into the index and are looked up: its most distinctive ones. */
const KEY_TERMS = 24
/** Stories remembered per term: the most recent ones (old stories stop being offered for very common terms). */
const POSTING_CAP = 48
/** Candidate stories compared in full. */
const CANDIDATES = 8
/** Terms kept in a story's profile. */
const PROFILE_CAP = 200
/** Cosine similarity to a story's profile at or above which an article joins it (tuned on the pairs dev set). */
export const JOIN_SIMILARITY = 0.18
/** A title counts this many times the body: it names the story. */
const TITLE_WEIGHT = 3
/** Articles more than this many days from a story's dates do not join it (when both have dates). */
const WINDOW_DAYS = 10

/** Slots of the document-frequency table (terms and two-word phrases, by hash). */
const DF_SLOTS = 1 << 23
const DF_MASK = DF_SLOTS - 1
/** Natural logarithms of small counts, so idf costs a table read. */
const LOG_TABLE = Float64Array.from({ length: 1 << 16 }, (_, n) => Math.log(n))
const DAY_MS = 86_400_000
/** Articles between two sweeps for stories out of the time window. */
const ARCHIVE_EVERY = 1000
/** Days after its last article that a dated story stops taking articles (late arrivals included). */
const ARCHIVE_AFTER_DAYS = 60

interface StoryState {
  story: Story
  /** Summed term counts of its articles (capped to the strongest terms). */
  profile: Map<number, number>
  /** Norm of the profile's tf-idf vector as of `weighedAt`. */
  norm: number
  /** Corpus size when the weights were computed. */
  weighedAt: number
  /** Out of the time window of the newest articles: its profile is dropped and it takes no new article. */
  archived: boolean
}

/** Options of `createStoryIndex`. */
export interface StoryIndexOptions {
  /** Cosine threshold to join a story. Default `JOIN_SIMILARITY`. */
  joinSimilarity?: number
}

/** A new, empty story index. */
export function createStoryIndex(options: StoryIndexOptions = {}): StoryIndex {
  const joinAt = options.joinSimilarity ?? JOIN_SIMILARITY
  const stories: StoryState[] = []
  const copies: CopyLink[] = []
  const detector = createCopyDetector()
  /** Document frequency by term hash, in a fixed table (the hashing trick: bounded memory, rare collisions). */
  const df = new Uint32Array(DF_SLOTS)
  const postings = new Map<number, number[]>()
  const storyOfArticle = new Map<string, StoryState>()
  let documents = 0
  /** Newest publication time seen (ms), and the dated stories not yet archived. */
  let latest = Number.NEGATIVE_INFINITY
  const dated = new Set<StoryState>()

  let logDocuments = 0
  const idf = (term: number) => {
    const n = (df[term & DF_MASK] as number) + 1
    return logDocuments - (n < LOG_TABLE.length ? (LOG_TABLE[n] as number) : Math.log(n)) + 1
  }
  const weight = (count: number) => 1 + Math.log(count)

  /**
   * Cosine of the article's tf-idf vector with the story's profile. The dot product uses today's idf; the story's
   * norm is recomputed once the corpus has grown by a tenth since (it moves slowly, and costs a pass over the profile).
   */
  function cosine(vector: Map<number, number>, norm: number, state: StoryState): number {
    if (documents > 1.1 * state.weighedAt + 1) reweigh(state)
    let dot = 0
    for (const [term, v] of vector) {
      const count = state.profile.get(term)
      if (count !== undefined) dot += v * weight(count) * idf(term)
    }
    return dot / (state.norm * norm || 1)
  }

  /** Recomputes the norm of a story's tf-idf profile. */
  function reweigh(state: StoryState): void {
    let sum = 0
    for (const [term, count] of state.profile) {
      const w = weight(count) * idf(term)
      sum += w * w
    }
    state.norm = Math.sqrt(sum)
    state.weighedAt = documents
  }

  /** Drops the profiles of dated stories that ended a window before the newest article: memory stays bounded. */
  function archiveOldStories(): void {
    for (const state of dated) {
      const end = state.story.end ? Date.parse(state.story.end) : Number.NaN
      if (!Number.isNaN(end) && end + ARCHIVE_AFTER_DAYS * DAY_MS < latest) {
        state.archived = true
        state.profile = new Map()
        dated.delete(state)
      }
    }
  }

  function withinWindow(story: Story, published: string | null): boolean {
    if (!published || !story.start || !story.end) return true
    const t = Date.parse(published)
    if (Number.isNaN(t)) return true
    const start = Date.parse(story.start)
    const end = Date.parse(story.end)
    return t >= start - WINDOW_DAYS * DAY_MS && t <= end + WINDOW_DAYS * DAY_MS
  }

  return {
    add(article: Article) {
      // One pass over title and body gives the term counts (title weighted) and the word hashes for shingles.
      const words: number[] = []
      const counts = new Map<number, number>()
      if (article.title) termHashCounts(article.title, counts, TITLE_WEIGHT, words)
      termHashCounts(article.text, counts, 1, words)
      const found = detector.add(article.id, words)
      const copyOf = found ? { article: article.id, ...found } : null
      if (copyOf) copies.push(copyOf)

      documents++
      logDocuments = Math.log(documents + 1)
      for (const term of counts.keys()) df[term & DF_MASK] = (df[term & DF_MASK] as number) + 1

      const vector = new Map<number, number>()
      let norm = 0
      for (const [term, count] of counts) {
        const w = weight(count) * idf(term)
        vector.set(term, w)
        norm += w * w
      }
      norm = Math.sqrt(norm)
      const keys = [...vector].sort((a, b) => b[1] - a[1]).slice(0, KEY_TERMS)

      let chosen: StoryState | undefined
      const copied = copyOf ? storyOfArticle.get(copyOf.of) : undefined
      if (copied) chosen = copied
      else {
        const votes = new Map<number, number>()
        for (const [term, w] of keys) {
          for (const s of postings.get(term) ?? []) {
            if (!(stories[s] as StoryState).archived) votes.set(s, (votes.get(s) ?? 0) + w)
          }
        }
        const shortlist = [...votes].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES)
        let best = joinAt
        for (const [s] of shortlist) {
          const state = stories[s] as StoryState
          if (!withinWindow(state.story, article.published)) continue
          const sim = cosine(vector, norm, state)
          if (sim >= best) {
            best = sim
            chosen = state
          }
        }
      }
      if (!chosen) {
        chosen = {
          story: {
            id: `s${stories.length + 1}`,
            title: article.title ?? '(untitled)',
            articles: [],
            start: null,
            end: null,
          },
          profile: new Map(),
          norm: 0,
          weighedAt: 0,
          archived: false,
        }
        stories.push(chosen)
      }
      const story = chosen.story
      const storyIndex = Number(story.id.slice(1)) - 1
      story.articles.push(article.id)
      storyOfArticle.set(article.id, chosen)
      if (story.title === '(untitled)' && article.title) story.title = article.title
      if (article.published) {
        if (!chosen.archived) dated.add(chosen)
        if (!story.start || article.published < story.start) story.start = article.published
        if (!story.end || article.published > story.end) story.end = article.published
      }
      // A copy adds nothing new to the story's profile or the index.
      if (!copyOf) {
        for (const [term, count] of counts) chosen.profile.set(term, (chosen.profile.get(term) ?? 0) + count)
        if (chosen.profile.size > PROFILE_CAP * 2) {
          const kept = [...chosen.profile]
            .map(([term, count]) => [term, count, count * idf(term)] as const)
            .sort((a, b) => b[2] - a[2])
            .slice(0, PROFILE_CAP)
          chosen.profile = new Map(kept.map(([term, count]) => [term, count]))
        }
        chosen.weighedAt = -1 // its norm is recomputed when next compared
        for (const [term] of keys) {
          const list = postings.get(term) ?? []
          if (list[list.length - 1] !== storyIndex) list.push(storyIndex)
          if (list.length > POSTING_CAP) list.shift()
          postings.set(term, list)
        }
      }
      if (article.published) {
        const t = Date.parse(article.published)
        if (!Number.isNaN(t) && t > latest) latest = t
      }
      if (documents % ARCHIVE_EVERY === 0) archiveOldStories()
      return { story: story.id, copyOf }
    },
    stories: () => stories.map((s) => ({ ...s.story, articles: [...s.story.articles] })),
    copies: () => [...copies],
  }
}
