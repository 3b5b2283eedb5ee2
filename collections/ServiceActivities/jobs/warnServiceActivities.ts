import type { PayloadRequest } from 'payload'

import { notify, usersAt } from '@collections/Notifications/notify'
import {
  AT_RISK_DAYS,
  WARNING_THRESHOLDS,
  type WarningThreshold,
  warningDue,
} from '@/domain/serviceReadiness'
import { loadReadiness } from '../readiness/loadReadiness'
import { saveServerOwnedFields } from './saveServerOwnedFields'

/** How many missing parts a warning names; the activity's readiness lists them all. */
const NAMED_IN_WARNING = 3

/**
 * 预警: activities not live yet whose go-live is at most 7 days away (or past) and that are not
 * ready get a warning at each threshold, once, kept on the activity; the admin dashboard's 服务前置
 * board shows them to the owner unit's people. Returns the ids warned.
 */
export async function warnServiceActivities(req: PayloadRequest, at: Date) {
  const horizon = new Date(at.getTime() + AT_RISK_DAYS * 86_400_000)
  const { docs } = await req.payload.find({
    collection: 'service-activities',
    where: {
      and: [
        { status: { in: ['planning', 'held'] } },
        { goLiveAt: { less_than_equal: horizon.toISOString() } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    context: { skipReadiness: true },
    req,
  })
  const warned: string[] = []
  for (const activity of docs) {
    const given = (activity.warnings ?? []).map((w) => w.threshold as WarningThreshold)
    const due = warningDue(new Date(activity.goLiveAt), at, given)
    if (!due) continue
    const readiness = await loadReadiness(req, activity, at)
    if (readiness.state === 'ready') continue
    const named = readiness.missing.slice(0, NAMED_IN_WARNING).map((m) => `${m.what}（${m.owner}）`)
    const more = readiness.missing.length - named.length
    const message = `${WARNING_THRESHOLDS[due].label}：${named.join('；')}${more > 0 ? `；另有 ${more} 项` : ''}`
    await saveServerOwnedFields(req, activity.id, {
      warnings: [
        ...(activity.warnings ?? []),
        {
          threshold: due,
          at: at.toISOString(),
          message,
        },
      ],
    })
    await notify(req, await usersAt(req, activity.ownerCode, ['editor', 'reviewer', 'admin']), {
      event: 'activity_warning',
      title: `服务前置预警：${activity.title}`,
      body: message,
      link: `/admin/collections/service-activities/${activity.id}`,
    })
    warned.push(activity.id)
  }
  return warned
}
