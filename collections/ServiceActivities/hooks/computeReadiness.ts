import type { CollectionAfterReadHook } from 'payload'

import { now } from '@/lib/clock'
import type { ServiceActivity } from '@/payload-types'
import { loadReadiness } from '../readiness/loadReadiness'

/**
 * `readiness` on every read (REST, GraphQL, admin), computed from the activity's parts and the
 * state of its knowledge, never stored. `context.skipReadiness` leaves it out where a caller only
 * needs the stored fields (the go-live job).
 */
export const computeReadiness: CollectionAfterReadHook<ServiceActivity> = async ({
  context,
  doc,
  req,
}) => {
  if (context.skipReadiness) return doc
  return { ...doc, readiness: await loadReadiness(req, doc, now()) }
}
