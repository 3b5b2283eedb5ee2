import {
  APIError,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type Where,
} from 'payload'

import { liveKnowledgeWhere } from '@access/knowledge'
import { type ImageChange, liveUsageProblem, MAX_NAMED_ITEMS } from '@/domain/mediaRules'

/**
 * Published items show their images as they are: replacing or deleting one changes what readers
 * see without review. Such an image changes through the workflow instead: a new version of each
 * item shows another image and is published, after which the old one is free. (Alt text may
 * still be corrected by those who may change the image.)
 */
async function refuseIfShownLive(req: PayloadRequest, id: string, change: ImageChange) {
  // Items list the images their body shows in `mediaIds` (recordMediaIds).
  const showing: Where = { and: [liveKnowledgeWhere, { mediaIds: { like: id } }] }
  const { totalDocs } = await req.payload.count({
    collection: 'knowledge',
    where: showing,
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) return
  // Named only if the caller may read them: the others may be another province's.
  const readable = await req.payload.find({
    collection: 'knowledge',
    where: showing,
    overrideAccess: false,
    select: { title: true },
    limit: MAX_NAMED_ITEMS,
    depth: 0,
    req,
  })
  const titles = readable.docs.map((item) => item.title)
  throw new APIError(liveUsageProblem(change, titles, totalDocs)!, 409, null, true)
}

/** A new file, or a crop of the stored one, replaces what readers see. */
const replacesFile = (req: PayloadRequest): boolean =>
  Boolean(req.file) || Boolean((req.query?.uploadEdits as { crop?: unknown } | undefined)?.crop)

/** Before Payload deletes the old files, which it does before it saves the new ones. */
export const refuseReplacingLiveImage: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' || !replacesFile(req)) return args
  // One image by id, or all that a bulk update selects.
  const { id, where } = args as { id?: number | string; where?: Where }
  const ids =
    id !== undefined
      ? [String(id)]
      : (
          await req.payload.find({
            collection: 'media',
            where,
            pagination: false,
            depth: 0,
            select: { filename: true },
            req,
          })
        ).docs.map((image) => image.id)
  for (const id of ids) await refuseIfShownLive(req, id, 'replace')
  return args
}

export const refuseDeletingLiveImage: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await refuseIfShownLive(req, String(id), 'delete')
}
