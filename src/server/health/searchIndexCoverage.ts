import type { Payload } from 'payload'

import { indexedKnowledgeWhere } from '@search/documents'
import { SEARCH_INDEXES, type SearchEngine, type SearchIndexName } from '@search/types'
import { unexplainedMissing } from '@/domain/searchIndexCoverage'
import { searchSyncBacklog } from './searchSyncBacklog'

export type IndexCoverage = {
  index: SearchIndexName
  /** Live items the database says the index should hold. */
  expected: number
  /** Documents the index holds. */
  actual: number
  /** Documents it lacks beyond the queued updates (see unexplainedMissing). */
  missing: number
}

/**
 * Counts each index's items on both sides: the database first, then the sync backlog, then the
 * index. In that order an item published meanwhile is either counted as queued or already in the
 * index; only a withdrawal completing between the counts can make them disagree for an instant.
 */
async function measure(payload: Payload, engine: SearchEngine): Promise<IndexCoverage[]> {
  const expected = await Promise.all(
    SEARCH_INDEXES.map(
      async (index) =>
        (
          await payload.count({
            collection: 'knowledge',
            where: indexedKnowledgeWhere[index],
            overrideAccess: true,
          })
        ).totalDocs,
    ),
  )
  const { pending } = await searchSyncBacklog(payload)
  const actual = await Promise.all(
    SEARCH_INDEXES.map(async (index) => (await engine.stats(index)).documents),
  )
  return SEARCH_INDEXES.map((index, i) => ({
    index,
    expected: expected[i]!,
    actual: actual[i]!,
    missing: unexplainedMissing(expected[i]!, actual[i]!, pending),
  }))
}

/** The indexes that lost documents: found short twice in a row (once may be a race, see measure). */
export async function lostSearchIndexes(
  payload: Payload,
  engine: SearchEngine,
): Promise<IndexCoverage[]> {
  const first = await measure(payload, engine)
  if (first.every((coverage) => coverage.missing === 0)) return []
  return (await measure(payload, engine)).filter((coverage) => coverage.missing > 0)
}

export const describeLoss = (lost: readonly IndexCoverage[]) =>
  lost.map((c) => `${c.index} holds ${c.actual} of ${c.expected} live items`).join('; ')
