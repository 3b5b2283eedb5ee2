/**
 * What the public site must never show, derived from the demo seed, and small HTTP helpers for
 * tests and benchmarks that talk to a served app (`npm run demo`) without loading Payload.
 */
import { SEED_KNOWLEDGE_ITEMS } from '@seed/content/knowledgeItems'
import type { SeedKnowledgeItem } from '@seed/content/types'
import { DEMO_PASSWORD, SEED_USERS } from '@seed/demoUsers'
import { loginOverHttp } from './httpClient'

const PUBLIC_KINDS = new Set(['faq', 'article'])
const PUBLIC_CHANNELS = new Set(['online_hall', 'self_service'])

/** Published FAQs/articles on a public channel: what anonymous visitors may read at all. */
export const isPublicSeedItem = (item: SeedKnowledgeItem) =>
  item.state === 'published' &&
  PUBLIC_KINDS.has(item.kind) &&
  item.channels.some((channel) => PUBLIC_CHANNELS.has(channel))

/** The demo items the public must never see, by why. */
export const SEED_SECRETS = {
  /** Scripts and notices (话术, 服务公告), whatever their state. */
  scriptOrNotice: SEED_KNOWLEDGE_ITEMS.filter((i) => i.kind === 'script' || i.kind === 'notice'),
  /** FAQs and articles published to the agents' knowledge base only. */
  agentOnly: SEED_KNOWLEDGE_ITEMS.filter(
    (i) => PUBLIC_KINDS.has(i.kind) && !i.channels.some((c) => PUBLIC_CHANNELS.has(c)),
  ),
  /** Public-channel FAQs/articles that are not live: drafts, in review, approved, archived, expired. */
  notLive: SEED_KNOWLEDGE_ITEMS.filter(
    (i) =>
      PUBLIC_KINDS.has(i.kind) &&
      i.channels.some((c) => PUBLIC_CHANNELS.has(c)) &&
      i.state !== 'published',
  ),
}

/**
 * Distinctive pieces of a text as they can appear in HTML, JSON or a React flight payload: the
 * text is cut at region placeholders, at characters those formats escape and at sentence ends, and
 * the longest pieces (≥ 8 characters) are kept, so a leak of one sentence is caught.
 */
export function needlesOf(text: string, count = 3): string[] {
  return text
    .replace(/\{\{\w+\}\}/g, '\u0000')
    .split(/[\u0000"'<>&\\\n。；！？]/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 8)
    .sort((a, b) => b.length - a.length)
    .slice(0, count)
}

/** 内部口径 texts of every demo item (the agentOnly blocks), as needles. */
export const AGENT_ONLY_NEEDLES: { item: string; needle: string }[] = SEED_KNOWLEDGE_ITEMS.flatMap(
  (item) =>
    item.body
      .filter((block) => block.type === 'agentOnly')
      .flatMap((block) => needlesOf(block.text).map((needle) => ({ item: item.title, needle }))),
)

/** The text of a block as the public may read it (内部口径 has none). */
function publicBlockText(block: SeedKnowledgeItem['body'][number]): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'callout':
      return [block.text]
    case 'steps':
      return [block.title ?? '', ...block.steps]
    case 'priceTable':
      return [block.caption ?? '', ...block.rows.flatMap((r) => [r.item, r.price, r.note ?? ''])]
    case 'agentOnly':
      return []
  }
}

/** Everything public items say outside 内部口径 (to tell which internal clauses are internal only). */
const PUBLIC_TEXT = SEED_KNOWLEDGE_ITEMS.filter(
  (item) => PUBLIC_KINDS.has(item.kind) && item.channels.some((c) => PUBLIC_CHANNELS.has(c)),
)
  .flatMap((item) => [
    item.title,
    item.summary,
    ...item.tags,
    ...item.body.flatMap(publicBlockText),
  ])
  .join('\n')

/**
 * Clauses (≥ 6 characters, cut at any punctuation) of 内部口径 texts that no public text contains:
 * short enough to be caught inside a search snippet, which cuts and highlights.
 */
