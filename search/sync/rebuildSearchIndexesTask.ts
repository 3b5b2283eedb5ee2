import type { TaskConfig } from 'payload'

import { searchEngine } from '../engine'
import { reindex } from '../reindex'
import { SEARCH_INDEXES } from '../types'

/**
 * After a glossary change: the dictionary decides how every document is segmented, so both
 * indexes are rebuilt aside with the new glossary and swapped in (searches go on meanwhile).
 */
export const rebuildSearchIndexesTask: TaskConfig<'rebuildSearchIndexes'> = {
  slug: 'rebuildSearchIndexes',
  label: '重建搜索索引（术语表变更）',
  outputSchema: [{ name: 'documents', type: 'number' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 5000 } },
  handler: async ({ req }) => {
    const engine = await searchEngine(req.payload)
    let documents = 0
    for (const index of SEARCH_INDEXES) documents += await reindex(req.payload, engine, index)
    return { output: { documents } }
  },
}
