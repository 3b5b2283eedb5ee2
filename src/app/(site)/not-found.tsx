// A client component, so each page's data names it instead of carrying its tree (README, Speed).
'use client'

import { PageNotFound } from '@/site/hall/components/PageNotFound'

/**
 * A `notFound()` under the site's layout that no closer boundary takes (such as `/areas/<other>`);
 * without it Next shows its English default.
 */
export default function SiteNotFound() {
  return <PageNotFound />
}
