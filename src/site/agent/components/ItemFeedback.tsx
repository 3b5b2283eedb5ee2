'use client'

import { type FormEvent, useId, useState } from 'react'

import { Confirmation, type Outcome, postFeedback } from './FeedbackConfirmation'

type ReportKind = 'error' | 'suggestion'
const REPORT_KINDS: [ReportKind, string][] = [
  ['error', '报错（内容有误）'],
  ['suggestion', '修改建议'],
]

const STARS = [1, 2, 3, 4, 5] as const

/** 评分 (1–5 stars) and 报错 / 修改建议 on an item, each confirmed in place. */
export function ItemFeedback({ itemId }: { itemId: string }) {
  const id = useId()
  const [rating, setRating] = useState(0)
  const [hover, setHover] = useState(0)
  const [ratingPending, setRatingPending] = useState(false)
  const [ratingOutcome, setRatingOutcome] = useState<Outcome>(null)

  const [kind, setKind] = useState<ReportKind>('error')
  const [text, setText] = useState('')
  const [reportPending, setReportPending] = useState(false)
  const [reportOutcome, setReportOutcome] = useState<Outcome>(null)

  async function submitRating(event: FormEvent) {
    event.preventDefault()
    if (!rating) {
      setRatingOutcome({ ok: false, message: '请先选择 1 到 5 星。' })
      return
    }
    setRatingPending(true)
    const outcome = await postFeedback({ kind: 'rating', item: itemId, rating })
    setRatingPending(false)
    setRatingOutcome(
      outcome?.ok ? { ok: true, message: `已提交评分：${rating} 星，感谢反馈。` } : outcome,
    )
  }

  async function submitReport(event: FormEvent) {
    event.preventDefault()
    if (!text.trim()) {
      setReportOutcome({ ok: false, message: '请填写问题或建议的内容。' })
      return
    }
    setReportPending(true)
    const outcome = await postFeedback({ kind, item: itemId, text: text.trim() })
    setReportPending(false)
    if (outcome?.ok) {
      setText('')
      setReportOutcome({
        ok: true,
        message:
          kind === 'error'
            ? '已提交报错，已转给条目所属单位处理。'
            : '已提交修改建议，已转给条目所属单位处理。',
      })
    } else {
      setReportOutcome(outcome)
    }
  }

  const lit = hover || rating
  return (
    <section aria-labelledby={`${id}-title`} className="agent-feedback">
      <h2 id={`${id}-title`}>评价与反馈</h2>
      <form className="agent-feedback__rating" onSubmit={submitRating}>
        <fieldset>
          <legend>这条知识对解答客户问题有帮助吗？</legend>
          <div className="agent-stars" onMouseLeave={() => setHover(0)}>
            {STARS.map((value) => (
              <label
                className={`agent-star${value <= lit ? ' agent-star--on' : ''}`}
                key={value}
                onMouseEnter={() => setHover(value)}
              >
                <input
                  checked={rating === value}
                  className="agent-visually-hidden"
                  name="rating"
                  onChange={() => setRating(value)}
                  type="radio"
                  value={value}
                />
                <span aria-hidden="true">★</span>
                <span className="agent-visually-hidden">{value} 星</span>
              </label>
            ))}
            <span aria-hidden="true" className="agent-stars__value">
              {rating ? `${rating} 星` : ''}
            </span>
          </div>
        </fieldset>
        <button className="agent-button" disabled={ratingPending} type="submit">
          {ratingPending ? '提交中…' : '提交评分'}
        </button>
        <Confirmation outcome={ratingOutcome} />
      </form>

      <form className="agent-feedback__report" onSubmit={submitReport}>
        <fieldset>
          <legend>报错或建议修改</legend>
          <div className="agent-radios">
            {REPORT_KINDS.map(([value, label]) => (
              <label key={value}>
                <input
                  checked={kind === value}
                  name="kind"
                  onChange={() => setKind(value)}
                  type="radio"
                  value={value}
                />
                {label}
              </label>
            ))}
          </div>
          <div className="agent-field">
            <label htmlFor={`${id}-text`}>
              {kind === 'error' ? '哪里有误？正确的内容是什么？' : '建议如何修改？'}
            </label>
            <textarea
              id={`${id}-text`}
              maxLength={2000}
              name="text"
              onChange={(event) => setText(event.target.value)}
              required
              rows={4}
              value={text}
            />
          </div>
        </fieldset>
        <button className="agent-button" disabled={reportPending} type="submit">
          {reportPending ? '提交中…' : kind === 'error' ? '提交报错' : '提交建议'}
        </button>
        <Confirmation outcome={reportOutcome} />
      </form>
    </section>
  )
}
