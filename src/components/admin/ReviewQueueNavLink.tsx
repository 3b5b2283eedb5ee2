'use client'
import { NavGroup, useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import type { User } from '@/payload-types'
import { REVIEW_QUEUE_PATH } from './paths'

/** 待我审核 in the admin nav, for the people who review (the view itself checks again). */
export function ReviewQueueNavLink() {
  const { user } = useAuth<User>()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const pathname = usePathname()
  if (!user?.roles?.some((role) => role === 'reviewer' || role === 'compliance')) return null

  const href = `${admin}${REVIEW_QUEUE_PATH}`
  const active = pathname === href
  return (
    <NavGroup label="审核">
      <Link
        aria-current={active ? 'page' : undefined}
        className="nav__link"
        href={href}
        id="nav-review-queue"
        prefetch={false}
      >
        {active && <div className="nav__link-indicator" />}
        <span className="nav__link-label">待我审核</span>
      </Link>
    </NavGroup>
  )
}
