'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { ACTIVITY_STATUSES, READINESS_STATES } from '@/domain/serviceReadiness'
import type { ServiceActivity } from '@/payload-types'
import { errorMessageOf, formatDateTime } from './workflowText'

import './workflowAdmin.css'

type Row = Pick<ServiceActivity, 'id' | 'title' | 'goLiveAt' | 'status' | 'readiness'>

/**
 * 服务前置 in a knowledge item's sidebar: the activities that load this item (as knowledge, their
 * announcement or their training notice), with their go-live time and readiness, read with the
 * signed-in user's session. Nothing shows for an item no activity needs.
 */
export function ItemServiceActivities() {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const [rows, setRows] = useState<Row[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    const item = encodeURIComponent(String(id))
    const query =
      `where[or][0][knowledge][equals]=${item}&where[or][1][announcement][equals]=${item}` +
      `&where[or][2][trainingNotice][equals]=${item}&sort=goLiveAt&limit=20&depth=0`
    fetch(`${api}/service-activities?${query}`, { credentials: 'include' })
      .then(async (res) => {
        if (!res.ok) return setError(await errorMessageOf(res, '无法读取服务前置事项'))
        setRows(((await res.json()) as { docs: Row[] }).docs)
      })
      .catch(() => setError('网络错误，无法读取服务前置事项'))
  }, [api, id])

  if (!id || (rows && rows.length === 0)) return null
  return (
    <section className="kb-wf kb-sr-item" aria-labelledby="kb-sr-item-title">
      <h3 className="kb-wf__title" id="kb-sr-item-title">
        服务前置
      </h3>
      {error && (
        <p className="kb-wf__error" role="alert">
          {error}
        </p>
      )}
      {rows && (
        <ul>
          {rows.map((row) => (
            <li key={row.id}>
              <a href={`${admin}/collections/service-activities/${row.id}`}>{row.title}</a>
              <small>
                上线 {formatDateTime(row.goLiveAt)} ·{' '}
                {row.status === 'planning' && row.readiness
                  ? READINESS_STATES[row.readiness.state]
                  : ACTIVITY_STATUSES[row.status ?? 'planning']}
              </small>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
