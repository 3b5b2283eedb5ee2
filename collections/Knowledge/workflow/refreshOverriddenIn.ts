import type { PayloadRequest } from 'payload'

import { overriddenIn } from '@/domain/visibility'
import { ownerScopeOf } from './workflowItemOf'

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
 * original so reads and search filter without a join; written to the live row, which readers
 * query, and to the latest version row, which `draft=true` queries read instead (the original's
 * own publishing recomputes it into its new version). Written past the hooks: the original's index
 * entry is queued by the search plugin's hook on the variant's save, in the caller's transaction.
 */
export async function refreshOverriddenIn(req: PayloadRequest, originalId: string): Promise<void> {
  const value = await computeOverriddenIn(req, originalId)
  await req.payload.db.updateOne({
    collection: 'knowledge',
    id: originalId,
    data: { overriddenIn: value },
    req,
    returning: false,
  })
  await writeLatestVersionOverriddenIn(req, originalId, value)
}

/** The whole row is written back: a partial `version` would replace the stored one on MongoDB. */
async function writeLatestVersionOverriddenIn(
  req: PayloadRequest,
  originalId: string,
  value: string,
): Promise<void> {
  const {
    docs: [latest],
  } = await req.payload.db.findVersions({
    collection: 'knowledge',
    where: { and: [{ parent: { equals: originalId } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  if (!latest) return
  await req.payload.db.updateVersion({
    collection: 'knowledge',
    id: latest.id,
    versionData: {
      createdAt: latest.createdAt,
      updatedAt: latest.updatedAt,
      latest: true,
      parent: originalId,
      version: { ...latest.version, overriddenIn: value },
    },
    req,
    returning: false,
  })
}
