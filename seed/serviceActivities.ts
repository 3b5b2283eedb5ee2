import { createLocalReq, type Payload } from 'payload'

import { goLiveServiceActivities } from '@collections/ServiceActivities/jobs/goLiveServiceActivities'
import { EVALUATION_STEP_KEYS } from '@/domain/serviceReadiness'
import { SEED_SERVICE_ACTIVITIES } from './content/serviceActivities'

type Step = (label: string, action: 'created' | 'updated' | 'unchanged') => void

const DAY = 86_400_000

/**
 * The demo 服务前置事项, matched by title (a second run leaves them as they are), then one run of
 * the go-live job so that those past their go-live time are live or held as the job decides.
 */
export async function seedServiceActivities(
  payload: Payload,
  unitIds: Map<string, string>,
  step: Step,
  now = new Date(),
) {
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString()
  const itemIds = new Map<string, string>()
  const { docs: items } = await payload.find({
    collection: 'knowledge',
    where: { externalId: { exists: true } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { externalId: true },
  })
  for (const item of items) if (item.externalId) itemIds.set(item.externalId, item.id)
  const item = (externalId: string) => {
    const id = itemIds.get(externalId)
    if (!id) throw new Error(`服务前置演示数据引用了不存在的条目 ${externalId}`)
    return id
  }

  for (const activity of SEED_SERVICE_ACTIVITIES) {
    const label = `服务前置 ${activity.title}`
    const { totalDocs } = await payload.count({
      collection: 'service-activities',
      where: { title: { equals: activity.title } },
    })
    if (totalDocs > 0) {
      step(label, 'unchanged')
      continue
    }
    const created = await payload.create({
      collection: 'service-activities',
      context: { skipReadiness: true },
      data: {
        title: activity.title,
        activityType: activity.type,
        kind: activity.kind,
        description: activity.description,
        initiatingDepartment: activity.department,
        ownerUnit: unitIds.get(activity.owner)!,
        areas: (activity.areas ?? []).map((code) => unitIds.get(code)!),
        goLiveAt: at(activity.goLiveDays),
        endsAt: activity.endsDays === undefined ? null : at(activity.endsDays),
        impact: { customers: activity.customers ?? null, channels: activity.channels ?? [] },
        evaluations: EVALUATION_STEP_KEYS.filter((key) => activity.evaluations[key]).map((key) => ({
          step: key,
          result: activity.evaluations[key]!,
          assignee: key === 'compliance' ? '企业管理部' : '客户服务部',
        })),
        requiredChanges: activity.requiredChanges ?? [],
        knowledge: activity.knowledge.map(item),
        announcement: activity.announcement ? item(activity.announcement) : null,
        trainingNotice: activity.training ? item(activity.training) : null,
        emergencyPlan: activity.emergencyPlan ?? null,
        checklist: activity.checklist ?? [],
      },
    })
    if (activity.trainingAcked && activity.training)
      await acknowledgeByAgents(payload, item(activity.training))
    if (activity.closed)
      await payload.update({
        collection: 'service-activities',
        id: created.id,
        context: { serverOwnedWrite: true, skipReadiness: true },
        data: {
          status: 'closed',
          wentLiveAt: at(activity.goLiveDays),
          closingReview: activity.closed.review,
          followedProcess: activity.closed.followed,
          closedAt: at(activity.endsDays ?? activity.goLiveDays),
        },
      })
    step(label, 'created')
  }
  await goLiveServiceActivities(await createLocalReq({}, payload), now)
}

/** Every demo agent marks the notice 已读, as they would in the console. */
async function acknowledgeByAgents(payload: Payload, noticeId: string) {
  const { docs: agents } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['agent'] } },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  for (const agent of agents) {
    const ackKey = `${noticeId}:${agent.id}`
    const { totalDocs } = await payload.count({
      collection: 'notice-acks',
      where: { ackKey: { equals: ackKey } },
    })
    if (totalDocs === 0)
      await payload.create({
        collection: 'notice-acks',
        data: {
          notice: noticeId,
          user: agent.id,
          userCode: agent.orgCode ?? null,
          userProvince: agent.orgProvince ?? null,
          userCity: agent.orgCity ?? null,
          ackKey,
        },
      })
  }
}
