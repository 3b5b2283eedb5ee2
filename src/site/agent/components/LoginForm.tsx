'use client'

import { type FormEvent, useRef, useState } from 'react'

const HAN = /\p{Script=Han}/u

/** Payload answers in the browser's language; a Chinese message is shown as is. */
function loginProblem(status: number, message: string | undefined): string {
  if (message && HAN.test(message)) return message
  if (status === 401) return '邮箱或密码不正确；连续输错 5 次，账号将锁定 10 分钟。'
  if (status === 429) return '尝试次数过多，请稍后再试。'
  return `登录失败（HTTP ${status}），请稍后重试。`
}

/**
 * Signs in through Payload's `POST /api/users/login`; the server sets the HttpOnly
 * `payload-token` cookie, then the console loads with it.
 */
export function LoginForm({ next }: { next: string }) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const errorRef = useRef<HTMLParagraphElement>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setPending(true)
    setError(null)
    try {
      const res = await fetch('/api/users/login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
      })
      if (res.ok) {
        window.location.assign(next)
        return
      }
      const body = (await res.json().catch(() => null)) as {
        errors?: { message?: string }[]
      } | null
      setError(loginProblem(res.status, body?.errors?.[0]?.message))
    } catch {
      setError('网络异常，请检查网络后重试。')
    }
    setPending(false)
    requestAnimationFrame(() => errorRef.current?.focus())
  }

  return (
    <form
      action="/api/users/login"
      aria-describedby={error ? 'agent-login-error' : undefined}
      className="agent-login__form"
      method="post"
      onSubmit={onSubmit}
    >
      <div className="agent-field">
        <label htmlFor="agent-login-email">工作邮箱</label>
        <input
          autoComplete="username"
          autoFocus
          id="agent-login-email"
          inputMode="email"
          name="email"
          required
          type="email"
        />
      </div>
      <div className="agent-field">
        <label htmlFor="agent-login-password">密码</label>
        <input
          autoComplete="current-password"
          id="agent-login-password"
          name="password"
          required
          type="password"
        />
      </div>
      {error && (
        <p
          className="agent-message agent-message--error"
          id="agent-login-error"
          ref={errorRef}
          role="alert"
          tabIndex={-1}
        >
          {error}
        </p>
      )}
      <button className="agent-button agent-button--primary" disabled={pending} type="submit">
        {pending ? '正在登录…' : '登录'}
      </button>
    </form>
  )
}
