import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { AREA_CODE_PATTERN, AREA_COOKIE, chooserRoute, hallPath } from './src/site/hall/paths'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * On every response. No other site may frame our pages (a framed console or admin can be clicked
 * through by a page on top); X-Frame-Options for the old WebViews that know no CSP. The console's
 * addresses carry what the agent searched (`?q=`), which must not travel to a linked site in full.
 * A script CSP would need a nonce per response, which cached pages cannot have.
 */
const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/**
 * The online hall's entry, `/`, decided by Next's router, neither rendered per request (≈ 5 ms) nor
 * passed through the proxy (≈ 0.5 ms): a returning visitor goes to the area they chose before
 * (cookie `kb-area`) unless they ask for the chooser (`?choose`); everyone else gets the chooser,
 * a cached page.
 */
const rememberedAreaValue = `(?<area>${AREA_CODE_PATTERN.source.replace(/^\^|\$$/g, '')})`
const HALL_ENTRY = {
  redirects: [
    {
      source: '/',
      has: [{ type: 'cookie' as const, key: AREA_COOKIE, value: rememberedAreaValue }],
      missing: [{ type: 'query' as const, key: 'choose' }],
      destination: hallPath(':area'),
      permanent: false,
    },
  ],
  rewrites: [{ source: '/', destination: chooserRoute }],
}

const nextConfig: NextConfig = {
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  turbopack: { root: dirname },
  poweredByHeader: false,
  // Next hashes a cached page anew for its ETag on every request, 304 or not: ≈ 0.15 ms of the
  // server's thread for a 38 KB page, a fifth of what serving it costs. A 304 would only
  // spare a revisiting browser ≈ 7 KB gzipped; the server's time goes to every visitor.
  generateEtags: false,
  // Rendered hall pages stay in memory only, in an LRU of this size (≈ 4,000 pages). Written to
  // disk, every address anyone makes up (/hall/<anything>/faq/<anything>) would leave its cached
  // 404 behind, ≈ 26 KB and 9 files each, without bound.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // Unmatched URLs get the hall's Chinese 404 (src/app/global-not-found.tsx): with two root
    // layouts there is no single layout for Next to build it from.
    globalNotFound: true,
  },
  // Native addons load from node_modules at run time; Turbopack cannot bundle a .node file.
  // Payload too, as `next dev` loads it: bundled, it came twice (the instrumentation's copy made the
  // Payload instance, the API route's copy formatted its errors) with its error classes' names
  // minified away, and Payload's REST error formatter, which goes by class or name, answered every
  // refusal with "An unknown error occurred.".
  serverExternalPackages: ['@node-rs/jieba', 'payload'],
  headers: async () => [{ source: '/:path*', headers: SECURITY_HEADERS }],
  redirects: async () => HALL_ENTRY.redirects,
  rewrites: async () => HALL_ENTRY.rewrites,
}

type HeaderRule = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number]

/**
 * withPayload asks every path for the admin's colour-scheme client hint, with `Critical-CH`: a
 * Chromium browser that has not sent the hint yet throws the first response away and asks again.
 * On the public hall that is every first visit served twice. Only the admin reads the hint.
 */
function askClientHintsOnlyInAdmin(config: NextConfig): NextConfig {
  const headers = config.headers
  if (!headers) return config
  const asksClientHints = (rule: HeaderRule) =>
    rule.headers.some((header) => header.key.toLowerCase() === 'critical-ch')
  return {
    ...config,
    headers: async () =>
      (await headers()).map((rule) =>
        asksClientHints(rule) ? { ...rule, source: '/admin/:path*' } : rule,
      ),
  }
}

export default askClientHintsOnlyInAdmin(
  withPayload(nextConfig, { devBundleServerPackages: false }),
)
