import type { PayloadRequest } from 'payload'

import type { ServiceActivity } from '@/payload-types'

/** Writes fields only the activity's jobs own (status, warnings), in `req`'s transaction. */
export function saveServerOwnedFields(
  req: PayloadRequest,
  id: string,
  data: Partial<Pick<ServiceActivity, 'status' | 'heldReason' | 'wentLiveAt' | 'warnings'>>,
) {
  return req.payload.update({
    collection: 'service-activities',
    id,
    data,
    depth: 0,
    overrideAccess: true,
    context: { serverOwnedWrite: true, skipReadiness: true },
    req,
  })
}
