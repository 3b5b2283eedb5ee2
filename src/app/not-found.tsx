// A client component, so each page's data names it instead of carrying its tree (README, Speed).
'use client'

import { PageNotFound } from '@/site/hall/components/PageNotFound'

/**
 * The boundary of the app's root, above both root layouts: it takes a `notFound()` that no closer
 * boundary takes (such as `/areas/<other>`). Without it Next shows its English default, and every
 * page's data carries that page's tree (≈ 1.2 KB).
 */
export default function RootNotFound() {
  return <PageNotFound />
}
