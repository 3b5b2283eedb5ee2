import type { Where } from 'payload'
import { cache } from 'react'

import { areaVisibilityWhere, publicKnowledgeWhere } from '@access/knowledge'
import type { ReaderArea } from '@/domain/visibility'
import { now } from '@/lib/clock'
import type { Knowledge } from '@/payload-types'
import type { RichTextState } from '@/richtext/types'
import { hallPayload } from './payload'

/**
 * What the online hall may show a reader at `area`: published FAQs and articles on the online hall
 * channel (never scripts, notices or agent-only items), visible there by DESIGN.md's rule (owner HQ,
 * the province or the city, and not replaced by a local variant), and not past their expiry even if
 * the scheduler has not withdrawn them yet. Queries pass `overrideAccess: true` because this where
 * *is* the public access rule, narrowed to one area.
 */
export function hallWhere(area: ReaderArea, at: Date = now()): Where {
  return {
    and: [
      publicKnowledgeWhere,
      { channels: { in: ['online_hall'] } },
      areaVisibilityWhere(area),
      {
        or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: at.toISOString() } }],
      },
    ],
  }
}

/** Ids are UUIDs (SQL adapters) or ObjectIds (MongoDB); anything else is not worth a query. */
const ITEM_ID_PATTERN =
  /^(?:[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i
export const isItemId = (id: string) => ITEM_ID_PATTERN.test(id)

/** The most items an area page lists; beyond it readers search. */
const MAX_LISTED = 1000

const idOf = (ref: string | { id: string } | null | undefined): string | null =>
  ref == null ? null : typeof ref === 'object' ? String(ref.id) : String(ref)

export type FaqLink = { id: string; title: string }
export type ListedFaq = FaqLink & { categoryId: string | null; updatedAt: string }
export type CategoryGroup = { id: string; name: string; items: ListedFaq[] }

type CategoryNode = { id: string; name: string; parentId: string | null }

const listCategories = cache(async (): Promise<CategoryNode[]> => {
  const payload = await hallPayload()
  const { docs } = await payload.find({
    collection: 'categories',
    limit: 0,
    depth: 0,
    sort: 'createdAt',
    overrideAccess: true,
    select: { name: true, parent: true },
  })
  return docs.map((category) => ({
    id: String(category.id),
    name: category.name,
    parentId: idOf(category.parent),
  }))
})

/** Every FAQ and article the area's readers see, by title. */
export const listAreaFaqs = cache(async (area: ReaderArea): Promise<ListedFaq[]> => {
  const payload = await hallPayload()
  const { docs } = await payload.find({
    collection: 'knowledge',
    where: hallWhere(area),
    limit: MAX_LISTED,
    depth: 0,
    sort: 'title',
    overrideAccess: true,
    select: { title: true, category: true, updatedAt: true },
  })
  return docs.map((doc) => ({
    id: String(doc.id),
    title: doc.title,
    categoryId: idOf(doc.category),
    updatedAt: doc.updatedAt,
  }))
})

/** Finds the top-level category above an id (itself when it has no parent); indexes once. */
function topCategoryLookup(categories: CategoryNode[]) {
  const byId = new Map(categories.map((category) => [category.id, category]))
  return (id: string | null): CategoryNode | undefined => {
    let node = id ? byId.get(id) : undefined
    for (let depth = 0; node?.parentId && depth < 10; depth++) {
      const parent = byId.get(node.parentId)
      if (!parent) break
      node = parent
    }
    return node
  }
}

/** The area's questions under their top-level categories, in the categories' order. */
export async function groupByTopCategory(items: ListedFaq[]): Promise<CategoryGroup[]> {
  const categories = await listCategories()
  const topOf = topCategoryLookup(categories)
  const groups = new Map<string, CategoryGroup>()
  for (const category of categories) {
    if (!category.parentId) groups.set(category.id, { ...category, items: [] })
  }
  const other: CategoryGroup = { id: 'other', name: '其他问题', items: [] }
  for (const item of items) {
    const top = topOf(item.categoryId)
    ;(top && groups.get(top.id) ? groups.get(top.id)! : other).items.push(item)
  }
  return [...groups.values(), other].filter((group) => group.items.length > 0)
}

/** Views of each item in the province (views are counted per province), most viewed first. */
const provinceViews = cache(async (province: string): Promise<Map<string, number>> => {
  const payload = await hallPayload()
  const { docs } = await payload.find({
    collection: 'item-views',
    where: { province: { equals: province } },
    sort: '-count',
    limit: 0,
    depth: 0,
    overrideAccess: true,
    select: { item: true, count: true },
  })
  const views = new Map<string, number>()
  for (const view of docs) {
    const id = idOf(view.item)
    if (id && !views.has(id)) views.set(id, view.count)
  }
  return views
})

/** `items` with the province's most viewed first; equally viewed ones keep their order. */
export async function mostViewedFirst<T extends FaqLink>(
  area: ReaderArea,
  items: T[],
): Promise<T[]> {
  if (!area.province) return items
  const views = await provinceViews(area.province)
  return [...items].sort((a, b) => (views.get(b.id) ?? 0) - (views.get(a.id) ?? 0))
}

/**
 * 热门问题: the province's most viewed items that this area's readers can still see, most viewed
 * first.
 */
export const popularFaqs = cache(async (area: ReaderArea, limit = 10): Promise<FaqLink[]> => {
  if (!area.province) return []
  const ranked = [...(await provinceViews(area.province)).keys()].slice(0, limit * 5)
  if (ranked.length === 0) return []
  const visible = await findLinks({ and: [{ id: { in: ranked } }, hallWhere(area)] }, ranked.length)
  const byId = new Map(visible.map((item) => [item.id, item]))
  return [...new Set(ranked)]
    .map((id) => byId.get(id))
    .filter((item): item is FaqLink => Boolean(item))
    .slice(0, limit)
})

async function findLinks(where: Where, limit: number, sort = 'title'): Promise<FaqLink[]> {
  const payload = await hallPayload()
  const { docs } = await payload.find({
    collection: 'knowledge',
    where,
    limit,
    depth: 0,
    sort,
    overrideAccess: true,
    select: { title: true },
  })
  return docs.map((doc) => ({ id: String(doc.id), title: doc.title }))
}

export type HallFaq = {
  id: string
  kind: Knowledge['kind']
  title: string
  summary: string
  body: RichTextState | null
  category: { id: string; name: string } | null
  /** effectiveFrom, else publishedAt (ISO). */
  effectiveAt: string | null
  updatedAt: string
  relatedIds: string[]
}

/**
 * One item as the area's readers may see it, or null when they may not (draft, expired, archived,
 * internal, another province's, replaced by a local variant here, or no such id). Only the public
 * fields are read; the body's 内部口径 is stripped for anonymous reads and again by the renderer.
 */
export const loadFaq = cache(async (area: ReaderArea, id: string): Promise<HallFaq | null> => {
  if (!isItemId(id)) return null
  const payload = await hallPayload()
  const { docs } = await payload.find({
    collection: 'knowledge',
    where: { and: [{ id: { equals: id } }, hallWhere(area)] },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    select: {
      kind: true,
      title: true,
      summary: true,
      body: true,
      category: true,
      effectiveFrom: true,
      publishedAt: true,
      related: true,
      updatedAt: true,
    },
    populate: { categories: { name: true }, knowledge: { title: true } },
  })
  const doc = docs[0]
  if (!doc) return null
  const category = doc.category && typeof doc.category === 'object' ? doc.category : null
  return {
    id: String(doc.id),
    kind: doc.kind,
    title: doc.title,
    summary: doc.summary,
    body: (doc.body as RichTextState | null | undefined) ?? null,
    category: category ? { id: String(category.id), name: category.name } : null,
    effectiveAt: doc.effectiveFrom ?? doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
    relatedIds: (doc.related ?? []).map(idOf).filter((rid): rid is string => Boolean(rid)),
  }
})

/** 相关问题: the item's own related items that the area sees, then more from its category's family. */
export async function relatedFaqs(area: ReaderArea, faq: HallFaq, limit = 8): Promise<FaqLink[]> {
  const ids = [...new Set(faq.relatedIds)].filter((id) => id !== faq.id)
  const chosen = ids.length
    ? await findLinks({ and: [{ id: { in: ids } }, hallWhere(area)] }, ids.length)
    : []
  const order = new Map(ids.map((id, index) => [id, index]))
  chosen.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  const room = limit - chosen.length
  if (room <= 0 || !faq.category) return chosen.slice(0, limit)
  // The same category first, then its siblings under the same top-level category.
  const categories = await listCategories()
  const topOf = topCategoryLookup(categories)
  const top = topOf(faq.category.id)
  const family = categories
    .filter((category) => topOf(category.id)?.id === top?.id)
    .map((category) => category.id)
  const payload = await hallPayload()
  const { docs } = await payload.find({
    collection: 'knowledge',
    where: {
      and: [
        { category: { in: family.length ? family : [faq.category.id] } },
        { id: { not_in: [faq.id, ...chosen.map((item) => item.id)] } },
        hallWhere(area),
      ],
    },
    limit: room * 3,
    depth: 0,
    sort: '-publishedAt',
    overrideAccess: true,
    select: { title: true, category: true },
  })
  const sameFirst = [...docs].sort(
    (a, b) =>
      Number(idOf(b.category) === faq.category?.id) - Number(idOf(a.category) === faq.category?.id),
  )
  return [
    ...chosen,
    ...sameFirst.slice(0, room).map((doc) => ({ id: String(doc.id), title: doc.title })),
  ]
}
