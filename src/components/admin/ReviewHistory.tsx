'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import {
  type ReviewStepKind,
  WORKFLOW_ACTION_LABELS,
  WORKFLOW_STATE_LABELS,
  type WorkflowAction,
  type WorkflowState,
} from '@/domain/workflow'
import type { ReviewEvent } from '@/payload-types'
import {
  errorMessageOf,
  formatDateTime,
  STEP_KIND_LABELS,
  WORKFLOW_CHANGED_EVENT,
} from './workflowText'

import './workflowAdmin.css'

const actionLabel = (action: ReviewEvent['action']) =>
  action === 'import' ? '导入' : (WORKFLOW_ACTION_LABELS[action as WorkflowAction] ?? action)

const stateLabel = (state: ReviewEvent['from']) =>
  state ? (WORKFLOW_STATE_LABELS[state as WorkflowState] ?? state) : '—'

const stepLabel = (event: ReviewEvent) =>
  event.stepKind
    ? `${STEP_KIND_LABELS[event.stepKind as ReviewStepKind] ?? event.stepKind}${event.stepUnit ? `（${event.stepUnit}）` : ''}`
    : '—'

/** 审核记录 of one knowledge item, newest first, read with the signed-in user's session. */
export function ReviewHistory() {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [events, setEvents] = useState<ReviewEvent[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (!id) return
    const query = `where[item][equals]=${encodeURIComponent(String(id))}&sort=-createdAt&limit=50&depth=0`
    try {
      const res = await fetch(`${api}/review-events?${query}`, { credentials: 'include' })
      if (!res.ok) {
        setError(await errorMessageOf(res, '无法读取审核记录'))
        return
      }
      setEvents(((await res.json()) as { docs: ReviewEvent[] }).docs)
      setError(null)
    } catch {
      setError('网络错误，无法读取审核记录')
    }
  }, [api, id])

  useEffect(() => {
    void load()
    // WorkflowActions announces each transition it makes on this page.
    const reload = () => void load()
    window.addEventListener(WORKFLOW_CHANGED_EVENT, reload)
    return () => window.removeEventListener(WORKFLOW_CHANGED_EVENT, reload)
  }, [load])

  if (!id) return null

  return (
    <section className="kb-wf" aria-busy={events === null && !error}>
      {error && (
        <p className="kb-wf__error" role="alert">
          {error}
        </p>
      )}
      {!error && events === null && <p>正在读取审核记录…</p>}
      {events && (
        <table className="kb-wf-table">
          <caption>审核记录{events.length === 50 ? '（最近 50 条）' : ''}</caption>
          <thead>
            <tr>
              <th scope="col">时间</th>
              <th scope="col">操作</th>
              <th scope="col">原状态 → 新状态</th>
              <th scope="col">步骤</th>
              <th scope="col">操作人</th>
              <th scope="col">意见</th>
            </tr>
          </thead>
          <tbody>
            {events.length === 0 && (
              <tr>
                <td colSpan={6}>暂无审核记录</td>
              </tr>
            )}
            {events.map((event) => (
              <tr key={event.id}>
                <td>
                  <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
                </td>
                <td>{actionLabel(event.action)}</td>
                <td>
                  {stateLabel(event.from)} → {stateLabel(event.to)}
                </td>
                <td>{stepLabel(event)}</td>
                <td>{event.actorName ?? '—'}</td>
                <td className="kb-wf-table__comment">{event.comment || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
