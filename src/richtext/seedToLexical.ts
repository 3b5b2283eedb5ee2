import { randomBytes } from 'node:crypto'

import type {
  SerializedBlockNode,
  SerializedHeadingNode,
  SerializedInlineBlockNode,
  SerializedParagraphNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { SeedBlock } from '@seed/content/types'
import { isRegionVariableName, PLACEHOLDER } from './regionText'

type InlineNode = SerializedTextNode | SerializedInlineBlockNode
type TopNode = SerializedParagraphNode<InlineNode> | SerializedHeadingNode | SerializedBlockNode

/**
 * Lexical JSON, as Payload's editor saves it, for a body in the seed format. `{{name}}` in
 * paragraphs and headings becomes a `regionVariable` inline block; block textareas keep their
 * placeholders (a textarea cannot hold an inline block; the renderers resolve them there).
 */
export function seedBlocksToLexical(blocks: SeedBlock[]): SerializedEditorState {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: blocks.map(seedBlockToNode),
    },
  }
}

function seedBlockToNode(block: SeedBlock): TopNode {
  switch (block.type) {
    case 'paragraph':
      return {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: inlineNodes(block.text),
      }
    case 'heading':
      return {
        type: 'heading',
        version: 1,
        tag: 'h2',
        direction: 'ltr',
        format: '',
        indent: 0,
        children: inlineNodes(block.text),
      }
    case 'steps':
      return blockNode('steps', {
        title: block.title ?? '',
        steps: block.steps.map((text) => ({ id: objectId(), text })),
      })
    case 'priceTable':
      return blockNode('priceTable', {
        caption: block.caption ?? '',
        rows: block.rows.map((row) => ({ id: objectId(), ...row, note: row.note ?? '' })),
      })
    case 'callout':
      return blockNode('callout', { tone: block.tone, text: block.text })
    case 'agentOnly':
      return blockNode('agentOnly', { text: block.text })
  }
}

/** Text split at its known placeholders; unknown `{{…}}` stay text. */
function inlineNodes(text: string): InlineNode[] {
  const nodes: InlineNode[] = []
  let textStart = 0
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]
    if (!isRegionVariableName(name)) continue
    nodes.push(...textNodes(text.slice(textStart, match.index)))
    nodes.push({
      type: 'inlineBlock',
      version: 1,
      fields: { id: objectId(), blockType: 'regionVariable', blockName: '', name },
    })
    textStart = match.index + match[0].length
  }
  nodes.push(...textNodes(text.slice(textStart)))
  return nodes
}

function textNodes(text: string): SerializedTextNode[] {
  if (!text) return []
  return [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }]
}

function blockNode(blockType: string, fields: Record<string, unknown>): SerializedBlockNode {
  return {
    type: 'block',
    version: 2,
    format: '',
    fields: { id: objectId(), blockType, blockName: '', ...fields },
  }
}

/** Payload gives block and array rows 24-hex ObjectId-style ids; so do we. */
function objectId(): string {
  return randomBytes(12).toString('hex')
}
