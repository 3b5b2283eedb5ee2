/**
 * What a knowledge item becomes in the indexes: the agents' index gets every live item on the
 * agents' channel with 内部口径; the public index gets live FAQs and articles on a public channel,
 * rendered for the public. Drafts never reach an index: only the live (published) version maps.
 */
import { type Channel, PUBLIC_KINDS, isPublicChannel, type KnowledgeKind } from '@/domain/channels'
import type { OrgLevel } from '@/domain/orgTree'
import type { Knowledge } from '@/payload-types'
import { lexicalToPlainText } from '@/richtext/toPlainText'
import type { Audience, RichTextState } from '@/richtext/types'
import type { SearchDocument, SearchIndexName } from './types'

type CategoryRef = { id: string; name: string } | null

/** Live: published, and the workflow agrees (an expired item keeps no published version). */
export const isLive = (item: Pick<Knowledge, '_status' | 'workflowState'>) =>
  item._status === 'published' && item.workflowState === 'published'

/** The indexes an item belongs in, by kind and channels (whether it is live is asked separately). */
export function indexesOf(item: Pick<Knowledge, 'kind' | 'channels'>): SearchIndexName[] {
  const channels = (item.channels ?? []) as Channel[]
  const indexes: SearchIndexName[] = []
  if (channels.some(isPublicChannel) && PUBLIC_KINDS.includes(item.kind as KnowledgeKind)) {
    indexes.push('online_hall')
  }
  if (channels.includes('agent_kb')) indexes.push('agent_kb')
  return indexes
}

const AUDIENCE: Record<SearchIndexName, Audience> = { online_hall: 'public', agent_kb: 'agent' }

/** The document for one index, or null when the item does not belong there now. */
export function searchDocumentFor(
  item: Knowledge,
  index: SearchIndexName,
  category: CategoryRef,
): SearchDocument | null {
  if (!isLive(item) || !indexesOf(item).includes(index)) return null
  const body = lexicalToPlainText(item.body as RichTextState, {
    audience: AUDIENCE[index],
    regionValues: {},
  })
  const channels = (item.channels ?? []) as Channel[]
  return {
    id: item.id,
    externalId: item.externalId ?? null,
    kind: item.kind,
    title: item.title,
    // An imported summary is the body's first sentence: count it once.
    body: item.summary && !body.startsWith(item.summary) ? `${item.summary}\n${body}` : body,
    categoryId: category?.id ?? null,
    categoryName: category?.name ?? null,
    channels: index === 'agent_kb' ? channels : channels.filter(isPublicChannel),
    ownerLevel: item.ownerLevel as OrgLevel,
    ownerCode: item.ownerCode ?? '',
    ownerProvince: item.ownerProvince ?? null,
    ownerCity: item.ownerCity ?? null,
    overriddenIn: (item.overriddenIn ?? '').split(/\s+/).filter(Boolean),
    publishedAt: item.publishedAt ? Date.parse(item.publishedAt) : 0,
  }
}
