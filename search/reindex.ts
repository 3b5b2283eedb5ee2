import type { Payload } from 'payload'

import { liveKnowledgeWhere } from '@access/knowledge'
import { searchDocumentFor } from './documents'
import { loadSearchSettings } from './engine'
import { categoryOf } from './sync/syncKnowledgeItem'
import type { SearchEngine, SearchIndexName } from './types'

const PAGE = 250

export type ReindexProgress = { index: SearchIndexName; done: number; total: number }

/**
 * Rebuilds an index from the database's live items: written aside, then swapped in, so searches
 * keep answering from the old index meanwhile.
 */
export async function reindex(
  payload: Payload,
  engine: SearchEngine,
  index: SearchIndexName,
  onProgress?: (progress: ReindexProgress) => void,
): Promise<number> {
  const settings = await loadSearchSettings(payload)
  let indexed = 0
  await engine.rebuild(index, settings, async (write) => {
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection: 'knowledge',
        where: liveKnowledgeWhere,
        depth: 1,
        limit: PAGE,
        page,
        sort: 'createdAt',
        overrideAccess: true,
      })
      const documents = result.docs
        .map((item) => searchDocumentFor(item, index, categoryOf(item)))
        .filter((document) => document !== null)
      await write(documents)
      indexed += documents.length
      onProgress?.({
        index,
        done: Math.min(page * PAGE, result.totalDocs),
        total: result.totalDocs,
      })
      if (!result.hasNextPage) break
    }
  })
  return indexed
}
