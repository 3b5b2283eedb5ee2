import { sanitizeUrl } from 'payload/shared'

/**
 * The one rule for a link's address, at save (firstUnsafeLinkUrl) and at render: Payload's
 * sanitizeUrl, which keeps http(s), mailto, tel, relative and `#` addresses and turns any other
 * scheme (`javascript:`, `data:`) into `#`.
 */
export const safeLinkUrl = (url: string | null | undefined): string => sanitizeUrl(url ?? '')

/** Whether the render keeps the address: only a refused scheme comes out as a bare `#`. */
export const isSafeLinkUrl = (url: string): boolean =>
  safeLinkUrl(url) !== '#' || url.trim().startsWith('#')

type LinkNode = {
  type?: unknown
  fields?: { linkType?: unknown; url?: unknown }
  children?: unknown
}

/** The first link address in a Lexical document that the render would neutralise, or null. */
export function firstUnsafeLinkUrl(state: unknown): string | null {
  // A stack, not recursion: the document comes from a request.
  const stack: unknown[] = [(state as { root?: unknown } | null)?.root]
  while (stack.length) {
    const node = stack.pop() as LinkNode | null | undefined
    if (!node || typeof node !== 'object') continue
    const { fields } = node
    if (
      (node.type === 'link' || node.type === 'autolink') &&
      fields?.linkType !== 'internal' &&
      typeof fields?.url === 'string' &&
      !isSafeLinkUrl(fields.url)
    )
      return fields.url
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child)
  }
  return null
}
