import type { CollectionBeforeOperationHook } from 'payload'

import { flushSearchLog } from '@search/api/searchLog'

/**
 * Searches are logged in batches (see `logSearch`): whoever reads or updates the log first waits
 * for the searches made so far to be written. Not inside a transaction, whose write lock the
 * flush would wait on.
 */
export const flushPendingSearches: CollectionBeforeOperationHook = async ({ args, req }) => {
  if (!req.transactionID) await flushSearchLog(req.payload)
  return args
}
