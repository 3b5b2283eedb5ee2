import type { Payload, PayloadRequest } from 'payload'

/** Category names change rarely; facets need them on every search. */
const TTL_MS = 30_000

const cache = new WeakMap<Payload, { at: number; names: Promise<Map<string, string>> }>()

async function readCategoryNames(req: PayloadRequest): Promise<Map<string, string>> {
  const { docs } = await req.payload.find({
    collection: 'categories',
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((category) => [String(category.id), category.name]))
}

/** id → name of every category, kept per Payload instance for a while (and dropped on change). */
export function categoryNames(req: PayloadRequest): Promise<Map<string, string>> {
  const cached = cache.get(req.payload)
  if (cached && Date.now() - cached.at < TTL_MS) return cached.names
  const names = readCategoryNames(req)
  cache.set(req.payload, { at: Date.now(), names })
  // A failed read is not kept.
  names.catch(() => cache.delete(req.payload))
  return names
}

export function forgetCategoryNames(payload: Payload): void {
  cache.delete(payload)
}
