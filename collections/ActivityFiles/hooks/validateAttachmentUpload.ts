import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { attachmentProblem } from '@/domain/attachmentRules'

/**
 * Refuses a file whose bytes are not a document we accept, whatever its name and declared type.
 * Payload's own check lets a file with undetectable bytes through on its extension alone.
 */
export const validateAttachmentUpload: CollectionBeforeOperationHook = async ({
  operation,
  req,
  args,
}) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const detected = await fileTypeFromBuffer(req.file.data).catch(() => undefined)
  const problem = attachmentProblem(detected?.mime ?? null)
  if (problem) throw new APIError(problem, 400, null, true)
  return args
}
