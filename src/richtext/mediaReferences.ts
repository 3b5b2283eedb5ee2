import type { RichTextState } from './types'

type Node = { type?: unknown; relationTo?: unknown; value?: unknown; children?: unknown }

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/**
 * Ids of the images a knowledge body shows: its upload nodes from `media`, at any depth. The body's
 * blocks (blocks.ts) hold text only, so they reference no image. An upload's value is the image's
 * id as stored, or the image itself once populated.
 */
export function mediaIdsIn(state: RichTextState | null | undefined): string[] {
  const ids = new Set<string>()
  const visit = (node: unknown) => {
    if (!isNode(node)) return
    if (node.type === 'upload' && node.relationTo === 'media') {
      const value = isNode(node.value) ? (node.value as { id?: unknown }).id : node.value
      if (typeof value === 'string' && value) ids.add(value)
    }
    if (Array.isArray(node.children)) node.children.forEach(visit)
  }
  visit(state?.root)
  return [...ids].sort()
}
