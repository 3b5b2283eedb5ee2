'use client'

import { useState } from 'react'

/** 退出: ends the Payload session (its HttpOnly cookie is cleared by the server). */
export function LogoutButton() {
  const [pending, setPending] = useState(false)
  async function logout() {
    setPending(true)
    try {
      await fetch('/api/users/logout', { method: 'POST', credentials: 'same-origin' })
    } finally {
      window.location.assign('/agent/login')
    }
  }
  return (
    <button
      className="agent-button agent-button--quiet"
      disabled={pending}
      onClick={logout}
      type="button"
    >
      {pending ? '正在退出…' : '退出'}
    </button>
  )
}
