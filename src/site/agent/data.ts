import type { Payload, Where } from 'payload'

import { agentKnowledgeWhere } from '@access/knowledge'
import { sumPoints } from '@/domain/feedback'
import { type RegionValues, resolveRegionValues } from '@/domain/regionVariables'
import { now } from '@/lib/clock'
import type { Category, Feedback, Knowledge, OrgUnit, User } from '@/payload-types'
import { lexicalToHtml } from '@/richtext/toHtml'
import { readerAreaOf } from './session'

const idOf = (ref: unknown): string | null =>
  ref && typeof ref === 'object' ? String((ref as { id: string }).id) : ref ? String(ref) : null

/** Live for agents, and in effect now (between effectiveFrom and expiresAt when they are set). */
function inEffectWhere(at: Date): Where {
  const iso = at.toISOString()
  return {
    and: [
      { or: [{ effectiveFrom: { exists: false } }, { effectiveFrom: { less_than_equal: iso } }] },
      { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: iso } }] },
    ],
  }
}

export type NoticeSummary = {
  id: string
  title: string
  summary: string
  effectiveFrom: string | null
  expiresAt: string | null
  ownerLevel: string | null
  acknowledged: boolean
}

/**
 * Service notices (服务公告) in effect for the user's area, unread first, each with whether this
 * user has marked it 已读. Read with the user's own access and the agents' visibility rule, so an
 * editor sees the same notices as the agents beside them (not drafts).
 */
export async function loadNotices(payload: Payload, user: User): Promise<NoticeSummary[]> {
  const { docs } = await payload.find({
    collection: 'knowledge',
    where: {
      and: [
        agentKnowledgeWhere(readerAreaOf(user)),
        { kind: { equals: 'notice' } },
        inEffectWhere(now()),
      ],
    },
    sort: '-effectiveFrom',
    limit: 30,
    depth: 0,
    overrideAccess: false,
    user,
    select: {
      title: true,
      summary: true,
      effectiveFrom: true,
      expiresAt: true,
      ownerLevel: true,
      publishedAt: true,
    },
  })
  if (docs.length === 0) return []
  const { docs: acks } = await payload.find({
    collection: 'notice-acks',
    where: {
      and: [{ user: { equals: user.id } }, { notice: { in: docs.map((doc) => doc.id) } }],
    },
    limit: docs.length,
    depth: 0,
    overrideAccess: false,
    user,
    select: { notice: true },
  })
  const read = new Set(acks.map((ack) => idOf(ack.notice)))
  const notices = docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    summary: doc.summary,
    effectiveFrom: doc.effectiveFrom ?? doc.publishedAt ?? null,
    expiresAt: doc.expiresAt ?? null,
    ownerLevel: doc.ownerLevel ?? null,
    acknowledged: read.has(doc.id),
  }))
  // Unread first; the query's order (newest first) stays within each group.
  return [...notices.filter((n) => !n.acknowledged), ...notices.filter((n) => n.acknowledged)]
}

/** How long a live 服务前置 activity shows as 新业务上线 in the console. */
const NEW_SERVICE_DAYS = 30

export type NewService = {
  id: string
  title: string
  wentLiveAt: string | null
  items: RelatedItem[]
}

/**
 * 新业务上线: activities that went live in the last 30 days and that this agent may read, each with
 * the knowledge it loaded that the agent can open (live, agents' channel, their area).
 */
export async function loadNewServices(payload: Payload, user: User): Promise<NewService[]> {
  const since = new Date(now().getTime() - NEW_SERVICE_DAYS * 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'service-activities',
    where: { and: [{ status: { equals: 'live' } }, { wentLiveAt: { greater_than_equal: since } }] },
    sort: '-wentLiveAt',
    limit: 10,
    depth: 0,
    overrideAccess: false,
    user,
    context: { skipReadiness: true },
    select: { title: true, wentLiveAt: true, knowledge: true, announcement: true },
  })
  // One read for every activity's items, then each activity keeps its own, in its order.
  const refs = (doc: (typeof docs)[number]) => [
    ...(doc.knowledge ?? []).map(idOf),
    idOf(doc.announcement),
  ]
  const openable = new Map(
    (await openableItems(payload, user, docs.flatMap(refs))).map((item) => [item.id, item]),
  )
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    wentLiveAt: doc.wentLiveAt ?? null,
    items: refs(doc).flatMap((id) => (id && openable.get(id)) || []),
  }))
}

/** Whether this user has marked the notice 已读. */
export async function hasAcknowledged(payload: Payload, user: User, noticeId: string) {
  const { totalDocs } = await payload.count({
    collection: 'notice-acks',
    where: { and: [{ user: { equals: user.id } }, { notice: { equals: noticeId } }] },
    overrideAccess: false,
    user,
  })
  return totalDocs > 0
}

/** Region variable values for the user's area, inherited HQ → province → city. */
export async function loadRegionValues(payload: Payload, user: User): Promise<RegionValues> {
  const { province, city } = readerAreaOf(user)
  const codes = [province, city].filter((code): code is string => Boolean(code))
  const { docs } = await payload.find({
    collection: 'org-units',
    where: {
      or: [{ level: { equals: 'hq' } }, ...(codes.length ? [{ code: { in: codes } }] : [])],
    },
    limit: 3,
    depth: 0,
    overrideAccess: false,
    user,
    select: { code: true, level: true, regionValues: true },
  })
  const rank = { hq: 0, province: 1, city: 2 } as const
  const chain = [...docs]
    .sort((a, b) => rank[a.level ?? 'hq'] - rank[b.level ?? 'hq'])
    .map((unit) => unit.regionValues as RegionValues | undefined)
  return resolveRegionValues(chain)
}

