import type { Access, CollectionConfig } from 'payload'

import { contentWorkerWhere } from '@access/knowledgeScope'
import {
  WORKFLOW_ACTION_LABELS,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATE_LABELS,
  WORKFLOW_STATES,
} from '@/domain/workflow'
import { refuseAuditDelete, refuseAuditUpdate } from './hooks/keepAuditTrailIntact'
import { scopeCodeFields } from '../shared/ownerScopeFields'

const nobody: Access = () => false

const stateOptions = WORKFLOW_STATES.map((value) => ({
  value,
  label: WORKFLOW_STATE_LABELS[value],
}))

/**
 * One record per workflow transition (who, when, from, to, step, comment). Written only by the
 * workflow service; no API can create, change or delete one.
 */
export const ReviewEvents: CollectionConfig = {
  slug: 'review-events',
  labels: {
    singular: { zh: '审核记录', en: 'Review event' },
    plural: { zh: '审核记录', en: 'Review events' },
  },
  admin: {
    useAsTitle: 'itemTitle',
    defaultColumns: ['itemTitle', 'action', 'from', 'to', 'actorName', 'comment', 'createdAt'],
    group: { zh: '内容', en: 'Content' },
  },
  graphQL: { singularName: 'ReviewEvent', pluralName: 'ReviewEvents' },
  access: {
    read: ({ req }) => contentWorkerWhere(req.user),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: {
    beforeChange: [refuseAuditUpdate],
    beforeDelete: [refuseAuditDelete],
  },
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: 'knowledge',
      required: true,
      index: true,
      label: { zh: '条目', en: 'Item' },
    },
    // `item:revision` — unique, so two transitions racing from the same state cannot both land.
    { name: 'transitionKey', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'itemTitle', type: 'text', label: { zh: '条目标题', en: 'Item title' } },
    { name: 'version', type: 'text', label: { zh: '版本', en: 'Version' } },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [
        ...WORKFLOW_ACTIONS.map((value) => ({ value, label: WORKFLOW_ACTION_LABELS[value] })),
        { value: 'import', label: '导入' },
        { value: 'confirm_review', label: '复核确认' },
      ],
      label: { zh: '操作', en: 'Action' },
    },
    { name: 'from', type: 'select', options: stateOptions, label: { zh: '原状态', en: 'From' } },
    {
      name: 'to',
      type: 'select',
      required: true,
      options: stateOptions,
      label: { zh: '新状态', en: 'To' },
    },
    { name: 'stepKind', type: 'text', label: { zh: '审核步骤', en: 'Step' } },
    { name: 'stepUnit', type: 'text', label: { zh: '审核单位', en: 'Reviewing unit' } },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '操作人', en: 'Actor' },
    },
    { name: 'actorName', type: 'text', label: { zh: '操作人姓名', en: 'Actor name' } },
    { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
    ...scopeCodeFields('owner'),
  ],
}
