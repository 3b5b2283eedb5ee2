import type { Payload, Where } from 'payload'

import { OWNER_SCOPE_FIELDS } from '@access/knowledgeScope'
import { subtreeWhere } from '@access/orgScope'
import { type MonitorRow, monitorOfUnit } from '@collections/Feedback/monitor/loadReportMonitor'
import { FEEDBACK_KIND_LABELS, FEEDBACK_KINDS, isRoutedKind } from '@/domain/feedback'
import { orgScopeOf } from '@/lib/loadOrgScope'
import type { OrgUnit } from '@/payload-types'

/** What a bulletin holds. */
export type BulletinFigures = {
  rows: MonitorRow[]
  /** Reports received in the period per kind, most frequent first (top problems). */
  kinds: { kind: string; label: string; count: number }[]
  /** What changed because of them: reports resolved in the period, with their answers. */
  changes: { title: string; reply: string }[]
  ranking: { name: string; unit: string; points: number }[]
}

/** Resolved reports a bulletin quotes. */
const CHANGES_QUOTED = 10

/** A bulletin's figures for `unit` over a period, counted in the database. */
export async function bulletinFigures(
  payload: Payload,
  unit: OrgUnit,
  period: { from: Date; to: Date },
): Promise<BulletinFigures> {
  const monitor = await monitorOfUnit(payload, unit, { ...period, at: period.to })
  const subtree = subtreeWhere(orgScopeOf(unit), OWNER_SCOPE_FIELDS)
  const scope: Where[] = subtree === true ? [] : [subtree]
  const from = period.from.toISOString()
  const to = period.to.toISOString()
  const kinds = []
  for (const kind of FEEDBACK_KINDS.filter(isRoutedKind)) {
    const { totalDocs } = await payload.count({
      collection: 'feedback',
      where: {
        and: [
          ...scope,
          { kind: { equals: kind } },
          { createdAt: { greater_than_equal: from } },
          { createdAt: { less_than: to } },
        ],
      },
      overrideAccess: true,
    })
    if (totalDocs > 0) kinds.push({ kind, label: FEEDBACK_KIND_LABELS[kind], count: totalDocs })
  }
  const { docs: resolved } = await payload.find({
    collection: 'feedback',
    where: {
      and: [
        ...scope,
        { status: { equals: 'resolved' } },
        { mergedInto: { exists: false } },
        { closedAt: { greater_than_equal: from } },
        { closedAt: { less_than: to } },
      ],
    },
    select: { itemTitle: true, reply: true },
    sort: '-closedAt',
    limit: CHANGES_QUOTED,
    depth: 0,
    overrideAccess: true,
  })
  return {
    rows: monitor.rows,
    kinds: kinds.sort((a, b) => b.count - a.count),
    changes: resolved.map((r) => ({ title: r.itemTitle ?? '', reply: r.reply ?? '' })),
    ranking: monitor.ranking,
  }
}
