/** Admin URLs of the workflow views, shared by the nav link, the dashboard card and the view. */
export const REVIEW_QUEUE_PATH = '/review-queue'
/** 我的通知, the bell's destination. */
export const INBOX_PATH = '/inbox'

type WhereValue = string | number | boolean | WhereValue[] | { [key: string]: WhereValue }

/** `where` as Payload's list view reads it from the URL: `where[and][0][field][op]=value`. */
export function whereQuery(where: { [key: string]: WhereValue }): string {
  const pairs: string[] = []
  const walk = (value: WhereValue, key: string) => {
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${key}[${k}]`)
    } else pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  }
  for (const [k, v] of Object.entries(where)) walk(v, `where[${k}]`)
  return pairs.join('&')
}
