import { errorResponse } from '@/lib/errorResponse'
import { JSON_MEDIA_TYPE, mediaTypeOf, NOT_JSON, parseJsonObject } from '@/lib/jsonBody'

/**
 * Payload's admin sends queries too long for an address as a form: `POST` with this header
 * (see Payload's handleEndpoints).
 */
const isQueryAsForm = (request: Request, type: string) =>
  type === 'application/x-www-form-urlencoded' &&
  [
    request.headers.get('x-payload-http-method-override'),
    request.headers.get('x-http-method-override'),
  ].includes('GET')

/**
 * A write without a body is a write of `{}`, as Payload reads an empty JSON body; without a JSON
 * Content-Type Payload leaves the document undefined, and its operations fail on it (a 500).
 */
function withEmptyObject(request: Request): Request {
  const headers = new Headers(request.headers)
  headers.set('content-type', JSON_MEDIA_TYPE)
  return new Request(request, { body: '{}', headers })
}

/**
 * Payload's REST `POST`/`PATCH`/`PUT` handler, behind a check of the request's body: JSON that is
 * an object (Payload takes it as the document, and crashes on `[]`, `"x"`, `null` or a deep
 * nesting), an upload form, or nothing. Anything else is a 400 naming `body` or the field.
 */
export function refuseMalformedRestBodies<Args extends unknown[]>(
  handler: (request: Request, ...args: Args) => Promise<Response>,
) {
  return async (request: Request, ...args: Args): Promise<Response> => {
    const type = mediaTypeOf(request)
    if (type.includes('multipart/') || isQueryAsForm(request, type))
      return handler(request, ...args)
    const text = await request.clone().text()
    if (!text) return handler(withEmptyObject(request), ...args)
    if (type !== JSON_MEDIA_TYPE) return errorResponse(400, NOT_JSON)
    const body = parseJsonObject(text)
    return body.ok ? handler(request, ...args) : errorResponse(400, body.problem)
  }
}
