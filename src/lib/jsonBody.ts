import { firstIssue } from './errorResponse'
import { z } from './zod'

/**
 * How deep a request's JSON may nest. A knowledge body (Lexical: lists in list items) stays far
 * below; Payload walks documents recursively, and a few thousand levels overflow its stack (a 500).
 */
export const MAX_JSON_DEPTH = 100

/** The one body type Payload parses as JSON, compared as Payload compares it (exactly). */
export const JSON_MEDIA_TYPE = 'application/json'
export const NOT_JSON = `body: 须为 JSON（Content-Type: ${JSON_MEDIA_TYPE}）`

/** A request's media type as Payload reads it: the Content-Type up to its first `;`. */
export const mediaTypeOf = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';', 1)[0]!

// An object, never an array, string, number or null: Payload takes the body as the document.
const jsonObject = z.looseObject({})

/** The top-level key under which `value` nests deeper than `max` levels, or null. */
export function tooDeepUnder(value: unknown, max = MAX_JSON_DEPTH): string | null {
  // A stack, not recursion: the input is what may be too deep for recursion.
  const stack: { node: unknown; depth: number; key: string }[] = [
    { node: value, depth: 1, key: '' },
  ]
  while (stack.length) {
    const { node, depth, key } = stack.pop()!
    if (node === null || typeof node !== 'object') continue
    if (depth > max) return key || 'body'
    for (const [childKey, child] of Object.entries(node))
      stack.push({ node: child, depth: depth + 1, key: key || childKey })
  }
  return null
}

/** A request's JSON text as a document Payload can take, or why not (`field: message`). */
export function parseJsonObject(
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; problem: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'body: 不是有效的 JSON' }
  }
  const parsed = jsonObject.safeParse(value)
  if (!parsed.success) return { ok: false, problem: firstIssue(parsed.error) }
  const deep = tooDeepUnder(value)
  if (deep) return { ok: false, problem: `${deep}: 嵌套超过 ${MAX_JSON_DEPTH} 层` }
  return { ok: true, value: parsed.data }
}
