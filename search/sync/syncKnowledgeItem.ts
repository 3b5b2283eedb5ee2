import type { PayloadRequest } from 'payload'

import type { Knowledge } from '@/payload-types'
import { searchDocumentFor } from '../documents'
import { SEARCH_INDEXES, type SearchEngine } from '../types'

export const categoryOf = (item: Knowledge) =>
  item.category && typeof item.category === 'object'
    ? { id: item.category.id, name: item.category.name }
    : null

/**
 * Brings both indexes in line with the item's live version as the database has it now. It reads
 * state rather than replaying events, so applying it twice, late or out of order is harmless.
 */
export async function syncKnowledgeItem(
  req: PayloadRequest,
  engine: SearchEngine,
  id: string,
): Promise<'indexed' | 'removed'> {
  const { docs } = await req.payload.find({
    collection: 'knowledge',
    where: { id: { equals: id } },
    depth: 1,
    limit: 1,
    draft: false,
    overrideAccess: true,
    req,
  })
  const item = docs[0]
  let indexed = false
  for (const index of SEARCH_INDEXES) {
    const document = item ? searchDocumentFor(item, index, categoryOf(item)) : null
    if (document) {
      await engine.upsert(index, [document])
      indexed = true
    } else {
      await engine.delete(index, [id])
    }
  }
  return indexed ? 'indexed' : 'removed'
}
