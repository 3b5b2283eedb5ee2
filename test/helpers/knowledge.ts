import type { Payload } from 'payload'

import type { Knowledge } from '@/payload-types'
import { findOrgUnit } from './payload'

let serial = 0

/**
 * Creates an item directly in a given workflow state (as the seed does), owned by `ownerCode`.
 * Tests of access use it to lay out fixtures without walking each item through review.
 */
export async function createKnowledgeAt(
  payload: Payload,
  ownerCode: string,
  options: {
    state?: 'draft' | 'approved' | 'published'
    externalId?: string
    kind?: Knowledge['kind']
    channels?: Knowledge['channels']
    overrides?: string
    title?: string
    body?: Knowledge['body']
  } = {},
): Promise<Knowledge> {
  serial += 1
  const live = options.state === 'published'
  const [owner, category, contact] = await Promise.all([
    findOrgUnit(payload, ownerCode),
    payload.find({ collection: 'categories', limit: 1 }).then((r) => r.docs[0]!),
    // 联系人制度: the unit's demo editor answers for the fixture, as an author would.
    payload
      .find({ collection: 'users', where: { email: { equals: `editor.${ownerCode}@demo.kb` } } })
      .then((r) => r.docs[0]?.id ?? null),
  ])
  return payload.create({
    collection: 'knowledge',
    draft: !live,
    context: { workflowTransition: true },
    data: {
      externalId: options.externalId ?? `fixture-${serial}`,
      kind: options.kind ?? 'faq',
      title: options.title ?? `${ownerCode} ${options.state ?? 'draft'} ${serial}`,
      summary: '测试',
      ...(options.body ? { body: options.body } : {}),
      category: category.id,
      channels: options.channels ?? ['online_hall', 'agent_kb'],
      ownerUnit: owner.id,
      overrides: options.overrides ?? null,
      contact,
      workflowState: options.state ?? 'draft',
      _status: live ? 'published' : 'draft',
    },
  })
}
