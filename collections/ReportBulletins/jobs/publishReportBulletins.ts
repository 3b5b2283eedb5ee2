import type { PayloadRequest } from 'payload'

import {
  BULLETIN_CADENCE_LABELS,
  BULLETIN_CADENCES,
  lastCompletedPeriod,
  periodLabel,
} from '@/domain/bulletins'
import { orgScopeOf } from '@/lib/loadOrgScope'
import { bulletinFigures } from '../figures'

/**
 * 定期通报: for every province, the bulletin of the last completed week and month, once (a bulletin
 * already written for a period is left alone, so the daily run only fills what is missing).
 * Returns the keys written.
 */
export async function publishReportBulletins(req: PayloadRequest, at: Date): Promise<string[]> {
  const { docs: provinces } = await req.payload.find({
    collection: 'org-units',
    where: { level: { equals: 'province' } },
    sort: 'code',
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  const written: string[] = []
  for (const cadence of BULLETIN_CADENCES) {
    const period = lastCompletedPeriod(cadence, at)
    for (const province of provinces) {
      const key = `${province.code}:${cadence}:${period.from.toISOString()}`
      const { totalDocs } = await req.payload.count({
        collection: 'report-bulletins',
        where: { key: { equals: key } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) continue
      const scope = orgScopeOf(province)
      await req.payload.create({
        collection: 'report-bulletins',
        data: {
          key,
          title: `${province.name}反馈${BULLETIN_CADENCE_LABELS[cadence]}（${periodLabel(period)}）`,
          cadence,
          periodFrom: period.from.toISOString(),
          periodTo: period.to.toISOString(),
          figures: await bulletinFigures(req.payload, province, period),
          ownerLevel: scope.level,
          ownerCode: scope.code,
          ownerProvince: scope.province,
          ownerCity: scope.city,
        },
        overrideAccess: true,
        req,
      })
      written.push(key)
    }
  }
  return written
}
