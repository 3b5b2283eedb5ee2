import type { RegionVariableName } from '@/domain/regionVariables'

/**
 * The demo content's own simple format, turned into Lexical by `src/richtext/seedToLexical.ts`.
 * Texts may contain region variable placeholders such as `{{hotline}}` (see REGION_VARIABLES).
 */
export type SeedBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'steps'; title?: string; steps: string[] }
  | { type: 'priceTable'; caption?: string; rows: { item: string; price: string; note?: string }[] }
  | { type: 'callout'; tone: 'warning' | 'info' | 'tip'; text: string }
  /** 内部口径: seen by agents only, never by the public. */
  | { type: 'agentOnly'; text: string }

export type KnowledgeKind = 'faq' | 'article' | 'script' | 'notice'
export type Channel = 'online_hall' | 'self_service' | 'agent_kb'
export type WorkflowState =
  'draft' | 'in_review' | 'approved' | 'published' | 'expired' | 'archived'

export type SeedKnowledgeItem = {
  /** Stable external id, e.g. `demo-0001`; re-seeding updates, never duplicates. */
  externalId: string
  kind: KnowledgeKind
  /** The question, for FAQs. */
  title: string
  /** Short plain-text answer used for snippets (one or two sentences). */
  summary: string
  body: SeedBlock[]
  /** Category name; must be one of SEED_CATEGORIES (seed/content/categories.ts). */
  category: string
  tags: string[]
  /** Scripts and notices are never on public channels (online_hall, self_service). */
  channels: Channel[]
  /** Owner org unit code: 100000 (HQ), 440000, 440100, 440300, 510000, 510100, 320000, 320100, 110000. */
  owner: string
  state: WorkflowState
  /** externalId of the higher-tier item this one localises (province of an HQ item, city of a province/HQ item). */
  overrides?: string
  /** Days relative to the seeding day; negative = past. Notices need both. */
  effectiveFromDays?: number
  expiresAtDays?: number
  /** externalIds of related items. */
  related?: string[]
}

export type SeedCategory = { name: string; parent?: string; reviewCycleDays: number }
export type SeedGlossaryTerm = { term: string; synonyms: string[]; note?: string }
