/**
 * Whether a search index holds the live items the database says it should. An index rebuilt from
 * nothing, or a folder deleted under it, leaves searches answering with nothing while every
 * service still answers; counting both sides catches that without reading a single document.
 */

/**
 * The share of an index that may be missing and still count as held: updates that fail for good
 * (the sync backlog reports them apart, and a reindex restores them) and updates that complete
 * between the two counts.
 */
export const MISSING_SHARE_TOLERATED = 0.01

/**
 * How many of the documents `expected` (the database's live items for the index) the index lacks
 * beyond what `pending` (index updates still queued: each adds at most one document to an index)
 * and the tolerated share explain; 0 for an index that holds its items.
 */
export function unexplainedMissing(expected: number, actual: number, pending: number): number {
  const explained = pending + Math.floor(expected * MISSING_SHARE_TOLERATED)
  return Math.max(0, expected - actual - explained)
}
