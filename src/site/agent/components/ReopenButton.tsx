'use client'

import { useRouter } from 'next/navigation'
import { type FormEvent, useId, useState } from 'react'

import { Confirmation, type Outcome, postFeedback } from './FeedbackConfirmation'

/** 重新打开: the reporter, not satisfied with the answer, sends the report back once with a reason. */
export function ReopenButton({ reportId }: { reportId: string }) {
  const id = useId()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [pending, setPending] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!reason.trim()) {
      setOutcome({ ok: false, message: '请说明重新打开的原因。' })
      return
    }
    setPending(true)
    const result = await postFeedback(
      { action: 'reopen', text: reason.trim() },
      `/api/feedback/${encodeURIComponent(reportId)}/handle`,
    )
    setPending(false)
    setOutcome(result?.ok ? { ok: true, message: '已重新打开，处理单位将再次处理。' } : result)
    if (result?.ok) router.refresh()
  }

  if (!open)
    return (
      <button
        className="agent-button agent-button--quiet"
        onClick={() => setOpen(true)}
        type="button"
      >
        对答复不满意，重新打开
      </button>
    )
  return (
    <form className="agent-reopen" onSubmit={submit}>
      <div className="agent-field">
        <label htmlFor={`${id}-reason`}>重新打开的原因（每条反馈限一次，办结后 14 天内）</label>
        <textarea
          id={`${id}-reason`}
          maxLength={2000}
          onChange={(event) => setReason(event.target.value)}
          rows={3}
          value={reason}
        />
      </div>
      <button className="agent-button" disabled={pending} type="submit">
        {pending ? '提交中…' : '重新打开'}
      </button>
      <Confirmation outcome={outcome} />
    </form>
  )
}
