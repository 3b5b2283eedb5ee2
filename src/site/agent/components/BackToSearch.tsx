'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

import { isTextEntry } from '../isTextEntry'

/** 返回搜索: a link, and Esc (or `/`) anywhere outside a text field does the same. */
export function BackToSearch({ href }: { href: string }) {
  const router = useRouter()
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
      if (event.key !== 'Escape' && event.key !== '/') return
      if (isTextEntry(event.target)) {
        // Esc in a text field only leaves the field; a second Esc goes back.
        if (event.key === 'Escape') (event.target as HTMLElement).blur()
        return
      }
      event.preventDefault()
      router.push(href)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [href, router])
  return (
    <Link className="agent-back" href={href} prefetch={false}>
      ← 返回搜索<span className="agent-back__key">（Esc）</span>
    </Link>
  )
}
