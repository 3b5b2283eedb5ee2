import type { Where } from 'payload'

import { canCreateKnowledge } from './knowledge'
import { OWNER_SCOPE_FIELDS, worksOnContent } from './knowledgeScope'
import { actorScope, subtreeWhere } from './orgScope'
import { type Actor, hasRole, isAdmin } from './roles'

/**
 * 服务前置 (seed 000) is managed per tier (分级管理): an activity belongs to its initiating unit,
 * whose content workers and those above it work on it (contentWorkerWhere). Units below it read it, since they load the
 * service locally (a city's adjustment of a province launch); nobody beside it reads it.
 */

/**
 * Activities owned by the actor's unit, its subtree, or one of the units above it. Agents read only
 * those that are live (the console's 新业务上线); content workers read them in every state.
 */
export function readServiceActivitiesWhere(user: Actor | null | undefined): Where | boolean {
  const agent = hasRole(user, 'agent')
  if (!worksOnContent(user) && !agent) return false
  const lineage = lineageWhere(user)
  if (lineage === false || worksOnContent(user)) return lineage
  const live: Where = { status: { equals: 'live' } }
  return lineage === true ? live : { and: [lineage, live] }
}

/** Documents owned by the actor's unit, its subtree, or one of the units above it. */
function lineageWhere(user: Actor | null | undefined): Where | boolean {
  const scope = actorScope(user)
  if (!scope) return false
  const ancestors: Where[] = [{ ownerLevel: { equals: 'hq' } }]
  if (scope.level === 'city') {
    ancestors.push({
      and: [{ ownerLevel: { equals: 'province' } }, { ownerProvince: { equals: scope.province } }],
    })
  }
  const subtree = subtreeWhere(scope, OWNER_SCOPE_FIELDS)
  return subtree === true ? true : { or: [subtree, ...ancestors] }
}

/**
 * Files attached to activities (test plans, results, sign-offs): content workers of the uploader's
 * unit, above and below it, as for the activities themselves; never agents or the public.
 */
export const readActivityFilesWhere = (user: Actor | null | undefined): Where | boolean =>
  worksOnContent(user) ? lineageWhere(user) : false

/** Every content role attaches files (a compliance reviewer its sign-off); they own them by unit. */
export const canAttachActivityFiles = (user: Actor | null | undefined): boolean =>
  worksOnContent(user) && actorScope(user) !== null

/** Editors and admins start an activity; it then belongs to their unit. */
export const canCreateServiceActivity = (user: Actor | null | undefined): boolean =>
  canCreateKnowledge(user) && actorScope(user) !== null

/** Admins of the owner unit or above remove an activity that has not gone live. */
export function deleteServiceActivitiesWhere(user: Actor | null | undefined): Where | boolean {
  const scope = actorScope(user)
  if (!scope || !isAdmin(user)) return false
  const subtree = subtreeWhere(scope, OWNER_SCOPE_FIELDS)
  const notLive: Where = { status: { in: ['planning', 'held'] } }
  return subtree === true ? notLive : { and: [subtree, notLive] }
}
