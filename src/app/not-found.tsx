// A client component, so each page's data names it instead of carrying its tree (README, Speed).
'use client'

import { PageNotFound } from '@/site/hall/components/PageNotFound'

/**
 * The boundary of the app's root, above both root layouts. Nothing throws `notFound()` there, but
 * without this file every page's data carried Next's default (English) not-found tree, ≈ 1.2 KB.
 */
export default function RootNotFound() {
  return <PageNotFound />
}
