import { type BlockContent, isVisibleTo, readBlock } from './blockContent'
import { regionVariableText } from './regionText'
import type { RenderOptions, RichTextState } from './types'

// A small walker of our own rather than Payload's `convertLexicalToPlaintext`: that one needs a
// converter per block anyway, leaves line breaks between blocks to each converter and logs an
// error for every block type it has no converter for.

type Node = { type?: unknown; children?: unknown; [key: string]: unknown }

/** Nodes whose text stands on lines of its own. */
const LINE_NODES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablerow'])

/**
 * Plain text of a knowledge body for search and snippets, one line per paragraph, list item,
 * step or price row. 内部口径 only for agents. Unknown nodes contribute their children's text.
 */
export function lexicalToPlainText(
  state: RichTextState | null | undefined,
  options: RenderOptions,
): string {
  return tidyLines(childrenText(state?.root, options))
}

function nodeText(node: unknown, options: RenderOptions): string {
  if (!isNode(node)) return ''
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : ''
    case 'linebreak':
      return '\n'
    case 'tab':
      return '\t'
    case 'inlineBlock':
      return inlineBlockText(node, options)
    case 'block':
      return lines(blockLines(readBlock(node.fields, options.regionValues), options))
    case 'upload':
      return lines([uploadAlt(node)])
    case 'list':
      return listText(node, options)
    case 'tablerow':
      return lines([tableRowText(node, options)])
    default: {
      const text = childrenText(node, options)
      return LINE_NODES.has(String(node.type)) ? lines([text]) : text
    }
  }
}

function childrenText(node: unknown, options: RenderOptions): string {
  if (!isNode(node) || !Array.isArray(node.children)) return ''
  return node.children.map((child) => nodeText(child, options)).join('')
}

function inlineBlockText(node: Node, options: RenderOptions): string {
  const fields = isNode(node.fields) ? node.fields : {}
  return fields.blockType === 'regionVariable'
    ? regionVariableText(fields.name, options.regionValues)
    : ''
}

function blockLines(block: BlockContent | null, options: RenderOptions): string[] {
  if (!block || !isVisibleTo(block, options.audience)) return []
  switch (block.blockType) {
    case 'steps':
      return [block.title, ...block.steps.map((step, index) => `${index + 1}. ${step}`)]
    case 'priceTable':
      return [block.caption, ...block.rows.map((row) => `${row.item} ${row.price} ${row.note}`)]
    case 'callout':
    case 'agentOnly':
      return [block.text]
  }
}

function uploadAlt(node: Node): string {
  const fields = isNode(node.fields) ? node.fields : {}
  const media = isNode(node.value) ? node.value : {}
  const alt = fields.alt || media.alt
  return typeof alt === 'string' ? alt : ''
}

/** Numbered lists keep their numbers, which answers often refer to ("见第 2 步"). */
function listText(node: Node, options: RenderOptions): string {
  if (!Array.isArray(node.children)) return ''
  const numbered = node.listType === 'number'
  return node.children
    .map((item, index) =>
      numbered && hasOwnText(item)
        ? lines([`${numberOf(item, index)}. ${childrenText(item, options)}`])
        : nodeText(item, options),
    )
    .join('')
}

/** Lexical nests a list in an item of its own, which has no number. */
function hasOwnText(item: unknown): item is Node {
  return (
    isNode(item) &&
    item.type === 'listitem' &&
    Array.isArray(item.children) &&
    item.children.some((child) => !isNode(child) || child.type !== 'list')
  )
}

function numberOf(item: Node, index: number): number {
  return typeof item.value === 'number' ? item.value : index + 1
}

function tableRowText(row: Node, options: RenderOptions): string {
  if (!Array.isArray(row.children)) return ''
  return row.children.map((cell) => childrenText(cell, options).replace(/\s+/g, ' ')).join(' ')
}

function lines(texts: string[]): string {
  return texts.map((text) => `\n${text}\n`).join('')
}

/** One line per text, blank lines dropped, runs of spaces collapsed. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null
}