export const AGENT_ONLY_CLAUSES: { item: string; needle: string }[] = (() => {
  const clauses = new Map<string, { item: string; needle: string }>()
  for (const item of SEED_KNOWLEDGE_ITEMS)
    for (const block of item.body)
      if (block.type === 'agentOnly')
        for (const clause of block.text.split(
          /\{\{\w+\}\}|[，。；：、“”（）《》！？…—\s"'<>&\\,.;:()]/,
        ))
          if (clause.length >= 6 && !PUBLIC_TEXT.includes(clause))
            clauses.set(clause, { item: item.title, needle: clause })
  return [...clauses.values()]
})()

/** Contact persons: every demo user's name and e-mail (the seed makes each unit's editor the contact). */
export const CONTACT_NEEDLES: string[] = [
  ...SEED_USERS.map((user) => user.name),
  ...SEED_USERS.map((user) => user.email),
  '@demo.kb',
]

/** The review comment the seed writes on every item's first audit record. */
export const SEED_REVIEW_COMMENT = '初始化演示数据'

export type Leak = { what: string; needle: string; where: string }

/** Decodes the entities React and XML writers use, so needles match the visible text. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** A checker for anonymous responses: every needle of the seed's secrets, plus any extra ones. */
export function leakChecker(extra: { what: string; needle: string }[] = []) {
  const needles: { what: string; needle: string }[] = [
    ...SEED_SECRETS.scriptOrNotice.map((i) => ({ what: `${i.kind} title`, needle: i.title })),
    ...SEED_SECRETS.agentOnly.map((i) => ({ what: 'agent_kb-only title', needle: i.title })),
    ...SEED_SECRETS.notLive.map((i) => ({ what: `${i.state} title`, needle: i.title })),
    ...AGENT_ONLY_NEEDLES.map((n) => ({ what: `内部口径 of ${n.item}`, needle: n.needle })),
    ...AGENT_ONLY_CLAUSES.map((n) => ({ what: `内部口径 clause of ${n.item}`, needle: n.needle })),
    ...CONTACT_NEEDLES.map((needle) => ({ what: 'contact person', needle })),
    { what: 'review comment', needle: SEED_REVIEW_COMMENT },
    ...extra,
  ]
  return (where: string, body: string): Leak[] => {
    const text = body.includes('&') ? `${body}\n${decodeEntities(body)}` : body
    // JSON (REST, GraphQL, React's flight data in pages) may write characters as \uXXXX.
    const decoded = /\\u[0-9a-f]{4}/i.test(text)
      ? `${text}\n${text.replace(/\\u([0-9a-f]{4})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)))}`
      : text
    // Search snippets highlight matches inside words: read them without tags too.
    const unescaped = decoded.includes('<')
      ? `${decoded}\n${decoded.replace(/<[^>]*>/g, '')}`
      : decoded
    return needles
      .filter(({ needle }) => unescaped.includes(needle))
      .map(({ what, needle }) => ({ what, needle, where }))
  }
}

/** A demo staff member signed in over HTTP (JWT from `POST /api/users/login`). */
export const staffClient = (baseUrl: string, email: string) =>
  loginOverHttp(baseUrl, email, DEMO_PASSWORD)

/**
 * Waits until the served app has indexed everything queued (the seed queues one sync job per live
 * item; the server works the `search` queue every 200 ms): no unfinished search job for a few
 * polls in a row, as HQ's admin sees the job list.
 */
export async function waitUntilIndexed(baseUrl: string, timeoutMs = 180_000): Promise<number> {
  const started = Date.now()
  const admin = await staffClient(baseUrl, 'admin.100000@demo.kb')
  let quiet = 0
  while (quiet < 3) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`search jobs still pending after ${timeoutMs} ms`)
    const res = await admin.get(
      '/api/payload-jobs?limit=1&depth=0&where[queue][equals]=search&where[completedAt][exists]=false&where[hasError][not_equals]=true',
    )
    if (!res.ok) throw new Error(`payload-jobs: ${res.status} ${await res.text()}`)
    const { totalDocs } = (await res.json()) as { totalDocs: number }
    quiet = totalDocs === 0 ? quiet + 1 : 0
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  return Date.now() - started
}
