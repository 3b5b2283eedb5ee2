'use client'

import type { ReactNode } from 'react'

import { hallPath, rememberArea } from '../paths'

/** A link to an area's hall page that remembers the choice (cookie) for the next visit to `/`. */
export function AreaLink({
  code,
  current,
  className,
  children,
}: {
  code: string
  current?: boolean
  className?: string
  children: ReactNode
}) {
  return (
    <a
      href={hallPath(code)}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={() => rememberArea(code)}
    >
      {children}
    </a>
  )
}
