import { createHash } from 'node:crypto'

/** The caller's address as the proxy in front reports it (first hop), else a placeholder. */
export function clientAddress(headers: Headers): string {
  return (
    headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'local'
  )
}

/** A stable, non-reversible key for a visitor cookie or address: nothing personal is stored. */
export const anonymousKey = (value: string) =>
  createHash('sha256').update(value).digest('hex').slice(0, 32)
