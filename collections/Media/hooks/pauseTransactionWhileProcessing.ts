import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  initTransaction,
  killTransaction,
} from 'payload'

import { hasUnusedTransaction } from '@/db/serializeSqliteTransactions'

const PAUSED = 'mediaTransactionPaused'

/**
 * Payload opens an upload's transaction before resizing the image, which takes seconds (a large
 * GIF took 15), and on SQLite a transaction holds the one write lock: every other save waited,
 * then failed. Nothing has run in the transaction yet here, so it is ended, and `resumeTransaction`
 * opens a new one once the image is processed, for the write and its hooks.
 */
export const pauseTransaction: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && (await hasUnusedTransaction(req))) {
    await killTransaction(req)
    req.context[PAUSED] = true
  }
  return args
}

/** The write and its hooks commit together again; the operation commits what is open on `req`. */
export const resumeTransaction: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (req.context[PAUSED]) {
    delete req.context[PAUSED]
    await initTransaction(req)
  }
  return data
}
