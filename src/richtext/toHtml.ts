import type { SerializedLinkNode, SerializedUploadNode } from '@payloadcms/richtext-lexical'
import { convertLexicalToHTML, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { sanitizeUrl } from 'payload/shared'

import type { Media } from '@/payload-types'
import { type BlockContent, isVisibleTo, type PriceRowText, readBlock } from './blockContent'
import { CALLOUT_TONE_LABELS } from './blocks'
import { regionVariableText } from './regionText'
import type { RenderOptions, RichTextState } from './types'

// Payload's own synchronous `convertLexicalToHTML`: it is plain string building (no React, no
// database), escapes text, sanitises link URLs and checks heading/list tags. We replace only what
// this layer owns: the blocks, region variables, images and internal links, and give unknown nodes
// their children's HTML instead of Payload's "unknown node" placeholder.

/** The width the FAQ pages' text column is laid out at (the `article` image size). */
const COLUMN_WIDTH = 960

/**
 * Safe HTML of a knowledge body for the FAQ pages. 内部口径 only for agents; region variables
 * resolved for the reader's area; images need their upload already populated (depth ≥ 1).
 */
export function lexicalToHtml(
  state: RichTextState | null | undefined,
  options: RenderOptions,
): string {
  if (!state?.root) return ''
  return convertLexicalToHTML({
    // Our loose input type is the same JSON; Payload's converters check what they read.
    data: state as unknown as SerializedEditorState,
    disableContainer: true,
    converters: ({ defaultConverters }) => htmlConverters(defaultConverters, options),
  })
}

function htmlConverters(defaults: HTMLConverters, options: RenderOptions): HTMLConverters {
  const block = ({ node }: { node: { fields: unknown } }) =>
    blockHtml(readBlock(node.fields, options.regionValues), options)
  return {
    ...defaults,
    link: linkHtml,
    upload: ({ node }: { node: SerializedUploadNode }) => uploadHtml(node),
    blocks: { steps: block, priceTable: block, callout: block, agentOnly: block },
    inlineBlocks: {
      regionVariable: ({ node }) =>
        escapeHtml(regionVariableText(fieldOf(node.fields, 'name'), options.regionValues)),
    },
    unknown: ({ node, nodesToHTML }) => {
      const children = fieldOf(node, 'children')
      return Array.isArray(children) ? nodesToHTML({ nodes: children }).join('') : ''
    },
  }
}

function blockHtml(block: BlockContent | null, options: RenderOptions): string {
  if (!block || !isVisibleTo(block, options.audience)) return ''
  switch (block.blockType) {
    case 'steps':
      return stepsHtml(block.title, block.steps)
    case 'priceTable':
      return priceTableHtml(block.caption, block.rows)
    case 'callout':
      return (
        `<aside role="note" class="callout callout--${block.tone}">` +
        `<strong class="callout__label">${CALLOUT_TONE_LABELS[block.tone].zh}</strong>` +
        `<p>${textareaHtml(block.text)}</p></aside>`
      )
    case 'agentOnly':
      return (
        `<section class="agent-only" aria-label="内部口径">` +
        `<p>${textareaHtml(block.text)}</p></section>`
      )
  }
}

function stepsHtml(title: string, steps: string[]): string {
  const heading = title ? `<p class="steps__title">${escapeHtml(title)}</p>` : ''
  const items = steps.map((step) => `<li>${textareaHtml(step)}</li>`).join('')
  return `<div class="steps">${heading}<ol>${items}</ol></div>`
}

function priceTableHtml(caption: string, rows: PriceRowText[]): string {
  const captionHtml = caption ? `<caption>${escapeHtml(caption)}</caption>` : ''
  const head = ['项目', '资费', '备注'].map((label) => `<th scope="col">${label}</th>`).join('')
  const body = rows
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.item)}</th><td>${escapeHtml(row.price)}</td>` +
        `<td>${escapeHtml(row.note)}</td></tr>`,
    )
    .join('')
  return (
    `<table class="price-table">${captionHtml}<thead><tr>${head}</tr></thead>` +
    `<tbody>${body}</tbody></table>`
  )
}

/** Internal links have no public address yet (knowledge pages come later), so only their text. */
function linkHtml({
  node,
  nodesToHTML,
}: {
  node: SerializedLinkNode
  nodesToHTML: (args: { nodes: SerializedLinkNode['children'] }) => string[]
}): string {
  const children = nodesToHTML({ nodes: node.children }).join('')
  if (node.fields.linkType === 'internal') return children
  const href = escapeHtml(sanitizeUrl(node.fields.url ?? ''))
  const newTab = node.fields.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
  return `<a href="${href}"${newTab}>${children}</a>`
}

type ImageCandidate = { url: string; width: number; height: number }

function uploadHtml(node: SerializedUploadNode): string {
  const media = node.relationTo === 'media' && typeof node.value === 'object' ? node.value : null
  if (!media?.url) return ''
  const alt = escapeHtml(String(node.fields?.alt || media.alt || ''))
  const attributes = `alt="${alt}" loading="lazy" decoding="async"`
  const candidates = imageCandidates(media)
  const src = candidates.find((image) => image.width >= COLUMN_WIDTH) ?? candidates.at(-1)
  if (!src) return `<img src="${escapeHtml(media.url)}" ${attributes} />`
  const srcset = candidates.map((image) => `${escapeHtml(image.url)} ${image.width}w`).join(', ')
  return (
    `<img src="${escapeHtml(src.url)}" srcset="${srcset}" ` +
    `sizes="(max-width: ${COLUMN_WIDTH}px) 100vw, ${COLUMN_WIDTH}px" ` +
    `width="${src.width}" height="${src.height}" ${attributes} />`
  )
}

/**
 * The original and its sizes, narrowest first. Sizes cropped to another shape (the square
 * `thumbnail` of a wide image) are left out: a browser would show the crop on narrow screens.
 */
function imageCandidates(media: Media): ImageCandidate[] {
  const { thumbnail, article, articleWide } = media.sizes ?? {}
  const all = [thumbnail, article, articleWide, media].filter(isCandidate)
  const ratio = media.width && media.height ? media.width / media.height : null
  const sameShape = (image: ImageCandidate) =>
    ratio === null || Math.abs(image.width / image.height - ratio) < 0.02 * ratio
  return all
    .filter(sameShape)
    .sort((a, b) => a.width - b.width)
    .filter((image, index, sorted) => sorted[index - 1]?.width !== image.width)
}

function isCandidate(
  image:
    | {
        url?: string | null
        width?: number | null
        height?: number | null
      }
    | undefined,
): image is ImageCandidate {
  return Boolean(image?.url && image.width && image.height)
}

function fieldOf(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key]
}

/** Newlines of a textarea are kept as line breaks. */
function textareaHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br />')
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}
