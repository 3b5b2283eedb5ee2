/**
 * Whether a request path has a percent-escape that does not decode as UTF-8 (`/hall/%FF`). Next's
 * router throws on such a segment of a dynamic route and answers a bare 500 (vercel/next.js#92527).
 */
export function hasMalformedEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}
