import { type NextRequest, NextResponse } from 'next/server'

import { errorResponse } from '@/lib/errorResponse'
import { hasMalformedEscape } from '@/lib/malformedEscape'

const LANGUAGE_COOKIE = 'payload-lng'
/** A path no route serves: Next answers it with the hall's 404 page (src/app/global-not-found.tsx). */
const NOT_FOUND_PATH = '/not-found'

/**
 * An address that cannot be decoded names nothing: the API says so in its own error shape, and a
 * visitor gets the hall's 404 page instead of Next's bare "Internal Server Error".
 */
function refuseMalformedAddress(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/'))
    return errorResponse(400, 'path: 地址含无效的百分号编码')
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url))
}

/**
 * The admin speaks Simplified Chinese unless the user picked another language in their account
 * (Payload stores that choice in this cookie). Without it Payload would follow the browser's
 * Accept-Language, and an English-language browser at a Chinese call centre would get English.
 */
function keepAdminInChinese(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${LANGUAGE_COOKIE}=zh` : `${LANGUAGE_COOKIE}=zh`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'zh', {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (hasMalformedEscape(pathname)) return refuseMalformedAddress(request)
  if (pathname.startsWith('/admin')) return keepAdminInChinese(request)
  return NextResponse.next()
}

// The admin, and any path with a percent sign. The hall's and the console's own links have none,
// so their pages never pass through here.
export const config = { matcher: ['/admin/:path*', '/(.*%.*)'] }
