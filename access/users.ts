import type { OrgScope } from '@/domain/orgTree'
import { actorContains } from './orgScope'
import { type Actor, isAdmin } from './roles'

/**
 * Who may do what to user accounts. An admin acts within the subtree of their own org unit:
 * the HQ admin everywhere, a province admin in that province and its cities, a city admin in
 * that city. Nobody can place a user above their own tier or outside their subtree.
 */

/** Create, update or delete a user placed at `target`. */
export const canManageUserAt = (actor: Actor | null | undefined, target: OrgScope): boolean =>
  isAdmin(actor) && actorContains(actor, target)

/** Change the roles or org unit of user `targetId`: admins only, and never their own. */
export const canChangeAssignment = (
  actor: Actor | null | undefined,
  targetId: string | undefined,
): boolean => isAdmin(actor) && (targetId === undefined || String(actor!.id) !== String(targetId))

export const isSelf = (actor: Actor | null | undefined, targetId: string | undefined) =>
  Boolean(actor) && targetId !== undefined && String(actor!.id) === String(targetId)
