import type { Where } from 'payload'

import { OWNER_SCOPE_FIELDS } from './knowledgeScope'
import { actorScope, subtreeWhere } from './orgScope'
import { canCreateKnowledge } from './knowledge'
import type { Actor } from './roles'

/**
 * Who uploads and changes images. An image belongs to its uploader's unit, as a knowledge item
 * does, and is shown in that unit's published answers: editors and admins of that unit or one
 * above it change it. Everyone, the public included, reads images (public FAQ answers embed them).
 */

/** Editors and admins upload; the image is then owned by their unit. */
export const canUploadMedia = (user: Actor | null | undefined): boolean =>
  canCreateKnowledge(user) && actorScope(user) !== null

/** The images an editor or admin may change or delete: those owned inside their subtree. */
export function changeMediaWhere(user: Actor | null | undefined): Where | boolean {
  const scope = actorScope(user)
  if (!scope || !canCreateKnowledge(user)) return false
  return subtreeWhere(scope, OWNER_SCOPE_FIELDS)
}
