import { createLocalReq, type Payload } from 'payload'

import { refreshOverriddenIn } from '@collections/Knowledge/workflow/refreshOverriddenIn'
import { addWorkingDays } from '@/domain/deadlines'
import { REGION_VARIABLE_NAMES } from '@/domain/regionVariables'
import type { Knowledge } from '@/payload-types'
import { seedBlocksToLexical } from '@/richtext/seedToLexical'
import { SEED_CATEGORIES } from './content/categories'
import { SEED_GLOSSARY } from './content/glossary'
import { SEED_KNOWLEDGE_ITEMS, SEED_REGION_VALUES } from './content/knowledgeItems'
import type { SeedKnowledgeItem } from './content/types'
import { demoEmail } from './demoUsers'

type Step = (label: string, action: 'created' | 'updated' | 'unchanged') => void

const DAY = 86_400_000
const daysFromNow = (days: number | undefined, now: Date) =>
  days === undefined ? null : new Date(now.getTime() + days * DAY).toISOString()

/** Categories, glossary and region values: the reference data search and pages need. */
export async function seedReferenceData(
  payload: Payload,
  unitIds: Map<string, string>,
  step: Step,
) {
  const categoryIds = new Map<string, string>()
  for (const category of SEED_CATEGORIES) {
    const { docs } = await payload.find({
      collection: 'categories',
      where: { name: { equals: category.name } },
      limit: 1,
      depth: 0,
    })
    if (docs[0]) {
      categoryIds.set(category.name, docs[0].id)
      step(`分类 ${category.name}`, 'unchanged')
      continue
    }
    const created = await payload.create({
      collection: 'categories',
      data: {
        name: category.name,
        parent: category.parent ? categoryIds.get(category.parent) : null,
        reviewCycleDays: category.reviewCycleDays,
      },
    })
    categoryIds.set(category.name, created.id)
    step(`分类 ${category.name}`, 'created')
  }

  for (const entry of SEED_GLOSSARY) {
    const { docs } = await payload.find({
      collection: 'glossary',
      where: { term: { equals: entry.term } },
      limit: 1,
      depth: 0,
    })
    const synonyms = entry.synonyms ?? []
    const existing = docs[0]
    if (!existing) {
      await payload.create({
        collection: 'glossary',
        data: { term: entry.term, synonyms, note: entry.note },
        context: { skipSearchSync: true },
      })
      step(`术语 ${entry.term}`, 'created')
    } else if (JSON.stringify(existing.synonyms ?? []) !== JSON.stringify(synonyms)) {
      await payload.update({
        collection: 'glossary',
        id: existing.id,
        data: { synonyms },
        context: { skipSearchSync: true },
      })
      step(`术语 ${entry.term}`, 'updated')
    } else {
      step(`术语 ${entry.term}`, 'unchanged')
    }
  }

  for (const [code, values] of Object.entries(SEED_REGION_VALUES)) {
    const id = unitIds.get(code)
    if (!id) continue
    const unit = await payload.findByID({ collection: 'org-units', id, depth: 0 })
    const missing = REGION_VARIABLE_NAMES.filter(
      (name) => values[name] && !unit.regionValues?.[name],
    )
    if (missing.length === 0) {
      step(`地区变量 ${unit.name}`, 'unchanged')
      continue
    }
    await payload.update({
      collection: 'org-units',
      id,
      data: {
        regionValues: {
          ...unit.regionValues,
          ...Object.fromEntries(missing.map((name) => [name, values[name]])),
        },
      },
    })
    step(`地区变量 ${unit.name}`, 'updated')
  }
  return categoryIds
}

/** Variants after their originals, so `overrides` can point at an existing item. */
function creationOrder(items: SeedKnowledgeItem[]): SeedKnowledgeItem[] {
  const byId = new Map(items.map((item) => [item.externalId, item]))
  const depth = (item: SeedKnowledgeItem): number =>
    item.overrides ? 1 + depth(byId.get(item.overrides)!) : 0
  return [...items].sort((a, b) => depth(a) - depth(b))
}

/**
 * Demo knowledge items in every state. They are written as the workflow would leave them (state,
 * step, submitter, deadline) with one `import` audit record each; existing external ids are left alone.
 */
