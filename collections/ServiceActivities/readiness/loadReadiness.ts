import type { PayloadRequest, Where } from 'payload'

import { subtreeWhere } from '@access/orgScope'
import type { OrgScope } from '@/domain/orgTree'
import {
  activityReadiness,
  DEFAULT_TRAINING_ACK_TARGET,
  type Readiness,
  type ReadinessInput,
} from '@/domain/serviceReadiness'
import { loadOrgScope } from '@/lib/loadOrgScope'
import { relationId } from '@/lib/relationId'
import { ownerScopeOf } from '@collections/Knowledge/workflow/workflowItemOf'
import type { ServiceActivity } from '@/payload-types'

type BundleRefs = Pick<ServiceActivity, 'knowledge' | 'announcement' | 'trainingNotice'>

/** The knowledge an activity bundles: the items it needs, its announcement and training notice. */
export function bundleIds(doc: BundleRefs) {
  const ids = (refs: unknown[] | null | undefined) =>
    (refs ?? []).map(relationId).filter((id): id is string => Boolean(id))
  const knowledge = ids(doc.knowledge)
  const announcement = relationId(doc.announcement)
  const training = relationId(doc.trainingNotice)
  // Each once: one notice may be both the announcement and the training notice.
  const all = [...new Set(ids([...knowledge, announcement, training]))]
  return { knowledge, announcement, training, all }
}

type BundleItem = { id: string; title: string; state: string; owner: string }

/**
 * Bundle items as the workflow has them now (their latest version), with the owner unit's name;
 * `alsoName` are further unit codes whose names come back in `unitNames`, from the same query.
 */
export async function loadBundleItems(req: PayloadRequest, ids: string[], alsoName: string[] = []) {
  if (ids.length === 0)
    return { items: new Map<string, BundleItem>(), unitNames: await unitNames(req, alsoName) }
  const { docs } = await req.payload.find({
    collection: 'knowledge',
    where: { id: { in: ids } },
    draft: true,
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    select: { title: true, workflowState: true, ownerCode: true },
    req,
  })
  const names = await unitNames(req, [...docs.map((doc) => doc.ownerCode ?? ''), ...alsoName])
  const items = new Map<string, BundleItem>(
    docs.map((doc) => [
      doc.id,
      {
        id: doc.id,
        title: doc.title,
        state: doc.workflowState ?? 'draft',
        owner: names.get(doc.ownerCode ?? '') ?? doc.ownerCode ?? '',
      },
    ]),
  )
  return { items, unitNames: names }
}

async function unitNames(req: PayloadRequest, codes: string[]) {
  if (!codes.some(Boolean)) return new Map<string, string>()
  const { docs } = await req.payload.find({
    collection: 'org-units',
    where: { code: { in: [...new Set(codes.filter(Boolean))] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((unit) => [unit.code, unit.name]))
}

/** Agents of the affected areas, and how many of them have acknowledged the training notice. */
async function trainingAcks(req: PayloadRequest, noticeId: string, areas: OrgScope[]) {
  const inAreas = areas.map((area) =>
    subtreeWhere(area, { province: 'orgProvince', city: 'orgCity' }),
  )
  const areaWhere: Where[] = inAreas.includes(true) ? [] : [{ or: inAreas as Where[] }]
  const { docs: agents } = await req.payload.find({
    collection: 'users',
    where: { and: [{ roles: { in: ['agent'] } }, ...areaWhere] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { orgCode: true },
    req,
  })
  if (agents.length === 0) return { acked: 0, agents: 0 }
  const { totalDocs } = await req.payload.count({
    collection: 'notice-acks',
    where: {
      and: [{ notice: { equals: noticeId } }, { user: { in: agents.map((agent) => agent.id) } }],
    },
    overrideAccess: true,
    req,
  })
  return { acked: totalDocs, agents: agents.length }
}

/** Readiness of a stored activity, read inside the caller's transaction. */
export async function loadReadiness(
  req: PayloadRequest,
  doc: ServiceActivity,
  now: Date,
): Promise<Readiness> {
  const ids = bundleIds(doc)
  const ownerCode = doc.ownerCode ?? ''
  const { items, unitNames: names } = await loadBundleItems(req, ids.all, [ownerCode])
  const ownerName = names.get(ownerCode) ?? ''
  // The training's audience: the areas affected, or else the owner unit's subtree (its codes are
  // on the activity, so the unit itself need not be read).
  const areas = doc.areas?.length
    ? (await Promise.all(doc.areas.map((area) => loadOrgScope(req, area)))).filter(
        (area): area is OrgScope => area !== null,
      )
    : [ownerScopeOf(doc)]
  const trainingItem = ids.training ? items.get(ids.training) : undefined
  const input: ReadinessInput = {
    goLiveAt: new Date(doc.goLiveAt),
    evaluations: (doc.evaluations ?? []).map((e) => ({
      step: e.step,
      result: e.result ?? 'pending',
      owner: e.assignee,
    })),
    requiredChanges: (doc.requiredChanges ?? []).map((c) => ({
      change: c.change,
      answer: c.answer,
    })),
    knowledge: ids.knowledge.map(
      (id) => items.get(id) ?? { id, title: id, state: 'missing', owner: ownerName },
    ),
    announcement: ids.announcement ? (items.get(ids.announcement) ?? null) : null,
    training: trainingItem
      ? {
          ...trainingItem,
          ...(await trainingAcks(req, trainingItem.id, areas)),
        }
      : null,
    trainingAckTarget: doc.trainingAckTarget ?? DEFAULT_TRAINING_ACK_TARGET,
    emergencyPlan: doc.emergencyPlan ?? null,
    checklist: (doc.checklist ?? []).map((line) => ({ line: line.line, done: Boolean(line.done) })),
    owner: ownerName,
    initiator: doc.initiatingDepartment || ownerName,
  }
  return activityReadiness(input, now)
}
