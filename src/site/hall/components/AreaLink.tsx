'use client'

import type { ReactNode } from 'react'

import { hallPath, rememberArea } from '../paths'

/** A link to an area's hall page that remembers the choice (cookie) for the next visit to `/`. */
export function AreaLink({
  code,
  current,
  children,
}: {
  code: string
  current?: boolean
  children: ReactNode
}) {
  return (
    <a
      href={hallPath(code)}
      aria-current={current ? 'true' : undefined}
      onClick={() => rememberArea(code)}
    >
      {children}
    </a>
  )
}
