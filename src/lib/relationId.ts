/** The id a relationship value holds, whether populated (`{ id }`) or not (the id itself). */
export const relationId = (ref: unknown): string | null =>
  ref && typeof ref === 'object' ? String((ref as { id: unknown }).id) : ref ? String(ref) : null
