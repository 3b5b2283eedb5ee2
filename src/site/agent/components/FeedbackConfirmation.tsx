'use client'

import Link from 'next/link'

export type Outcome = { ok: boolean; message: string } | null

/**
 * Files a report as the signed-in user (`POST /api/feedback`, the hook sets the reporter), or
 * takes a step on one (`path` = `/api/feedback/:id/handle`).
 */
export async function postFeedback(
  body: Record<string, unknown>,
  path = '/api/feedback',
): Promise<Outcome> {
  try {
    const res = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (res.ok) return { ok: true, message: '' }
    const data = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
    if (res.status === 401 || res.status === 403)
      return { ok: false, message: '登录已失效，请重新登录后再提交。' }
    return {
      ok: false,
      message: `提交失败：${data?.errors?.[0]?.message ?? `HTTP ${res.status}`}`,
    }
  } catch {
    return { ok: false, message: '网络异常，提交失败，请稍后重试。' }
  }
}

/** The outcome of a submission, announced in place, with the way to 我的反馈 after a success. */
export function Confirmation({ outcome }: { outcome: Outcome }) {
  return (
    <p
      aria-live="polite"
      className={
        outcome ? `agent-message agent-message--${outcome.ok ? 'ok' : 'error'}` : 'agent-message'
      }
      role="status"
    >
      {outcome?.message}
      {outcome?.ok && (
        <>
          {' '}
          处理进度见 <Link href="/agent/reports">我的反馈</Link>。
        </>
      )}
    </p>
  )
}
