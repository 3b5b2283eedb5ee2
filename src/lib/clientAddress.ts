import { createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { type BlockList, isIP } from 'node:net'

import { env } from '@/env'

/**
 * The socket's peer address, set by our HTTP layer on every request (replacing any the client
 * sent): a route handler gets a web Request without the socket, and Next fills X-Forwarded-For
 * with the socket's address only when the request brings none, so it cannot tell the two apart.
 */
export const PEER_ADDRESS_HEADER = 'x-kb-peer-address'

/** Records the socket's address on a request as it arrives (see src/server/recordPeerAddresses.ts). */
export function stampPeerAddress(request: IncomingMessage): void {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? ''
}

/** Dual-stack sockets report IPv4 peers as `::ffff:a.b.c.d`; proxies and settings write `a.b.c.d`. */
const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

const isTrusted = (address: string, trusted: BlockList) =>
  trusted.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4')

/**
 * The caller's address: the socket's peer, unless that is a trusted proxy (TRUSTED_PROXIES); then
 * X-Forwarded-For is read from the right, past the trusted proxies that appended to it, up to the
 * first address none of them is (anything left of it the client may have written). A request that
 * did not come through our HTTP layer has no known address: those share one key, "unknown".
 */
export function clientAddress(headers: Headers, trusted: BlockList = env.trustedProxies): string {
  let address = plain(headers.get(PEER_ADDRESS_HEADER) ?? '')
  if (!isIP(address)) return 'unknown'
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map(plain).filter(Boolean)
  while (isTrusted(address, trusted) && forwarded.length > 0) {
    const hop = forwarded.pop()!
    // A trusted proxy that forwards something other than an address: the proxy is the caller.
    if (!isIP(hop)) break
    address = hop
  }
  return address
}

/** A stable, non-reversible key for a visitor cookie or address: nothing personal is stored. */
export const anonymousKey = (value: string) =>
  createHash('sha256').update(value).digest('hex').slice(0, 32)
