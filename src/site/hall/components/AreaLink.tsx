'use client'

import { type ReactNode, useSyncExternalStore } from 'react'

import { hallPath, rememberArea, rememberedArea } from '../paths'

// The cookie changes only when a link here is clicked, which navigates away: nothing to watch.
const subscribeToNothing = () => () => {}
const readRememberedArea = () => rememberedArea(document.cookie)
// The chooser is a cached page, the same for everyone: the server cannot know.
const noAreaOnServer = () => null

/**
 * A link to an area's hall page that remembers the choice (cookie) for the next visit to `/`, and
 * is marked current when it is the remembered area (once in the browser).
 */
export function AreaLink({ code, children }: { code: string; children: ReactNode }) {
  const remembered = useSyncExternalStore(subscribeToNothing, readRememberedArea, noAreaOnServer)
  return (
    <a
      href={hallPath(code)}
      aria-current={remembered === code ? 'true' : undefined}
      onClick={() => rememberArea(code)}
    >
      {children}
    </a>
  )
}
