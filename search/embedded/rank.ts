/**
 * Re-ranks FTS5's candidates. bm25 alone lets one frequent word outweigh a match of the whole
 * question; here a document scores by how much of the query it covers (each word weighted by its
 * rarity), in the title above the body, with exact phrases first and the reader's own unit's items
 * before national ones (local variants first, as DESIGN asks).
 */
import type { Alternative } from './ftsQuery'
import { RANK_WEIGHTS } from './tuning'

/** Membership of index tokens; a Set will do, and so will `spacedTokens` (cheaper to build). */
export type TokenSet = { has(token: string): boolean }

/** Tokens as stored (joined by single spaces), asked in place instead of split into a Set. */
export function spacedTokens(joined: string): TokenSet {
  const padded = ` ${joined} `
  return { has: (token) => padded.includes(` ${token} `) }
}

export type CandidateText = {
  /** Index tokens of the title and of the body. */
  titleTokens: TokenSet
  bodyTokens: TokenSet
  /** Title pinyin tokens joined by single spaces, padded with a space at both ends. */
  titlePinyin: string
  /** Normalised title and body without separators, for phrase checks. */
  titleText: string
  bodyText: string
  /** 0 = national, 1 = the reader's province, 2 = the reader's city. */
  locality: number
  /** bm25 from FTS5, or on a large index the negated weighted match score (lower is better). */
  bm25: number
}

export type RankedGroup = {
  alternatives: Alternative[]
  idf: number
  /** Documents its most frequent alternative occurs in: what matching it costs. */
  documents: number
}

/** Adjacent Han character pairs: matches what segmentation split differently (没到|账 vs 未到账). */
export function hanBigrams(text: string): Set<string> {
  const pairs = new Set<string>()
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) pairs.add(run.slice(i, i + 2))
  }
  return pairs
}

const shareOf = (query: ReadonlySet<string>, text: string) => {
  if (query.size === 0) return 0
  let found = 0
  for (const pair of query) if (text.includes(pair)) found += 1
  return found / query.size
}

/** How well one alternative is found in a field: its own weight when every token is there. */
function alternativeIn(alternative: Alternative, tokens: TokenSet, pinyin: string | null): number {
  switch (alternative.kind) {
    case 'words':
      return alternative.tokens.every((t) => tokens.has(t)) ? alternative.weight : 0
    case 'syllables':
      return pinyin?.includes(` ${alternative.syllables.join(' ')} `) ? alternative.weight : 0
    case 'pinyinPrefix':
      return pinyin?.includes(` ${alternative.key}`) ? alternative.weight : 0
  }
}

const bestOf = (group: RankedGroup, tokens: TokenSet, pinyin: string | null) =>
  Math.max(0, ...group.alternatives.map((a) => alternativeIn(a, tokens, pinyin)))

/**
 * The groups some candidate contains. A word no document has (好几个, 想留: segmentation debris of
 * colloquial questions) cannot tell documents apart, so it must not dilute coverage either.
 */
export function groupsFound(
  candidates: readonly CandidateText[],
  groups: readonly RankedGroup[],
): RankedGroup[] {
  return groups.filter((group) =>
    candidates.some(
      (c) =>
        bestOf(group, c.titleTokens, c.titlePinyin) > 0 || bestOf(group, c.bodyTokens, null) > 0,
    ),
  )
}

export function relevance(
  candidate: CandidateText,
  groups: readonly RankedGroup[],
  phrase: string,
  queryBigrams: ReadonlySet<string>,
  bestBm25: number,
): number {
  const totalIdf = groups.reduce((sum, g) => sum + g.idf, 0) || 1
  let covered = 0
  let inTitle = 0
  let missing = 0
  for (const group of groups) {
    const title = bestOf(group, candidate.titleTokens, candidate.titlePinyin)
    const body = bestOf(group, candidate.bodyTokens, null)
    covered += group.idf * Math.max(title, body)
    inTitle += group.idf * title
    if (title === 0 && body === 0) missing += 1
  }
  const w = RANK_WEIGHTS
  // The phrase may be a title word typed in pinyin (`shi jian`, `xhzw`): one of its keys.
  const phraseBonus =
    phrase.length >= 2 &&
    (candidate.titleText.includes(phrase) || candidate.titlePinyin.includes(` ${phrase} `))
      ? w.phraseInTitle
      : phrase.length >= 2 && candidate.bodyText.includes(phrase)
        ? w.phraseInBody
        : 0
  return (
    w.coverage * (covered / totalIdf) +
    w.titleCoverage * (inTitle / totalIdf) +
    w.bm25 * (bestBm25 < 0 ? candidate.bm25 / bestBm25 : 0) +
    phraseBonus +
    (missing === 0 ? w.allTerms : 0) +
    w.titleBigrams * shareOf(queryBigrams, candidate.titleText) +
    w.bodyBigrams * shareOf(queryBigrams, candidate.bodyText) +
    w.locality * candidate.locality
  )
}
