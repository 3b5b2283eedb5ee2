'use client'

import { useState } from 'react'

type Props = { noticeId: string; title: string; acknowledged: boolean }

/**
 * 已读 on a service notice (`POST /api/knowledge/:id/acknowledge`, idempotent). Once read the
 * button stays in place (aria-disabled, so focus is not lost) and says so.
 */
export function NoticeAckButton({ noticeId, title, acknowledged }: Props) {
  const [state, setState] = useState<'unread' | 'pending' | 'read' | 'failed'>(
    acknowledged ? 'read' : 'unread',
  )
  async function acknowledge() {
    if (state === 'read' || state === 'pending') return
    setState('pending')
    try {
      const res = await fetch(`/api/knowledge/${encodeURIComponent(noticeId)}/acknowledge`, {
        method: 'POST',
        credentials: 'same-origin',
      })
      setState(res.ok ? 'read' : 'failed')
    } catch {
      setState('failed')
    }
  }
  const read = state === 'read'
  return (
    <span className="agent-ack">
      <button
        aria-disabled={read || state === 'pending' ? true : undefined}
        aria-label={read ? `已读：${title}` : `标记为已读：${title}`}
        className={`agent-button agent-button--small${read ? ' agent-button--done' : ''}`}
        onClick={acknowledge}
        type="button"
      >
        {read ? '✓ 已读' : state === 'pending' ? '提交中…' : '已读'}
      </button>
      <span aria-live="polite" className="agent-ack__status">
        {state === 'failed' ? '提交失败，请重试' : ''}
      </span>
    </span>
  )
}
