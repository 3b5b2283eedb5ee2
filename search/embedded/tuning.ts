/**
 * Every number the embedded engine is tuned by, in one place. None is changed at run time: a bench
 * or test that needs another value gets it through a constructor option.
 */

// Retrieval: which matches reach the re-ranker.

/**
 * This many best visible matches (by bm25, or weighted on a large index) go to the re-ranker;
 * total and facets count them.
 */
export const MAX_CANDIDATES = 100
/** FTS5 keeps this many best matches (its own top-n path) before the visibility filter. */
export const FTS_TOP = 2000
/** From this many documents, candidates are picked within a budget of matches, not by bm25 over all. */
export const LARGE_INDEX = 5000
/**
 * On a large index, words in more than this share of documents do not pick candidates (they would
 * make FTS5 score most of the index); they still count in the re-ranking of the candidates.
 */
export const COMMON_SHARE = 0.01
/** bm25 column weights, title, body and title pinyin; a large index weights its matches alike. */
export const BM25_WEIGHTS = Object.freeze([4.0, 1.0, 1.5] as const)

// Query expansion: how sure each stand-in for a query word is (the word as typed weighs 1).

export const ALTERNATIVE_WEIGHTS = Object.freeze({
  /** A synonym from the glossary. */
  synonym: 0.6,
  /** A long word's parts written apart (工信部投诉 → 工信部 … 投诉), when the index has the word too. */
  partsOfKnownWord: 0.6,
  /** The same, for a word the index lacks: the parts are all there is. */
  partsOfUnknownWord: 0.8,
  /** The word's pinyin syllables in the title (a homophone typo). */
  syllables: 0.7,
  /** Latin letters typed as pinyin, full or initials (xhzw → 携号转网). */
  pinyinPrefix: 0.8,
  /** An indexed Latin term one typo away (voltee → volte). */
  typo: 0.8,
})
/** A Latin word the index lacks stands for pinyin and typo corrections from this length on. */
export const LATIN_MIN_LENGTH = 2
/** Latin words shorter than this are not corrected: one edit away from too much. */
export const TYPO_MIN_LENGTH = 4
/** A single Han character says little on its own: its rarity counts this much. */
export const SINGLE_HAN_SPECIFICITY = 0.3

// Re-ranking.

/** How each signal counts in a candidate's score (see rank.ts). */
export const RANK_WEIGHTS = Object.freeze({
  coverage: 0.6,
  titleCoverage: 0.45,
  bm25: 0.3,
  phraseInTitle: 0.5,
  phraseInBody: 0.2,
  locality: 0.06,
  titleBigrams: 0.3,
  bodyBigrams: 0.3,
  allTerms: 0.1,
})
/** Hits scoring below this share of the best hit are noise from a single common word. */
export const RELATIVE_SCORE_FLOOR = 0.2

// Writes.

/**
 * Documents a write transaction takes: small enough that the next batch's text analysis overlaps
 * SQLite's work on this one for most of an import.
 */
export const WRITE_BATCH = 100
/** Rows per INSERT: 17 parameters a row, far under SQLite's limit of 32,766 per statement. */
export const ROWS_PER_STATEMENT = 100
/** Below this size FTS5's `optimize` takes tens of milliseconds and halves a query's FTS5 time. */
export const OPTIMIZE_BELOW = 2000
/** Writes within this delay share one merge. */
export const OPTIMIZE_DELAY_MS = 1000

// Caches and connections.

/** How long this process trusts its copy of the catalog and glossary (another process may write). */
export const CATALOG_TTL_MS = 1000
/** Latin terms of an index (for typo matching) are re-read this often; this process adds its own. */
export const LATIN_TERMS_TTL_MS = 60_000
/** Counting a common word's documents walks its whole doclist: counts are kept until a write. */
export const DF_CACHE_SIZE = 50_000
/**
 * Results kept: a hall's popular questions and the prefixes its search box asks as visitors type
 * repeat many times between two publications. A result is a page of hits, a few KB.
 */
export const MAX_RESULTS = 500
/** SQLite's page cache for each index connection (KiB): `scope` of 300k documents is about 15 MB. */
export const PAGE_CACHE_KB = 32 * 1024
/** How long an index connection waits for another process's writer (on its own thread). */
export const BUSY_TIMEOUT_MS = 10_000
