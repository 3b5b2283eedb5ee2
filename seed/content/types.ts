import type { Channel, KnowledgeKind } from '@/domain/channels'
import type { WorkflowState } from '@/domain/workflow'
import type { SeedBlock } from '@/richtext/seedToLexical'

export type { SeedBlock }

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