export async function seedKnowledge(
  payload: Payload,
  unitIds: Map<string, string>,
  categoryIds: Map<string, string>,
  step: Step,
  now = new Date(),
) {
  const req = await createLocalReq({ context: { workflowTransition: true } }, payload)
  const itemIds = new Map<string, string>()
  const editorIds = new Map<string, string>()
  const { docs: editors } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['editor'] } },
    limit: 0,
    depth: 0,
  })
  for (const editor of editors)
    if (editor.orgCode && editor.email === demoEmail('editor', editor.orgCode))
      editorIds.set(editor.orgCode, editor.id)

  let submissions = 0
  for (const item of creationOrder(SEED_KNOWLEDGE_ITEMS)) {
    const { docs } = await payload.find({
      collection: 'knowledge',
      where: { externalId: { equals: item.externalId } },
      limit: 1,
      depth: 0,
      draft: true,
    })
    if (docs[0]) {
      itemIds.set(item.externalId, docs[0].id)
      step(`条目 ${item.externalId} ${item.title}`, 'unchanged')
      continue
    }
    const editor = editorIds.get(item.owner) ?? null
    const inReview = item.state === 'in_review'
    if (inReview) submissions += 1
    const live = item.state === 'published'
    const data: Partial<Knowledge> = {
      externalId: item.externalId,
      kind: item.kind,
      title: item.title,
      summary: item.summary,
      body: seedBlocksToLexical(item.body) as Knowledge['body'],
      category: categoryIds.get(item.category)!,
      tags: item.tags,
      channels: item.channels,
      ownerUnit: unitIds.get(item.owner)!,
      contact: editor,
      effectiveFrom: daysFromNow(item.effectiveFromDays, now),
      expiresAt: daysFromNow(item.expiresAtDays, now),
      overrides: item.overrides ? itemIds.get(item.overrides) : null,
      workflowState: item.state,
      reviewStep: inReview ? 0 : null,
      submittedBy: inReview ? editor : null,
      lastEditedBy: editor,
      // Every other submission is already overdue, so the review queue has something to flag.
      stepDeadline: inReview
        ? addWorkingDays(new Date(now.getTime() - 5 * DAY), submissions % 2 ? 1 : 8).toISOString()
        : null,
      nextReviewAt: live ? daysFromNow(itemIds.size % 7 === 0 ? -3 : 90, now) : null,
      workflowRevision: 1,
      publishedAt: live ? now.toISOString() : null,
      _status: live ? 'published' : 'draft',
    }
    const created = await payload.create({
      collection: 'knowledge',
      data: data as Knowledge,
      req,
      draft: !live,
    })
    itemIds.set(item.externalId, created.id)
    await payload.create({
      collection: 'review-events',
      data: {
        transitionKey: `${created.id}:0`,
        item: created.id,
        itemTitle: item.title,
        action: 'import',
        to: item.state,
        actorName: '演示数据',
        comment: '初始化演示数据',
        ownerLevel: created.ownerLevel,
        ownerProvince: created.ownerProvince,
        ownerCity: created.ownerCity,
      },
      req,
    })
    step(`条目 ${item.externalId} ${item.title}`, 'created')
  }

  for (const item of SEED_KNOWLEDGE_ITEMS.filter((entry) => entry.related?.length)) {
    const id = itemIds.get(item.externalId)!
    const current = await payload.findByID({ collection: 'knowledge', id, depth: 0, draft: true })
    if (current.related?.length) continue
    await payload.update({
      collection: 'knowledge',
      id,
      data: {
        related: item.related!.map((ref) => itemIds.get(ref)!).filter(Boolean),
        _status: current._status,
      },
      draft: current._status !== 'published',
      req,
    })
  }
  for (const originalId of new Set(
    SEED_KNOWLEDGE_ITEMS.filter((item) => item.overrides).map((item) =>
      itemIds.get(item.overrides!)!,
    ),
  )) {
    await refreshOverriddenIn(req, originalId)
  }
}

export const knowledgeSeedSize = () =>
  SEED_CATEGORIES.length +
  SEED_GLOSSARY.length +
  Object.keys(SEED_REGION_VALUES).length +
  SEED_KNOWLEDGE_ITEMS.length
