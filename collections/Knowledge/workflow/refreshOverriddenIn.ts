import type { PayloadRequest } from 'payload'

import { overriddenIn } from '../../../src/domain/visibility'
import { ownerScopeOf } from './runWorkflowTransition'

/**
 * Recomputes where published local variants replace an item, after a variant goes live or is
 * withdrawn. Stored on the original so reads and search filter without a join.
 */
export async function refreshOverriddenIn(req: PayloadRequest, originalId: string): Promise<void> {
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
  await req.payload.db.updateOne({
    collection: 'knowledge',
    id: originalId,
    data: { overriddenIn: overriddenIn(variants.map(ownerScopeOf)).join(' ') },
    req,
    returning: false,
  })
}
