import type { Knowledge } from '@/payload-types'

export const KIND_LABELS: Record<Knowledge['kind'], string> = {
  faq: '常见问题',
  article: '业务规则',
  script: '话术',
  notice: '服务公告',
}

/** An agent only ever sees HQ items and those of their own province and city. */
export const OWNER_LEVEL_LABELS: Record<string, string> = {
  hq: '总部',
  province: '本省',
  city: '本市',
}

export const kindLabel = (kind: string | null | undefined) =>
  (kind && KIND_LABELS[kind as Knowledge['kind']]) || '知识'

export const ownerLevelLabel = (level: string | null | undefined) =>
  (level && OWNER_LEVEL_LABELS[level]) || ''

const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** `2026-03-01 08:30`, Beijing time (the console is rendered on the server). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const part = Object.fromEntries(DATE_TIME.formatToParts(date).map((p) => [p.type, p.value]))
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`
}
