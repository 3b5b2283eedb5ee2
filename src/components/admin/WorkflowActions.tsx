'use client'
import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useState } from 'react'

import { WORKFLOW_ACTION_LABELS, type WorkflowAction } from '@/domain/workflow'
import { ActionDialog } from './ActionDialog'
import type { WorkflowInfo } from '@collections/Knowledge/endpoints/allowedActionsEndpoint'
import { errorMessageOf, formatDateTime, statusLine, WORKFLOW_CHANGED_EVENT } from './workflowText'

import './workflowAdmin.css'

/** The buttons people press, in display order (`expire` is the scheduler's alone). */
const BUTTONS: WorkflowAction[] = ['submit', 'withdraw', 'approve', 'reject', 'publish', 'archive']

const STYLE: Partial<Record<WorkflowAction, 'primary' | 'secondary' | 'error'>> = {
  submit: 'primary',
  approve: 'primary',
  publish: 'primary',
  reject: 'error',
}

/** Actions that ask first: reject needs 驳回意见; archive takes the item offline. */
const DIALOGS: Partial<
  Record<WorkflowAction, { title: string; description?: string; label: string; required: boolean }>
> = {
  reject: { title: '驳回', label: '驳回意见', required: true },
  archive: {
    title: '归档',
    description: '归档后条目下线，不再对读者展示；归档不能撤销。',
    label: '备注',
    required: false,
  },
}

/**
 * 流程状态 and the workflow buttons for one knowledge item (a sidebar UI field). What the user may
 * do comes from `GET /api/knowledge/:id/workflow`; the rules are never repeated in the browser.
 */
export function WorkflowActions() {
  const { id, collectionSlug, savedDocumentData, setHasPublishedDoc } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const modified = useFormModified()
  const headingId = useId()

  const [info, setInfo] = useState<WorkflowInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<WorkflowAction | null>(null)
  const [dialog, setDialog] = useState<WorkflowAction | null>(null)

  const url = id ? `${api}/${collectionSlug}/${id}/workflow` : null

  const load = useCallback(async () => {
    if (!url) return
    const res = await fetch(url, { credentials: 'include' })
    if (res.ok) {
      setInfo((await res.json()) as WorkflowInfo)
      setError(null)
    } else setError(await errorMessageOf(res, '无法读取流程状态'))
  }, [url])

  // Saving changes `lastEditedBy`, which changes who may approve: reload after every save.
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  useEffect(() => {
    void load()
  }, [load, savedAt])

  const run = async (action: WorkflowAction, comment?: string) => {
    if (!url) return
    setBusy(action)
    setError(null)
    try {
      const res = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, comment: comment || undefined }),
      })
      if (!res.ok) {
        const message = await errorMessageOf(res, `${WORKFLOW_ACTION_LABELS[action]}失败`)
        setError(message)
        toast.error(message)
        return
      }
      const { workflowState } = (await res.json()) as { workflowState: string }
      toast.success(`已${WORKFLOW_ACTION_LABELS[action]}`)
      setDialog(null)
      if (workflowState === 'published') setHasPublishedDoc(true)
      window.dispatchEvent(new CustomEvent(WORKFLOW_CHANGED_EVENT, { detail: { id } }))
      // Re-renders the edit view on the server, so the read-only workflow fields show the new state.
      router.refresh()
      await load()
    } catch {
      setError('网络错误，请稍后重试')
    } finally {
      setBusy(null)
    }
  }

  /** 复核确认: the item still holds; its next review moves a cycle on, no new version. */
  const confirmReview = async () => {
    if (!id) return
    setError(null)
    const res = await fetch(`${api}/${collectionSlug}/${id}/confirm-review`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    }).catch(() => null)
    if (!res?.ok) {
      const message = res ? await errorMessageOf(res, '复核确认失败') : '网络错误，请稍后重试'
      setError(message)
      toast.error(message)
      return
    }
    toast.success('已复核确认')
    router.refresh()
    await load()
  }

  if (!id) {
    return (
      <section aria-labelledby={headingId} className="kb-wf">
        <h3 className="kb-wf__title" id={headingId}>
          流程状态
        </h3>
        <p className="kb-wf__status">草稿（保存后可提交审核）</p>
      </section>
    )
  }

  const buttons = BUTTONS.filter((action) => info?.allowed.includes(action))
  const current = dialog ? DIALOGS[dialog] : undefined

  return (
    <section aria-busy={!info || Boolean(busy)} aria-labelledby={headingId} className="kb-wf">
      <h3 className="kb-wf__title" id={headingId}>
        流程状态
      </h3>
      <p
        aria-live="polite"
        className={`kb-wf__status${info?.overdue ? ' kb-wf__status--overdue' : ''}`}
      >
        {info ? statusLine(info) : error ? '—' : '正在读取…'}
      </p>
      {modified && buttons.length > 0 && (
        // A transition acts on the saved version, and the refresh afterwards would drop the edits.
        <p className="kb-wf__hint">有未保存的修改，请先保存再进行流程操作。</p>
      )}
      {buttons.length > 0 && (
        <div className="kb-wf__buttons" role="group" aria-label="流程操作">
          {buttons.map((action) => (
            <Button
              buttonStyle={STYLE[action] ?? 'secondary'}
              disabled={Boolean(busy) || modified}
              key={action}
              onClick={() => (DIALOGS[action] ? setDialog(action) : void run(action))}
              size="small"
              type="button"
            >
              {busy === action ? '处理中…' : WORKFLOW_ACTION_LABELS[action]}
            </Button>
          ))}
        </div>
      )}
      {info?.canConfirmReview && (
        <div className="kb-wf__confirm">
          <p className="kb-wf__hint">
            下次复核：{info.nextReviewAt ? formatDateTime(info.nextReviewAt) : '未设定'}
          </p>
          <Button
            buttonStyle="secondary"
            disabled={Boolean(busy)}
            onClick={() => void confirmReview()}
            size="small"
            type="button"
          >
            复核确认（内容仍有效）
          </Button>
        </div>
      )}
      {info && buttons.length === 0 && !info.canConfirmReview && (
        <p className="kb-wf__hint">当前没有您可执行的流程操作。</p>
      )}
      {error && (
        <p className="kb-wf__error" role="alert">
          {error}
        </p>
      )}
      <ActionDialog
        busy={Boolean(busy)}
        commentLabel={current?.label ?? '意见'}
        commentRequired={current?.required ?? false}
        confirmLabel={dialog ? `确认${WORKFLOW_ACTION_LABELS[dialog]}` : '确认'}
        description={current?.description}
        onClose={() => setDialog(null)}
        onConfirm={(comment) => dialog && void run(dialog, comment)}
        open={dialog !== null}
        title={current?.title ?? ''}
      />
    </section>
  )
}
