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

export default withPayload(nextConfig, { devBundleServerPackages: false })
