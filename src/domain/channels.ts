/** Where an item appears: the public online hall, the self-service kiosk, the agents' knowledge base. */
export const CHANNELS = ['online_hall', 'self_service', 'agent_kb'] as const
export type Channel = (typeof CHANNELS)[number]

export const CHANNEL_LABELS: Record<Channel, string> = {
  online_hall: '网上营业厅',
  self_service: '自助终端',
  agent_kb: '坐席知识库',
}

/** Channels the public reads; anything on them passes the compliance review. */
export const PUBLIC_CHANNELS: readonly Channel[] = ['online_hall', 'self_service']

export const isPublicChannel = (channel: Channel) => PUBLIC_CHANNELS.includes(channel)

export const hasPublicChannel = (channels: readonly Channel[] | null | undefined) =>
  Boolean(channels?.some(isPublicChannel))

export const KNOWLEDGE_KINDS = ['faq', 'article', 'script', 'notice'] as const
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number]

/** Kinds the public may read; scripts and notices are internal. */
export const PUBLIC_KINDS: readonly KnowledgeKind[] = ['faq', 'article']

/** Scripts (话术) and notices (服务公告) are internal: never on a public channel. */
export const isInternalKind = (kind: KnowledgeKind) => kind === 'script' || kind === 'notice'

export const isChannel = (value: unknown): value is Channel =>
  (CHANNELS as readonly unknown[]).includes(value)

/**
 * Why these channels do not suit this kind of item, or null when they do. The value may come
 * straight from a request: anything but a list of known channels is refused too.
 */
export function channelsProblem(
  kind: KnowledgeKind | null | undefined,
  channels: unknown,
): string | null {
  if (channels !== null && channels !== undefined && !Array.isArray(channels))
    return '须为发布渠道的列表'
  if (!channels?.length) return '至少选择一个发布渠道'
  const unknown = channels.filter((channel) => !isChannel(channel))
  if (unknown.length) return `未知的发布渠道：${unknown.map(String).join('、')}`
  if (kind && isInternalKind(kind) && channels.some(isPublicChannel)) {
    return '话术和服务公告只能发布到坐席知识库'
  }
  return null
}
