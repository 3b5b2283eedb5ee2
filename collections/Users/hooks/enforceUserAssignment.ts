import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { canChangeAssignment, canManageUserAt, isSelf } from '@access/users'
import { loadOrgScope, orgUnitId } from '@/lib/loadOrgScope'

const sameRoles = (a: unknown, b: unknown) =>
  JSON.stringify([...((a as string[]) ?? [])].sort()) ===
  JSON.stringify([...((b as string[]) ?? [])].sort())

/**
 * Refuses, with a message, what field access would otherwise drop silently: changing one's own
 * roles or unit, and placing a user outside the actor's subtree (i.e. above their own tier).
 */
export const enforceUserAssignment: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const actor = req.user
  // Trusted server code (seed, jobs) runs with overrideAccess and is not checked here.
  if (!actor || args.overrideAccess) return args
  const data = args.data as { roles?: unknown; orgUnit?: unknown } | undefined
  if (!data) return args

  const targetId = operation === 'update' ? (args as { id?: string }).id : undefined
  if (operation === 'update') {
    if (targetId === undefined) {
      if (data.roles !== undefined || data.orgUnit !== undefined) {
        throw new APIError('批量修改不能更改角色或所属单位，请逐个修改', 400, null, true)
      }
      return args
    }
    const existing = await req.payload.findByID({
      collection: 'users',
      id: targetId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!existing) return args
    const rolesChanged = data.roles !== undefined && !sameRoles(data.roles, existing.roles)
    const unitChanged =
      data.orgUnit !== undefined &&
      String(orgUnitId(data.orgUnit as never)) !== String(orgUnitId(existing.orgUnit))
    if ((rolesChanged || unitChanged) && !canChangeAssignment(actor, targetId)) {
      throw new APIError(
        isSelf(actor, targetId)
          ? '不能修改自己的角色或所属单位'
          : '只有管理员可以修改用户的角色或所属单位',
        403,
        null,
        true,
      )
    }
    if (!unitChanged) return args
  }

  const target = await loadOrgScope(req, data.orgUnit as never)
  if (!target) throw new APIError('所属单位不存在', 400, null, true)
  if (!canManageUserAt(actor, target)) {
    throw new APIError('只能在本单位及下级单位中创建或调整用户', 403, null, true)
  }
  return args
}
