import type { Metadata } from 'next'

import { env } from '@/env'

/** Absolute URLs in metadata only when SERVER_URL says where the site lives; else relative. */
export function baseMetadata(canonical: string): Metadata {
  return {
    ...(env.serverUrl ? { metadataBase: new URL(env.serverUrl) } : {}),
    alternates: { canonical },
  }
}

/** The public origin for sitemaps and robots.txt (which need absolute URLs). */
export function siteOrigin(request: Request): string {
  if (env.serverUrl) return env.serverUrl.replace(/\/+$/, '')
  const url = new URL(request.url)
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || url.host
  const proto =
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.slice(0, -1)
  return `${proto}://${host}`
}

/** Escapes text for XML (sitemaps). */
export const xmlEscape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  )

/** 2026年1月5日, in China's time zone whatever the server's. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long' }).format(
    new Date(iso),
  )
}
