import type { Endpoint, PayloadRequest } from 'payload'

import { worksOnContent } from '@access/knowledgeScope'
import { actorScope, subtreeWhere } from '@access/orgScope'
import { visibleTo } from '@/domain/visibility'
import { ownerScopeOf } from '../workflow/workflowItemOf'
import { errorResponse } from '@/lib/errorResponse'

/** The live notice the caller may read, or null. */
async function readableNotice(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'knowledge',
    where: {
      and: [
        { id: { equals: String(req.routeParams?.id ?? '') } },
        { kind: { equals: 'notice' } },
        { _status: { equals: 'published' } },
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs[0] ?? null
}

/** `POST /api/knowledge/:id/acknowledge`: the signed-in agent's 已读 on a notice (idempotent). */
export const acknowledgeEndpoint: Endpoint = {
  path: '/:id/acknowledge',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) return errorResponse(401, '请先登录')
    const notice = await readableNotice(req)
    if (!notice) return errorResponse(404, '公告不存在或无权查看')
    const ackKey = `${notice.id}:${user.id}`
    const { totalDocs } = await req.payload.count({
      collection: 'notice-acks',
      where: { ackKey: { equals: ackKey } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) {
      await req.payload.create({
        collection: 'notice-acks',
        data: {
          notice: notice.id,
          user: user.id,
          userCode: user.orgCode ?? null,
          userProvince: user.orgProvince ?? null,
          userCity: user.orgCity ?? null,
          ackKey,
        },
        overrideAccess: true,
        req,
      })
    }
    return Response.json({ acknowledged: true })
  },
}

/**
 * `GET /api/knowledge/:id/unacknowledged`: for editors and admins, the agents in their subtree
 * who can see this notice and have not marked it 已读.
 */
export const unacknowledgedEndpoint: Endpoint = {
  path: '/:id/unacknowledged',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    const scope = actorScope(user)
    if (!scope || !worksOnContent(user)) return errorResponse(403, '仅内容管理人员可查看')
    const notice = await readableNotice(req)
    if (!notice) return errorResponse(404, '公告不存在或无权查看')
    const subtree = subtreeWhere(scope, { province: 'orgProvince', city: 'orgCity' })
    const { docs: agents } = await req.payload.find({
      collection: 'users',
      where: { and: [{ roles: { in: ['agent'] } }, ...(subtree === true ? [] : [subtree])] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const { docs: acks } = await req.payload.find({
      collection: 'notice-acks',
      where: { notice: { equals: notice.id } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const acked = new Set(acks.map((ack) => String(ack.user)))
    const owner = ownerScopeOf(notice)
    const pending = agents.filter(
      (agent) =>
        !acked.has(agent.id) &&
        visibleTo(
          { owner, overriddenIn: (notice.overriddenIn ?? '').split(/\s+/).filter(Boolean) },
          { province: agent.orgProvince ?? null, city: agent.orgCity ?? null },
        ),
    )
    return Response.json({
      notice: { id: notice.id, title: notice.title },
      acknowledged: acked.size,
      unacknowledged: pending.map((agent) => ({
        id: agent.id,
        name: agent.name,
        orgCode: agent.orgCode,
      })),
    })
  },
}
