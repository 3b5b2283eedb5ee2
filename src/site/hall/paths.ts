/**
 * Addresses of the online hall. Shared by server and client components: nothing here may import
 * server code.
 */

/** Cookie holding the visitor's remembered area code (set in the browser when they choose). */
export const AREA_COOKIE = 'kb-area'

/** One year: the choice is a convenience, not a secret. */
const AREA_COOKIE_MAX_AGE = 60 * 60 * 24 * 365

export const AREA_CODE_PATTERN = /^\d{6}$/

export const hallPath = (area: string) => `/hall/${area}`
export const faqPath = (area: string, id: string) => `/hall/${area}/faq/${encodeURIComponent(id)}`
export const categoryPath = (area: string, id: string) =>
  `/hall/${area}/category/${encodeURIComponent(id)}`
export const sitemapPath = (area: string) => `/hall/${area}/sitemap.xml`
/** What the public pages record about a visitor. */
export const privacyPath = '/privacy'
/** The area chooser, without the redirect to the remembered area. */
export const chooserPath = '/?choose=1'
/** The route that serves the chooser at `/` (next.config.ts rewrites to it). */
export const CHOOSER_SCOPE = 'all'
export const chooserRoute = `/areas/${CHOOSER_SCOPE}`

/** The area code `document.cookie` remembers, if well formed. */
export function rememberedArea(cookies: string): string | null {
  const code = cookies.match(new RegExp(`(?:^|;\\s*)${AREA_COOKIE}=([^;]*)`))?.[1]
  return code && AREA_CODE_PATTERN.test(code) ? code : null
}

/** Remembers the visitor's area (browser only). */
export function rememberArea(code: string): void {
  if (!AREA_CODE_PATTERN.test(code)) return
  const secure = window.location.protocol === 'https:' ? '; Secure' : ''
  document.cookie = `${AREA_COOKIE}=${code}; Path=/; Max-Age=${AREA_COOKIE_MAX_AGE}; SameSite=Lax${secure}`
}
