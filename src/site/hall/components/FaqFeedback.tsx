'use client'

import { useEffect, useId, useRef, useState } from 'react'

type Outcome = 'idle' | 'sending' | 'thanks' | 'already' | 'limited' | 'gone' | 'failed'

const MESSAGES: Record<Outcome, string> = {
  idle: '',
  sending: '正在提交…',
  thanks: '感谢您的评价！我们会根据您的意见持续改进。',
  already: '您已经评价过这个问题，感谢您的反馈。',
  limited: '操作太频繁，请稍后再试。',
  gone: '这个问题已下线，无法评价。',
  failed: '提交失败，请检查网络后重试。',
}

/**
 * 有帮助 / 没帮助 with an optional comment (`POST /api/knowledge/:id/vote`), and the page-view
 * beacon for 热门问题 (`POST /api/knowledge/:id/view`): the page itself is cached, so counting
 * happens here, once per page load.
 */
export function FaqFeedback({ itemId, province }: { itemId: string; province: string }) {
  const id = useId()
  const [comment, setComment] = useState('')
  const [outcome, setOutcome] = useState<Outcome>('idle')
  const counted = useRef(false)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const base = `/api/knowledge/${encodeURIComponent(itemId)}`

  useEffect(() => {
    if (counted.current) return
    counted.current = true
    fetch(`${base}/view`, {
      method: 'POST',
      credentials: 'omit',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ province }),
    }).catch(() => undefined)
  }, [base, province])

  const finished = outcome === 'thanks' || outcome === 'already' || outcome === 'gone'
  const busy = outcome === 'sending'

  // The form goes away once answered: keep keyboard and screen-reader users on the message.
  useEffect(() => {
    if (finished) statusRef.current?.focus()
  }, [finished])

  async function vote(helpful: boolean) {
    setOutcome('sending')
    try {
      const res = await fetch(`${base}/vote`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ helpful, comment: comment.trim() || undefined, province }),
      })
      setOutcome(
        res.status === 201 || res.ok
          ? 'thanks'
          : res.status === 409
            ? 'already'
            : res.status === 429
              ? 'limited'
              : res.status === 404
                ? 'gone'
                : 'failed',
      )
    } catch {
      setOutcome('failed')
    }
  }

  return (
    <section className="hall-feedback" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="hall-feedback__heading">
        这个回答对您有帮助吗？
      </h2>
      {finished ? null : (
        <form className="hall-feedback__form" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={`${id}-comment`} className="hall-feedback__label">
            补充意见（选填）
          </label>
          <textarea
            id={`${id}-comment`}
            className="hall-feedback__comment"
            rows={2}
            maxLength={500}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            placeholder="哪里没说清楚？您的意见会帮助我们改进答案"
          />
          <div className="hall-feedback__buttons">
            <button type="button" disabled={busy} onClick={() => vote(true)}>
              有帮助
            </button>
            <button type="button" disabled={busy} onClick={() => vote(false)}>
              没帮助
            </button>
          </div>
        </form>
      )}
      <p role="status" className="hall-feedback__status" ref={statusRef} tabIndex={-1}>
        {MESSAGES[outcome]}
      </p>
    </section>
  )
}
