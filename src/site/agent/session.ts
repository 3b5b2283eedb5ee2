import config from '@payload-config'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import { worksOnContent } from '@access/knowledgeScope'
import { actorScope } from '@access/orgScope'
import type { ReaderArea } from '@/domain/visibility'
import type { User } from '@/payload-types'

export type AgentSession = { payload: Payload; user: User }

export const LOGIN_PATH = '/agent/login'
export const CONSOLE_PATH = '/agent'

/** The signed-in user of this request (the `payload-token` cookie), once per request. */
export const getSession = cache(async (): Promise<{ payload: Payload; user: User | null }> => {
  // Headers first: it marks the page dynamic before anything touches the database at build time.
  const requestHeaders = await headers()
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: requestHeaders })
  return { payload, user: user && user.collection === 'users' ? user : null }
})

/** The session, or a redirect to the login page that comes back to `returnTo` afterwards. */
export async function requireSession(returnTo: string = CONSOLE_PATH): Promise<AgentSession> {
  const { payload, user } = await getSession()
  if (!user) {
    redirect(
      returnTo === CONSOLE_PATH ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(returnTo)}`,
    )
  }
  return { payload, user }
}

/** Only console paths are followed after login, so `next` cannot send anyone elsewhere. */
export function safeReturnPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next
  return value && /^\/agent(?:[/?#]|$)/.test(value) && !value.startsWith('//')
    ? value
    : CONSOLE_PATH
}

/** Where the user reads: their own unit (HQ + own province + own city). */
export function readerAreaOf(user: User): ReaderArea {
  const scope = actorScope(user)
  return { province: scope?.province ?? null, city: scope?.city ?? null }
}

/** Editors, reviewers, compliance and admins (they also see who has not read a notice). */
export const hasContentRole = (user: User) => worksOnContent(user)
