import type { RegionValues } from '@/domain/regionVariables'
import { CALLOUT_TONES, type CalloutTone } from './blocks'
import { fillPlaceholders } from './regionText'
import type { Audience } from './types'

export type PriceRowText = { item: string; price: string; note: string }

/** A block's fields as both renderers need them: checked, with region variables resolved. */
export type BlockContent =
  | { blockType: 'steps'; title: string; steps: string[] }
  | { blockType: 'priceTable'; caption: string; rows: PriceRowText[] }
  | { blockType: 'callout'; tone: CalloutTone; text: string }
  | { blockType: 'agentOnly'; text: string }

type Fields = Record<string, unknown>

/** Reads a stored block's fields; null for a block type this layer does not know. */
export function readBlock(fields: unknown, values: RegionValues): BlockContent | null {
  if (!isRecord(fields)) return null
  const text = (key: string, from: Fields = fields) => fillPlaceholders(stringAt(from, key), values)
  switch (fields.blockType) {
    case 'steps':
      return {
        blockType: 'steps',
        title: text('title'),
        steps: records(fields.steps)
          .map((step) => text('text', step))
          .filter(Boolean),
      }
    case 'priceTable':
      return {
        blockType: 'priceTable',
        caption: text('caption'),
        rows: records(fields.rows).map((row) => ({
          item: text('item', row),
          price: text('price', row),
          note: text('note', row),
        })),
      }
    case 'callout':
      return { blockType: 'callout', tone: calloutTone(fields.tone), text: text('text') }
    case 'agentOnly':
      return { blockType: 'agentOnly', text: text('text') }
    default:
      return null
  }
}

/** 内部口径 is for agents only: the one rule both renderers apply. */
export function isVisibleTo(block: BlockContent, audience: Audience): boolean {
  return block.blockType !== 'agentOnly' || audience === 'agent'
}

function calloutTone(tone: unknown): CalloutTone {
  return CALLOUT_TONES.find((known) => known === tone) ?? 'info'
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null
}

function records(value: unknown): Fields[] {
  return Array.isArray(value) ? value.filter(isRecord) : []
}

function stringAt(fields: Fields, key: string): string {
  const value = fields[key]
  return typeof value === 'string' ? value : ''
}
