import type { RichTextFieldValidation } from 'payload'
import { richText } from 'payload/shared'

import { firstUnsafeLinkUrl } from '@/richtext/linkUrl'

const MAX_SHOWN = 80

/**
 * Payload's rich-text validation, refusing links the render would neutralise (`javascript:`): the
 * editor learns at save, not a reader at a dead link.
 */
export const richTextWithSafeLinks: RichTextFieldValidation = (value, options) => {
  const unsafe = firstUnsafeLinkUrl(value)
  if (unsafe === null) return richText(value, options)
  return `链接地址不安全：${unsafe.slice(0, MAX_SHOWN)}（只能用 http、https、mailto、tel 或站内地址）`
}
