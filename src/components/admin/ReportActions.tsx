'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useState } from 'react'

import { REPORT_ACTION_LABELS, type ReportAction } from '@/domain/feedback'
import type { ReportActionsInfo } from '@collections/Feedback/endpoints/reportActionsEndpoint'
import { ActionDialog } from './ActionDialog'
import { errorMessageOf } from './workflowText'

import './workflowAdmin.css'

/** Steps that ask for a text first: what it says, and whether it must be given. */
const DIALOGS: Partial<
  Record<ReportAction, { title: string; description?: string; label: string; required: boolean }>
> = {
  forward: {
    title: '上报上级',
    description: '本单位无法解决、需要上级支撑时，把关后上报上一级单位，时限重新计算。',
    label: '上报说明',
    required: true,
  },
  resolve: { title: '办结', label: '处理答复（反馈人可见）', required: true },
  reject: { title: '不予采纳', label: '不予采纳的理由（反馈人可见）', required: true },
  reopen: { title: '重新打开', label: '重新打开的原因', required: true },
}

const BUTTONS: ReportAction[] = ['accept', 'resolve', 'forward', 'reject', 'reopen']

const STYLE: Partial<Record<ReportAction, 'primary' | 'secondary' | 'error'>> = {
  accept: 'primary',
  resolve: 'primary',
  reject: 'error',
}

/**
 * The handling panel of a report (a sidebar UI field): 受理, 办结, 上报上级, 不予采纳, 合并重复.
 * What the user may do comes from `GET /api/feedback/:id/handle`; the server's Chinese message is
 * shown when a step is refused.
 */
export function ReportActions() {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const headingId = useId()
  const [info, setInfo] = useState<ReportActionsInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<ReportAction | null>(null)
  const [dialog, setDialog] = useState<ReportAction | null>(null)
  const [into, setInto] = useState('')

  const url = id ? `${api}/feedback/${id}/handle` : null

  const load = useCallback(async () => {
    if (!url) return
    const res = await fetch(url, { credentials: 'include' })
    if (res.ok) {
      setInfo((await res.json()) as ReportActionsInfo)
      setError(null)
    } else setError(await errorMessageOf(res, '无法读取处理状态'))
  }, [url])

  useEffect(() => {
    void load()
  }, [load])

  const run = async (action: ReportAction, text?: string) => {
    if (!url) return
    setBusy(action)
    setError(null)
    try {
      const res = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, text: text || undefined, into: into || undefined }),
      })
      if (!res.ok) {
        const message = await errorMessageOf(res, `${REPORT_ACTION_LABELS[action]}失败`)
        setError(message)
        toast.error(message)
        return
      }
      toast.success(`已${REPORT_ACTION_LABELS[action]}`)
      setDialog(null)
      router.refresh()
      await load()
    } catch {
      setError('网络错误，请稍后重试')
    } finally {
      setBusy(null)
    }
  }

  if (!id) return null
  const buttons = BUTTONS.filter((action) => info?.allowed.includes(action))
  const current = dialog ? DIALOGS[dialog] : undefined
  const canMerge = Boolean(info?.allowed.includes('merge') && info.mergeTargets.length > 0)

  return (
    <section aria-busy={!info || Boolean(busy)} aria-labelledby={headingId} className="kb-wf">
      <h3 className="kb-wf__title" id={headingId}>
        处理
      </h3>
      {buttons.length > 0 && (
        <div aria-label="处理操作" className="kb-wf__buttons" role="group">
          {buttons.map((action) => (
            <Button
              buttonStyle={STYLE[action] ?? 'secondary'}
              disabled={Boolean(busy)}
              key={action}
              onClick={() => (DIALOGS[action] ? setDialog(action) : void run(action))}
              size="small"
              type="button"
            >
              {busy === action ? '处理中…' : REPORT_ACTION_LABELS[action]}
            </Button>
          ))}
        </div>
      )}
      {canMerge && (
        <div className="kb-wf__merge">
          <label htmlFor={`${headingId}-into`}>与本单位在办的反馈重复？合并到：</label>
          <select
            id={`${headingId}-into`}
            onChange={(event) => setInto(event.target.value)}
            value={into}
          >
            <option value="">（选择反馈）</option>
            {info!.mergeTargets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.title}
              </option>
            ))}
          </select>
          <Button
            buttonStyle="secondary"
            disabled={Boolean(busy) || !into}
            onClick={() => void run('merge')}
            size="small"
            type="button"
          >
            {busy === 'merge' ? '处理中…' : REPORT_ACTION_LABELS.merge}
          </Button>
        </div>
      )}
      {info && buttons.length === 0 && !canMerge && (
        <p className="kb-wf__hint">当前没有您可执行的处理操作。</p>
      )}
      {error && (
        <p className="kb-wf__error" role="alert">
          {error}
        </p>
      )}
      <ActionDialog
        busy={Boolean(busy)}
        commentLabel={current?.label ?? '说明'}
        commentRequired={current?.required ?? false}
        confirmLabel={dialog ? `确认${REPORT_ACTION_LABELS[dialog]}` : '确认'}
        description={current?.description}
        onClose={() => setDialog(null)}
        onConfirm={(text) => dialog && void run(dialog, text)}
        open={dialog !== null}
        title={current?.title ?? ''}
      />
    </section>
  )
}
