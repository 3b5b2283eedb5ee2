'use client'
import { Button } from '@payloadcms/ui'
import { useEffect, useId, useRef, useState } from 'react'

import './workflowAdmin.css'

type Props = {
  open: boolean
  title: string
  /** Shown above the comment box, e.g. what the action will do. */
  description?: string
  commentLabel: string
  commentRequired: boolean
  confirmLabel: string
  busy: boolean
  onConfirm: (comment: string) => void
  onClose: () => void
}

/**
 * A confirmation with a comment box in a native modal `<dialog>`: `showModal()` makes the rest of
 * the page inert (focus stays inside) and Escape closes it. No nested `<form>`, because the dialog
 * sits inside Payload's document form.
 */
export function ActionDialog(props: Props) {
  const { open, title, description, commentLabel, commentRequired, confirmLabel, busy } = props
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [comment, setComment] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      setComment('')
      setProblem(null)
      dialog.showModal()
    } else if (!open && dialog.open) dialog.close()
  }, [open])

  const confirm = () => {
    if (commentRequired && !comment.trim()) {
      setProblem(`请填写${commentLabel}`)
      return
    }
    props.onConfirm(comment.trim())
  }

  return (
    <dialog
      aria-describedby={description ? `${id}-description` : undefined}
      aria-labelledby={`${id}-title`}
      className="kb-wf-dialog"
      onCancel={(event) => {
        event.preventDefault() // let React state close it, so `open` stays the single truth
        if (!busy) props.onClose()
      }}
      ref={ref}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {description && <p id={`${id}-description`}>{description}</p>}
      <label htmlFor={`${id}-comment`}>
        {commentLabel}
        {commentRequired ? '（必填）' : '（选填）'}
      </label>
      <textarea
        aria-describedby={problem ? `${id}-problem` : undefined}
        aria-invalid={Boolean(problem)}
        aria-required={commentRequired}
        autoFocus
        id={`${id}-comment`}
        maxLength={2000}
        onChange={(event) => {
          setComment(event.target.value)
          setProblem(null)
        }}
        value={comment}
      />
      {problem && (
        <p className="kb-wf__error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <div className="kb-wf__buttons" style={{ marginTop: 'var(--base)' }}>
        <Button buttonStyle="primary" disabled={busy} onClick={confirm} type="button">
          {busy ? '处理中…' : confirmLabel}
        </Button>
        <Button buttonStyle="secondary" disabled={busy} onClick={props.onClose} type="button">
          取消
        </Button>
      </div>
    </dialog>
  )
}
