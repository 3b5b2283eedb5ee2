import type { ThreadRow } from '@/db/threadConnection'
import type { AnalyzedQuery } from '../text/analyzer'
import { compactText } from '../text/normalize'
import {
  type CandidateText,
  groupsFound,
  hanBigrams,
  type RankedGroup,
  relevance,
  spacedTokens,
} from './rank'
import { RELATIVE_SCORE_FLOOR } from './tuning'

export type ScoredRow = { row: ThreadRow; score: number }

/** A candidate row (see candidates.ts) as the re-ranker reads it. */
const candidateOf = (r: ThreadRow): CandidateText => ({
  titleTokens: spacedTokens(String(r.title_tokens)),
  bodyTokens: spacedTokens(String(r.body_tokens)),
  titlePinyin: ` ${String(r.title_pinyin)} `,
  titleText: compactText(String(r.title)),
  bodyText: compactText(String(r.body)),
  locality: r.owner_level === 'city' ? 2 : r.owner_level === 'province' ? 1 : 0,
  bm25: Number(r.bm25),
})

/**
 * The candidates by relevance (rank.ts), best first, without those scoring under
 * RELATIVE_SCORE_FLOOR of the best. Only the words some candidate contains count.
 */
export function rerank(
  rows: readonly ThreadRow[],
  groups: readonly RankedGroup[],
  query: AnalyzedQuery,
): ScoredRow[] {
  const bestBm25 = Math.min(0, ...rows.map((r) => Number(r.bm25)))
  const queryBigrams = hanBigrams(query.terms.map((term) => term.text).join(''))
  const candidates = rows.map(candidateOf)
  const found = groupsFound(candidates, groups)
  const scored = candidates.map((candidate, i) => ({
    row: rows[i]!,
    score: relevance(candidate, found, query.phrase, queryBigrams, bestBm25),
  }))
  scored.sort((a, b) => b.score - a.score)
  const floor = (scored[0]?.score ?? 0) * RELATIVE_SCORE_FLOOR
  return scored.filter((s) => s.score >= floor)
}
