import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { env } from '@/env'
import { checkImageUpload, MAX_IMAGE_PIXELS } from '@/domain/mediaRules'

async function readImageHeader(data: Buffer) {
  try {
    const meta = await sharp(data, { limitInputPixels: false }).metadata()
    return {
      detectedFormat: meta.format ?? null,
      width: meta.width ?? null,
      height: meta.height ?? null,
      pages: meta.pages ?? 1,
    }
  } catch {
    return { detectedFormat: null, width: null, height: null, pages: null }
  }
}

/**
 * Checks size, real type (from the bytes, not the name) and pixel count (all frames of an
 * animation) before sharp resizes, so a bad file gets a clear 400 instead of a processing error.
 */
export const validateImageUpload: CollectionBeforeOperationHook = async ({
  operation,
  req,
  args,
}) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const { data, size, mimetype } = req.file
  const header = await readImageHeader(data)
  const problem = checkImageUpload(
    { size: size ?? data.length, mimetype, ...header },
    env.mediaMaxBytes,
  )
  if (problem) throw new APIError(problem, 400, { maxPixels: MAX_IMAGE_PIXELS }, true)
  return args
}
