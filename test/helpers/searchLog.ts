import type { SearchLogEntry } from '@search/api/searchLog'

/** A public search in 广东 for `q`, as the search API would log it. */
export const searchLogEntry = (
  q: string,
  overrides: Partial<SearchLogEntry> = {},
): SearchLogEntry => ({
  q,
  channel: 'online_hall',
  province: '440000',
  city: null,
  category: null,
  page: 1,
  hits: 2,
  tookMs: 1.5,
  user: null,
  ...overrides,
})
