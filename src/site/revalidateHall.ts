import { createHash } from 'node:crypto'

import { env } from '@/env'

/** Header carrying the token that lets the worker ask the server to drop cached pages. */
export const REVALIDATE_HEADER = 'x-kb-revalidate'

/** Derived from the secret, so only this deployment's processes can ask. */
export const revalidateToken = () =>
  createHash('sha256').update(`${env.payloadSecret}:revalidate-hall`).digest('hex')

/**
 * Asks the running server to drop its cached online-hall pages. Next only revalidates inside a
 * request, and the index sync runs in a background worker (or a CLI), hence the loopback call; with
 * no server running there is nothing cached to drop, so failures are ignored.
 */
export async function requestHallRevalidation(): Promise<boolean> {
  const base = env.serverUrl ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`
  try {
    const res = await fetch(`${base}/api/kb/revalidate`, {
      method: 'POST',
      headers: { [REVALIDATE_HEADER]: revalidateToken() },
      signal: AbortSignal.timeout(2_000),
    })
    return res.ok
  } catch {
    return false
  }
}