export type RelatedItem = { id: string; title: string; kind: Knowledge['kind'] }

export type ItemView = {
  id: string
  kind: Knowledge['kind']
  title: string
  summary: string
  html: string
  categoryName: string | null
  ownerUnitName: string | null
  ownerLevel: string | null
  contactName: string | null
  effectiveFrom: string | null
  expiresAt: string | null
  publishedAt: string | null
  updatedAt: string
  revision: number | null
  /** `published` for what agents see; editors may also open drafts of their subtree. */
  workflowState: Knowledge['workflowState']
  related: RelatedItem[]
}

/**
 * An item as this user may read it (Local API with their access), rendered for agents: 内部口径
 * included and region variables resolved for the user's area. Null when it does not exist or the
 * user may not read it.
 */
export async function loadItem(payload: Payload, user: User, id: string): Promise<ItemView | null> {
  let doc: Knowledge | null
  try {
    doc = await payload.findByID({
      collection: 'knowledge',
      id,
      depth: 1,
      overrideAccess: false,
      user,
      disableErrors: true,
    })
  } catch {
    // An id the database cannot even parse (e.g. not an ObjectId on MongoDB) reads as "not found".
    return null
  }
  if (!doc) return null
  const [regionValues, contactName, related] = await Promise.all([
    loadRegionValues(payload, user),
    contactNameOf(payload, doc.contact),
    loadRelated(payload, user, doc),
  ])
  const category = typeof doc.category === 'object' ? (doc.category as Category) : null
  const ownerUnit =
    doc.ownerUnit && typeof doc.ownerUnit === 'object' ? (doc.ownerUnit as OrgUnit) : null
  return {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    summary: doc.summary,
    html: lexicalToHtml(doc.body, { audience: 'agent', regionValues }),
    categoryName: category?.name ?? null,
    ownerUnitName: ownerUnit?.name ?? null,
    ownerLevel: doc.ownerLevel ?? null,
    contactName,
    effectiveFrom: doc.effectiveFrom ?? null,
    expiresAt: doc.expiresAt ?? null,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
    revision: doc.workflowRevision ?? null,
    workflowState: doc.workflowState,
    related,
  }
}

/**
 * The contact person's name. Agents may read the item's contact field, but users outside their own
 * unit's subtree (an HQ or province editor) are not readable to them, so only the name is looked up.
 */
async function contactNameOf(payload: Payload, contact: Knowledge['contact']) {
  if (contact && typeof contact === 'object') return contact.name ?? null
  if (!contact) return null
  const found = await payload.findByID({
    collection: 'users',
    id: contact,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true },
  })
  return found?.name ?? null
}

/** Related items the user may open in the console. */
function loadRelated(payload: Payload, user: User, doc: Knowledge): Promise<RelatedItem[]> {
  return openableItems(payload, user, (doc.related ?? []).map(idOf))
}

/**
 * Of these items, those the user may open in the console (live, on the agents' channel, in their
 * area), in the order given.
 */
async function openableItems(
  payload: Payload,
  user: User,
  refs: Array<string | null>,
): Promise<RelatedItem[]> {
  const ids = refs.filter((id): id is string => Boolean(id))
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'knowledge',
    where: { and: [{ id: { in: ids } }, agentKnowledgeWhere(readerAreaOf(user))] },
    limit: ids.length,
    depth: 0,
    overrideAccess: false,
    user,
    select: { title: true, kind: true },
  })
  const byId = new Map(docs.map((item) => [item.id, item]))
  return ids.flatMap((id) => {
    const item = byId.get(id)
    return item ? [{ id: item.id, title: item.title, kind: item.kind }] : []
  })
}

export const FEEDBACK_PAGE_SIZE = 20

/** The user's own reports and those they follow (duplicates merged into them), newest first. */
export async function loadMyFeedback(payload: Payload, user: User, page: number) {
  const result = await payload.find({
    collection: 'feedback',
    where: { or: [{ reporter: { equals: user.id } }, { followers: { in: [user.id] } }] },
    sort: '-createdAt',
    limit: FEEDBACK_PAGE_SIZE,
    page,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return {
    docs: result.docs as Feedback[],
    page: result.page ?? page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

/** 我的积分: the points the user's valid reports earned, summed. */
export async function loadMyPoints(payload: Payload, user: User): Promise<number> {
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { reporter: { equals: user.id }, points: { greater_than: 0 } },
    select: { points: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return sumPoints(docs.map((doc) => doc.points ?? 0))
}

/** Names of the org units coded `codes` (the units a report passed through), by code. */
export async function loadUnitNames(
  payload: Payload,
  codes: string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(codes)]
  if (unique.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'org-units',
    where: { code: { in: unique } },
    select: { code: true, name: true },
    depth: 0,
    limit: unique.length,
    overrideAccess: true,
  })
  return new Map(docs.map((unit) => [unit.code, unit.name]))
}

export async function loadUnitName(payload: Payload, user: User): Promise<string | null> {
  if (user.orgUnit && typeof user.orgUnit === 'object') return user.orgUnit.name
  const id = idOf(user.orgUnit)
  if (!id) return null
  const unit = await payload.findByID({
    collection: 'org-units',
    id,
    depth: 0,
    overrideAccess: false,
    user,
    disableErrors: true,
    select: { name: true },
  })
  return unit?.name ?? null
}
