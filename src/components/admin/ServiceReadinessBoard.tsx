import Link from 'next/link'
import type { ServerProps, Where } from 'payload'

import { contentWorkerWhere } from '@access/knowledgeScope'
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  READINESS_STATES,
  WARNING_THRESHOLDS,
} from '@/domain/serviceReadiness'
import { formatDateTime } from './workflowText'
import { now } from '@/lib/clock'

import './workflowAdmin.css'

/** The board looks this far ahead. */
const BOARD_DAYS = 30

/**
 * 服务前置 board (beforeDashboard): the activities of the viewer's subtree going live in the next
 * 30 days, and those held at go-live, with their readiness and the latest warning.
 */
export async function ServiceReadinessBoard({ payload, user }: ServerProps) {
  const subtree = contentWorkerWhere(user)
  if (!user || subtree === false) return null
  const at = now()
  const horizon = new Date(at.getTime() + BOARD_DAYS * 86_400_000)
  const where: Where = {
    and: [
      ...(subtree === true ? [] : [subtree]),
      {
        or: [
          { status: { equals: 'held' } },
          {
            and: [
              { status: { equals: 'planning' } },
              { goLiveAt: { less_than_equal: horizon.toISOString() } },
            ],
          },
        ],
      },
    ],
  }
  const { docs } = await payload.find({
    collection: 'service-activities',
    where,
    sort: 'goLiveAt',
    depth: 0,
    limit: 50,
    overrideAccess: false,
    user,
  })
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="kb-sr-board-title" className="kb-sr-board">
      <h2 id="kb-sr-board-title">服务前置</h2>
      {docs.length === 0 ? (
        <p>未来 {BOARD_DAYS} 天内没有待上线的服务前置事项。</p>
      ) : (
        <table>
          <caption className="kb-wf-visually-hidden">
            本单位及下级未来 {BOARD_DAYS} 天内上线及上线受阻的事项
          </caption>
          <thead>
            <tr>
              <th scope="col">事项</th>
              <th scope="col">上线时间</th>
              <th scope="col">就绪情况</th>
              <th scope="col">未就绪事项</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((doc) => {
              const readiness = doc.readiness
              const warning = doc.warnings?.at(-1)
              return (
                <tr key={doc.id}>
                  <td>
                    <Link
                      href={`${admin}/collections/service-activities/${doc.id}`}
                      prefetch={false}
                    >
                      {doc.title}
                    </Link>
                    <small>
                      {ACTIVITY_KINDS[doc.activityType].label}
                      {doc.status === 'held' ? ` · ${ACTIVITY_STATUSES.held}` : ''}
                    </small>
                  </td>
                  <td>{formatDateTime(doc.goLiveAt, at)}</td>
                  <td>
                    <span className={`kb-sr-state kb-sr-state--${readiness?.state ?? 'not_ready'}`}>
                      {READINESS_STATES[readiness?.state ?? 'not_ready']}
                    </span>
                    {warning ? <small>{WARNING_THRESHOLDS[warning.threshold].label}</small> : null}
                  </td>
                  <td>
                    {doc.status === 'held' && doc.heldReason ? <p>{doc.heldReason}</p> : null}
                    {readiness?.missing.length ? (
                      <ul>
                        {readiness.missing.slice(0, 3).map((m) => (
                          <li key={m.part}>
                            {m.what}（{m.owner}）
                          </li>
                        ))}
                        {readiness.missing.length > 3 ? (
                          <li>另有 {readiness.missing.length - 3} 项</li>
                        ) : null}
                      </ul>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
