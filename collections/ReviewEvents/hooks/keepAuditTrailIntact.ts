import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

const refuse = () => {
  throw new APIError('审核记录不可修改或删除', 403, null, true)
}

/** Audit records are written once: not even trusted server code may rewrite or delete them. */
export const refuseAuditUpdate: CollectionBeforeChangeHook = ({ operation, data }) => {
  if (operation === 'update') refuse()
  return data
}

export const refuseAuditDelete: CollectionBeforeDeleteHook = () => refuse()
