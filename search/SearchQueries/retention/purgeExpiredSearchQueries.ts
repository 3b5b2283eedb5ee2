import type { PayloadRequest } from 'payload'

/**
 * How long the search log keeps a search. Agents' searches name the agent, and the analytics the
 * log serves (searches without results or clicks) look back months, not years. The hall's
 * 隐私说明 states it.
 */
export const SEARCH_LOG_RETENTION_DAYS = 365

const DAY_MS = 86_400_000

/**
 * Deletes the searches logged more than SEARCH_LOG_RETENTION_DAYS before `at`, in one statement
 * of the database adapter (the collection lets nobody delete through the API). Returns how many.
 */
export async function purgeExpiredSearchQueries(req: PayloadRequest, at: Date): Promise<number> {
  const cutoff = new Date(at.getTime() - SEARCH_LOG_RETENTION_DAYS * DAY_MS)
  const where = { createdAt: { less_than: cutoff.toISOString() } }
  const { totalDocs } = await req.payload.db.count({ collection: 'search-queries', where, req })
  if (totalDocs > 0) await req.payload.db.deleteMany({ collection: 'search-queries', where, req })
  return totalDocs
}
