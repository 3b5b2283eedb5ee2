import type { Payload, Where } from 'payload'

import { OWNER_SCOPE_FIELDS } from '@access/knowledgeScope'
import { actorContains, subtreeWhere } from '@access/orgScope'
import type { Actor } from '@access/roles'
import { FEEDBACK_KINDS, isRoutedKind, sumPoints } from '@/domain/feedback'
import { orgScopeOf } from '@/lib/loadOrgScope'
import { relationId } from '@/lib/relationId'
import type { OrgUnit } from '@/payload-types'

/** One row of 省公司监控: reports that came in at a unit or below it. */
export type MonitorRow = {
  code: string
  name: string
  /** Filed in the period. */
  received: number
  /** Open now, whenever filed. */
  open: number
  /** Open now and past their time limit. */
  overdue: number
  /** Closed (resolved or rejected) in the period… */
  closed: number
  /** …of which without ever missing a limit. */
  closedOnTime: number
}

export type ReportMonitor = {
  unit: { code: string; name: string }
  period: { from: string; to: string }
  rows: MonitorRow[]
  /** 积分排名: the top reporters of the unit's province (of the whole country at HQ). */
  ranking: { name: string; unit: string; points: number }[]
}

const ROUTED = FEEDBACK_KINDS.filter(isRoutedKind)
const OPEN = ['new', 'accepted', 'forwarded']
const RANKED = 10

/** Refused: a unit outside the viewer's subtree, or unknown. */
export class MonitorScopeError extends Error {}

/**
 * 省公司监控 for `unitCode` (default: the viewer's unit): a row for the unit's own reports and one
 * per unit below it (HQ → provinces, a province → its cities), each counted in the database, and
 * the points ranking. Only content workers, and only inside their own subtree.
 */
export async function loadReportMonitor(
  payload: Payload,
  user: Actor,
  options: { unitCode?: string; from: Date; to: Date; at: Date },
): Promise<ReportMonitor> {
  const code = options.unitCode ?? user.orgCode ?? ''
  const { docs: units } = await payload.find({
    collection: 'org-units',
    where: { code: { equals: code } },
    depth: 0,
    limit: 1,
  })
  const unit = units[0]
  if (!unit || !actorContains(user, orgScopeOf(unit))) throw new MonitorScopeError(code)
  return monitorOfUnit(payload, unit, options)
}

/** The monitor's figures for `unit` and the units below it, whoever asks (jobs, checked callers). */
export async function monitorOfUnit(
  payload: Payload,
  unit: OrgUnit,
  options: { from: Date; to: Date; at: Date },
): Promise<ReportMonitor> {
  const { docs: children } = await payload.find({
    collection: 'org-units',
    where: { parent: { equals: unit.id } },
    sort: 'code',
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const from = options.from.toISOString()
  const to = options.to.toISOString()
  const count = async (scope: Where, extra: Where) =>
    (
      await payload.count({
        collection: 'feedback',
        where: { and: [scope, { kind: { in: ROUTED } }, extra] },
        overrideAccess: true,
      })
    ).totalDocs
  const row = async (name: string, rowCode: string, scope: Where): Promise<MonitorRow> => {
    const closedInPeriod: Where = {
      and: [
        { status: { in: ['resolved', 'rejected'] } },
        { closedAt: { greater_than_equal: from } },
        { closedAt: { less_than: to } },
      ],
    }
    return {
      code: rowCode,
      name,
      received: await count(scope, {
        and: [{ createdAt: { greater_than_equal: from } }, { createdAt: { less_than: to } }],
      }),
      open: await count(scope, { status: { in: OPEN } }),
      overdue: await count(scope, {
        and: [{ status: { in: OPEN } }, { dueAt: { less_than: options.at.toISOString() } }],
      }),
      closed: await count(scope, closedInPeriod),
      closedOnTime: await count(scope, {
        and: [closedInPeriod, { overdue: { not_equals: true } }],
      }),
    }
  }
  const rows = [await row(`${unit.name}（本级）`, unit.code, { ownerCode: { equals: unit.code } })]
  for (const child of children) {
    const subtree = subtreeWhere(orgScopeOf(child), OWNER_SCOPE_FIELDS)
    rows.push(await row(child.name, child.code, subtree === true ? {} : subtree))
  }
  return {
    unit: { code: unit.code, name: unit.name },
    period: { from, to },
    rows,
    ranking: await loadRanking(payload, unit.level === 'hq' ? null : (unit.province ?? null)),
  }
}

/** The top reporters by points earned, in a province or (null) the whole country. */
async function loadRanking(payload: Payload, province: string | null) {
  const { docs } = await payload.find({
    collection: 'feedback',
    where: {
      and: [
        { points: { greater_than: 0 } },
        ...(province ? [{ reporterProvince: { equals: province } }] : []),
      ],
    },
    select: { reporter: true, points: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byReporter = new Map<string, number[]>()
  for (const doc of docs) {
    const id = relationId(doc.reporter)
    if (id) byReporter.set(id, [...(byReporter.get(id) ?? []), doc.points ?? 0])
  }
  const top = [...byReporter.entries()]
    .map(([id, points]) => [id, sumPoints(points)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, RANKED)
  if (top.length === 0) return []
  const { docs: users } = await payload.find({
    collection: 'users',
    where: { id: { in: top.map(([id]) => id) } },
    depth: 1,
    limit: top.length,
    overrideAccess: true,
  })
  const byId = new Map(users.map((u) => [u.id, u]))
  return top.map(([id, points]) => {
    const user = byId.get(id)
    const unit = user?.orgUnit && typeof user.orgUnit === 'object' ? user.orgUnit.name : ''
    return { name: user?.name ?? '（已删除用户）', unit, points }
  })
}
