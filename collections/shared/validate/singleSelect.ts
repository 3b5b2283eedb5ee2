import type { SelectFieldSingleValidation } from 'payload'
import { select } from 'payload/shared'

/**
 * Payload's select validation, refusing a list too: Payload's own lets `["faq"]` through a
 * single-choice field, and the database then fails on it (a 500).
 */
export const singleSelect: SelectFieldSingleValidation = (value, options) =>
  Array.isArray(value) ? '只能选择一项' : select(value, options)
