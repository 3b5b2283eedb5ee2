import type { Access, CollectionConfig } from 'payload'

import { actorScope, subtreeWhere } from '@access/orgScope'
import { isAdmin } from '@access/roles'
import { scopeCodeFields } from '../shared/ownerScopeFields'

/** Admins read the changes made in their subtree (HQ admins all of them); nobody else does. */
const readAuditLog: Access = ({ req }) => {
  const scope = actorScope(req.user)
  if (!scope || !isAdmin(req.user)) return false
  return subtreeWhere(scope, { province: 'ownerProvince', city: 'ownerCity' })
}

/** Written by the audit hooks only, and never changed. */
const nobody: Access = () => false

/**
 * 审计日志: changes to users' roles and units, region values and glossary entries, recorded like
 * workflow transitions — who, when, each field before and after — under the unit they concern.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { zh: '审计记录', en: 'Audit record' },
    plural: { zh: '审计日志', en: 'Audit log' },
  },
  admin: {
    useAsTitle: 'docTitle',
    defaultColumns: ['docTitle', 'target', 'operation', 'actorName', 'createdAt'],
    group: { zh: '系统', en: 'System' },
  },
  access: { read: readAuditLog, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'target',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '对象', en: 'Collection' },
    },
    {
      name: 'docId',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '记录', en: 'Record' },
    },
    { name: 'docTitle', type: 'text', label: { zh: '名称', en: 'Title' } },
    {
      name: 'operation',
      type: 'select',
      required: true,
      options: [
        { value: 'create', label: '新建' },
        { value: 'update', label: '修改' },
        { value: 'delete', label: '删除' },
      ],
      label: { zh: '操作', en: 'Operation' },
    },
    {
      name: 'changes',
      type: 'json',
      required: true,
      label: { zh: '变更（字段、之前、之后）', en: 'Changes' },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '操作人', en: 'Actor' },
    },
    { name: 'actorName', type: 'text', label: { zh: '操作人姓名', en: 'Actor name' } },
    ...scopeCodeFields('owner'),
  ],
}
