import { describe, expect, it } from 'vitest'

import { parseTrustedProxies } from '@/env'
import { clientAddress, PEER_ADDRESS_HEADER } from '@/lib/clientAddress'

const request = (peer: string | null, forwardedFor?: string) => {
  const headers = new Headers()
  if (peer !== null) headers.set(PEER_ADDRESS_HEADER, peer)
  if (forwardedFor !== undefined) headers.set('x-forwarded-for', forwardedFor)
  return headers
}

describe('clientAddress', () => {
  const none = parseTrustedProxies(undefined)
  const proxies = parseTrustedProxies('127.0.0.1, 10.0.0.0/8 ::1')

  it('with no proxy trusted, is the socket’s address whatever the headers say', () => {
    expect(clientAddress(request('198.51.100.7', '203.0.113.1'), none)).toBe('198.51.100.7')
    expect(clientAddress(request('127.0.0.1', '203.0.113.1'), none)).toBe('127.0.0.1')
  })

  it('writes IPv4 peers of a dual-stack socket as IPv4', () => {
    expect(clientAddress(request('::ffff:127.0.0.1'), none)).toBe('127.0.0.1')
    expect(clientAddress(request('::ffff:127.0.0.1', '203.0.113.1'), proxies)).toBe('203.0.113.1')
  })

  it('behind trusted proxies, is the first address from the right that no trusted proxy has', () => {
    expect(clientAddress(request('127.0.0.1', '203.0.113.1'), proxies)).toBe('203.0.113.1')
    // The client wrote the first entry; the proxies appended the others.
    expect(clientAddress(request('::1', '6.6.6.6, 203.0.113.1, 10.1.2.3'), proxies)).toBe(
      '203.0.113.1',
    )
    expect(clientAddress(request('127.0.0.1'), proxies)).toBe('127.0.0.1')
    expect(clientAddress(request('127.0.0.1', '10.0.0.2, 10.0.0.3'), proxies)).toBe('10.0.0.2')
  })

  it('does not believe a proxy it does not trust, and stops at what is not an address', () => {
    expect(clientAddress(request('198.51.100.7', '203.0.113.1'), proxies)).toBe('198.51.100.7')
    expect(clientAddress(request('127.0.0.1', 'evil, not-an-address'), proxies)).toBe('127.0.0.1')
  })

  it('has no address for a request that did not pass our HTTP layer', () => {
    expect(clientAddress(request(null, '203.0.113.1'), proxies)).toBe('unknown')
  })
})
