'use client'

import { useEffect, useState } from 'react'

type Pending = { id: string; name: string; orgCode: string | null }
type Data = { acknowledged: number; unacknowledged: Pending[] }

/**
 * 未读人员 of a notice, for editors and admins: the agents in their subtree who can see it and
 * have not marked it 已读 (`GET /api/knowledge/:id/unacknowledged`).
 */
export function UnacknowledgedList({ noticeId }: { noticeId: string }) {
  const [data, setData] = useState<Data | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    fetch(`/api/knowledge/${encodeURIComponent(noticeId)}/unacknowledged`, {
      credentials: 'same-origin',
      signal: controller.signal,
    })
      .then(async (res) => {
        const body = await res.json().catch(() => null)
        if (!res.ok) {
          setError(body?.errors?.[0]?.message ?? `HTTP ${res.status}`)
          return
        }
        setData(body as Data)
      })
      .catch((err: Error) => {
        if (err.name !== 'AbortError') setError('网络异常')
      })
    return () => controller.abort()
  }, [noticeId])

  return (
    <section aria-labelledby="agent-unread-title" className="agent-unread">
      <h2 id="agent-unread-title">未读人员</h2>
      <div aria-live="polite">
        {error ? (
          <p className="agent-message agent-message--error">无法加载未读人员：{error}</p>
        ) : !data ? (
          <p className="agent-meta">正在加载…</p>
        ) : data.unacknowledged.length === 0 ? (
          <p>本单位及下级的坐席均已阅读（累计已读 {data.acknowledged} 人）。</p>
        ) : (
          <>
            <p>
              {data.unacknowledged.length} 人未读（累计已读 {data.acknowledged} 人）：
            </p>
            <ul className="agent-unread__list">
              {data.unacknowledged.map((agent) => (
                <li key={agent.id}>
                  {agent.name}
                  {agent.orgCode && <span className="agent-meta">（{agent.orgCode}）</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  )
}
