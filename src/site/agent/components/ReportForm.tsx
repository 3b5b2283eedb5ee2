'use client'

import { type FormEvent, useId, useState } from 'react'

import { FEEDBACK_KIND_LABELS, FREE_KINDS } from '@/domain/feedback'
import { Confirmation, type Outcome, postFeedback } from './FeedbackConfirmation'

type FreeKind = (typeof FREE_KINDS)[number]

const PROMPTS: Record<FreeKind, string> = {
  missing: '客户问了什么？需要补充什么知识？',
  business: '遇到了什么业务问题？',
  process: '哪个流程、哪一步有问题？',
  system: '哪个系统、什么操作、出现什么现象？',
  service_suggestion: '您的建议是什么？',
}

type Props = { initialKind: FreeKind; initialQuery: string }

/**
 * 上报问题: a problem or suggestion not about one item, or knowledge found missing (with the search
 * that found nothing). It goes to the reporter's own unit, which handles it or passes it up.
 */
export function ReportForm({ initialKind, initialQuery }: Props) {
  const id = useId()
  const [kind, setKind] = useState<FreeKind>(initialKind)
  const [query, setQuery] = useState(initialQuery)
  const [text, setText] = useState('')
  const [pending, setPending] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!text.trim() && !(kind === 'missing' && query.trim())) {
      setOutcome({ ok: false, message: '请填写问题或建议的内容。' })
      return
    }
    setPending(true)
    const result = await postFeedback({
      kind,
      text: text.trim() || null,
      query: kind === 'missing' ? query.trim() || null : null,
    })
    setPending(false)
    if (result?.ok) {
      setText('')
      setOutcome({ ok: true, message: '已提交，本单位将受理，需要上级支撑的由本单位把关后上报。' })
    } else {
      setOutcome(result)
    }
  }

  return (
    <form className="agent-feedback agent-report-form" onSubmit={submit}>
      <fieldset>
        <legend>类型</legend>
        <div className="agent-radios">
          {FREE_KINDS.map((value) => (
            <label key={value}>
              <input
                checked={kind === value}
                name="kind"
                onChange={() => setKind(value)}
                type="radio"
                value={value}
              />
              {FEEDBACK_KIND_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'missing' && (
        <div className="agent-field">
          <label htmlFor={`${id}-query`}>没有查到答案的搜索词</label>
          <input
            id={`${id}-query`}
            maxLength={200}
            name="query"
            onChange={(event) => setQuery(event.target.value)}
            type="text"
            value={query}
          />
        </div>
      )}
      <div className="agent-field">
        <label htmlFor={`${id}-text`}>{PROMPTS[kind]}</label>
        <textarea
          id={`${id}-text`}
          maxLength={2000}
          name="text"
          onChange={(event) => setText(event.target.value)}
          rows={5}
          value={text}
        />
      </div>
      <button className="agent-button" disabled={pending} type="submit">
        {pending ? '提交中…' : '提交'}
      </button>
      <Confirmation outcome={outcome} />
    </form>
  )
}
