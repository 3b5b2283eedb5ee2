import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { OrgScope } from '@/domain/orgTree'

/** What the audit keeps of one collection: the fields watched, a title, and the unit concerned. */
export type AuditedCollection = {
  fields: readonly string[]
  titleOf: (doc: Record<string, unknown>) => string
  /** The unit a record belongs to; null: headquarters' (national reference data). */
  scopeOf: (doc: Record<string, unknown>) => OrgScope | null
}

/** A value as the audit compares and shows it: relations by id, arrays and groups as they are. */
function plain(value: unknown): unknown {
  if (value === undefined) return null
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(
      Object.entries(record)
        .filter(([key]) => key !== 'id')
        .map(([key, v]) => [key, plain(v)]),
    )
  }
  return value
}

export type AuditChange = { field: string; before: unknown; after: unknown }

/** The watched fields whose values differ between two states of a record. */
export function auditChanges(
  fields: readonly string[],
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditChange[] {
  return fields.flatMap((field) => {
    const was = plain(before?.[field])
    const is = plain(after?.[field])
    return JSON.stringify(was) === JSON.stringify(is) ? [] : [{ field, before: was, after: is }]
  })
}

async function writeAudit(
  req: PayloadRequest,
  target: string,
  operation: 'create' | 'update' | 'delete',
  doc: Record<string, unknown>,
  changes: AuditChange[],
  audited: AuditedCollection,
) {
  const scope = audited.scopeOf(doc)
  await req.payload.create({
    collection: 'audit-log',
    data: {
      target,
      docId: String(doc.id),
      docTitle: audited.titleOf(doc),
      operation,
      changes,
      actor: req.user?.id ?? null,
      actorName: req.user ? (req.user.name ?? req.user.email) : '系统',
      ownerLevel: scope?.level ?? 'hq',
      ownerCode: scope?.code ?? null,
      ownerProvince: scope?.province ?? null,
      ownerCity: scope?.city ?? null,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/** Records a change of the watched fields, in the change's own transaction. */
export const recordAuditAfterChange =
  (target: string, audited: AuditedCollection): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const changes = auditChanges(
      audited.fields,
      operation === 'create' ? null : (previousDoc as Record<string, unknown>),
      doc as Record<string, unknown>,
    )
    if (changes.length > 0) await writeAudit(req, target, operation, doc, changes, audited)
    return doc
  }

/** Records a deletion with the watched fields' last values. */
export const recordAuditAfterDelete =
  (target: string, audited: AuditedCollection): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const changes = auditChanges(audited.fields, doc as Record<string, unknown>, null)
    await writeAudit(req, target, 'delete', doc as Record<string, unknown>, changes, audited)
  }
