import {
  type CollectionBeforeChangeHook,
  type Validate,
  ValidationError,
  type ValidationFieldError,
} from 'payload'

/**
 * Runs the fields' own validators on what a draft save submits: Payload skips field
 * validation for a draft (the admin's 保存草稿), so what the database cannot hold (a list in a
 * single select, a category that does not exist, 100,000 tags, a `javascript:` link) got stored or
 * failed as a 500. `required` stays Payload's to check: a draft may be incomplete. Saves the
 * workflow makes itself (`context.workflowTransition`) are trusted.
 */
export const validateSubmittedFields: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (context.workflowTransition) return data
  // Payload validates every save that is not a draft itself (it marks a draft save `_status:
  // 'draft'` before these hooks); a restore is checked here as it is saved as a draft.
  if (data._status !== 'draft' && !context.isRestoringVersion) return data
  const doc = { ...originalDoc, ...data }
  const errors: ValidationFieldError[] = []
  for (const field of collection.flattenedFields) {
    if (!('validate' in field) || !field.validate || !(field.name in data)) continue
    // Called as Payload calls it (fields/hooks/beforeChange/promise.ts), `required` aside.
    const validate = field.validate as Validate<unknown, unknown, unknown, object>
    const result = await validate(data[field.name], {
      ...field,
      required: false,
      blockData: {},
      id: originalDoc?.id,
      collectionSlug: collection.slug,
      data: doc,
      siblingData: doc,
      event: 'submit',
      operation,
      path: [field.name],
      preferences: { fields: {} },
      previousValue: originalDoc?.[field.name],
      req,
    })
    if (typeof result === 'string') errors.push({ path: field.name, message: result })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
