import type { PayloadRequest } from 'payload'

import { enqueueSearchSync } from '@search/sync/enqueueSearchSync'
import { overriddenIn } from '@/domain/visibility'
import { ownerScopeOf } from './runWorkflowTransition'

/** Where published local variants of an item replace it: unit codes, space-separated. */
export async function computeOverriddenIn(
  req: PayloadRequest,
  originalId: string,
): Promise<string> {
  const { docs: variants } = await req.payload.find({
    collection: 'knowledge',
    where: {
      and: [
        { overrides: { equals: originalId } },
        { _status: { equals: 'published' } },
        { workflowState: { equals: 'published' } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return overriddenIn(variants.map(ownerScopeOf)).join(' ')
}

/**
 * Recomputes the original's `overriddenIn` after a variant goes live or is withdrawn. Stored on the
 * original so reads and search filter without a join; written to the live row only, since that
 * is the row readers query (the original's own publishing recomputes it into its new version).
 */
export async function refreshOverriddenIn(req: PayloadRequest, originalId: string): Promise<void> {
  await req.payload.db.updateOne({
    collection: 'knowledge',
    id: originalId,
    data: { overriddenIn: await computeOverriddenIn(req, originalId) },
    req,
    returning: false,
  })
  // Written past the hooks, so the original's index entry is queued here.
  await enqueueSearchSync(req, originalId)
}
