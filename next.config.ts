import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  turbopack: { root: dirname },
  poweredByHeader: false,
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
  serverExternalPackages: ['@node-rs/jieba'],
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
