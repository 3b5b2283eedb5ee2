import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  turbopack: { root: dirname },
  poweredByHeader: false,
  // Unmatched URLs get the hall's Chinese 404 (src/app/global-not-found.tsx): with two root
  // layouts there is no single layout for Next to build it from.
  experimental: { globalNotFound: true },
  // Native addons load from node_modules at run time; Turbopack cannot bundle a .node file.
  serverExternalPackages: ['@node-rs/jieba'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
