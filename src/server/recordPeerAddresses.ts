import http from 'node:http'

import { stampPeerAddress } from '@/lib/clientAddress'

let recording = false

/**
 * Makes every HTTP server of this process (`next start`'s and `next dev`'s) record each request's
 * socket address before anything handles it (see clientAddress): Next offers no hook of its own,
 * and without it the address a rate limit keys on is whatever the client writes into
 * X-Forwarded-For.
 */
export function recordPeerAddresses(): void {
  if (recording) return
  recording = true
  const prototype = http.Server.prototype
  const emit = prototype.emit
  prototype.emit = function emitWithPeerAddress(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === 'request') stampPeerAddress(args[0] as http.IncomingMessage)
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as typeof emit
}
