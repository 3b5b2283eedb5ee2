import type { CollectionConfig, Field, Validate } from 'payload'

import {
  canCreateServiceActivity,
  deleteServiceActivitiesWhere,
  readServiceActivitiesWhere,
} from '@access/serviceActivities'
import { contentWorkerWhere } from '@access/knowledgeScope'
import {
  ACTIVITY_KIND_OPTIONS,
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type ActivityType,
  DEFAULT_TRAINING_ACK_TARGET,
  EVALUATION_RESULTS,
  EVALUATION_STEPS,
  IMPACT_CHANNELS,
  kindBelongsTo,
  WARNING_THRESHOLDS,
} from '@/domain/serviceReadiness'
import { assignOwnerUnit } from '../shared/assignOwnerUnit'
import { ownerScopeFields } from '../shared/ownerScopeFields'
import { computeReadiness } from './hooks/computeReadiness'
import { closeEndpoint } from './endpoints/closeEndpoint'
import { keepServerOwnedFields } from './hooks/keepServerOwnedFields'

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

const kindOfType: Validate<string | null | undefined> = (value, { siblingData }) => {
  const type = (siblingData as { activityType?: ActivityType }).activityType
  if (!value || !type) return true
  return kindBelongsTo(type, value) || `“${ACTIVITY_KINDS[type].label}”下没有这一类别`
}

const serverOwned = { readOnly: true, position: 'sidebar' } as const

/** A notice of the knowledge base (服务公告 / 培训通知). */
const noticeOnly = () => ({ kind: { equals: 'notice' } })

const evaluationFields: Field[] = [
  {
    name: 'step',
    type: 'select',
    required: true,
    options: options(EVALUATION_STEPS),
    label: { zh: '评估环节', en: 'Step' },
  },
  {
    name: 'assignee',
    type: 'text',
    label: { zh: '负责部门/人', en: 'Owner' },
    admin: { description: { zh: '如：客户服务部、企业管理部', en: 'A department or a person' } },
  },
  { name: 'dueAt', type: 'date', label: { zh: '完成时限', en: 'Due' } },
  {
    name: 'result',
    type: 'select',
    defaultValue: 'pending',
    options: options(EVALUATION_RESULTS),
    label: { zh: '结论', en: 'Result' },
  },
  {
    name: 'notes',
    type: 'textarea',
    maxLength: 4000,
    label: { zh: '测试方案、结果与发现的问题', en: 'Plan, results, problems found' },
  },
  {
    name: 'attachments',
    type: 'upload',
    relationTo: 'activity-files',
    hasMany: true,
    label: { zh: '附件', en: 'Attachments' },
  },
]

/**
 * 服务前置事项 (seed 000): a market or network activity that customer service evaluates (服务评估)
 * and loads (服务预案) before it reaches customers. Readiness is computed on every read; at the
 * go-live time a job publishes its knowledge together, or holds all of it and says why.
 */
export const ServiceActivities: CollectionConfig = {
  slug: 'service-activities',
  labels: {
    singular: { zh: '服务前置事项', en: 'Service activity' },
    plural: { zh: '服务前置', en: 'Service readiness' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'activityType', 'goLiveAt', 'status', 'ownerUnit'],
    group: { zh: '内容', en: 'Content' },
  },
  // Every operation is named: what is left out, Payload opens to any signed-in user.
  access: {
    read: ({ req }) => readServiceActivitiesWhere(req.user),
    create: ({ req }) => canCreateServiceActivity(req.user),
    update: ({ req }) => contentWorkerWhere(req.user),
    delete: ({ req }) => deleteServiceActivitiesWhere(req.user),
    // No versions are kept; should they be, those who work on the activity read them.
    readVersions: ({ req }) => contentWorkerWhere(req.user),
    unlock: ({ req }) => contentWorkerWhere(req.user),
  },
  endpoints: [closeEndpoint],
  hooks: {
    beforeChange: [keepServerOwnedFields, assignOwnerUnit],
    afterRead: [computeReadiness],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { zh: '事项名称', en: 'Title' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'activityType',
          type: 'select',
          required: true,
          options: ACTIVITY_TYPES.map((value) => ({ value, label: ACTIVITY_KINDS[value].label })),
          label: { zh: '类型', en: 'Type' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: ACTIVITY_KIND_OPTIONS.map(({ kind, label }) => ({ value: kind, label })),
          validate: kindOfType,
          label: { zh: '类别', en: 'Kind' },
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 8000,
      label: { zh: '活动说明', en: 'Description' },
    },
    {
      name: 'initiatingDepartment',
      type: 'text',
      required: true,
      maxLength: 100,
      label: { zh: '发起部门', en: 'Initiating department' },
      admin: {
        description: { zh: '如：市场部、网络操作维护中心', en: 'The department leading it' },
      },
    },
    ...ownerScopeFields({ zh: '创建人', en: 'creator' }),
    {
      name: 'areas',
      type: 'relationship',
      relationTo: 'org-units',
      hasMany: true,
      label: { zh: '影响范围', en: 'Areas affected' },
      admin: { description: { zh: '不填则为本单位全辖', en: 'Empty: the owner unit and below' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'goLiveAt',
          type: 'date',
          required: true,
          index: true,
          label: { zh: '上线时间', en: 'Go-live' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'endsAt', type: 'date', label: { zh: '结束时间', en: 'Ends' } },
      ],
    },
    {
      name: 'impact',
      type: 'group',
      label: { zh: '预计影响', en: 'Expected impact' },
      fields: [
        { name: 'customers', type: 'number', min: 0, label: { zh: '影响客户数', en: 'Customers' } },
        {
          name: 'channels',
          type: 'select',
          hasMany: true,
          options: options(IMPACT_CHANNELS),
          label: { zh: '涉及渠道', en: 'Channels' },
        },
      ],
    },
    {
      name: 'evaluations',
      type: 'array',
      label: { zh: '服务评估', en: 'Evaluation' },
      labels: { singular: { zh: '评估环节', en: 'Step' }, plural: { zh: '评估环节', en: 'Steps' } },
      fields: evaluationFields,
    },
    {
      name: 'requiredChanges',
      type: 'array',
      label: { zh: '服务评估意见', en: 'Required changes' },
      labels: {
        singular: { zh: '整改意见', en: 'Change' },
        plural: { zh: '整改意见', en: 'Changes' },
      },
      fields: [
        {
          name: 'change',
          type: 'textarea',
          required: true,
          maxLength: 2000,
          label: { zh: '意见', en: 'Change' },
        },
        {
          name: 'answer',
          type: 'textarea',
          maxLength: 2000,
          label: { zh: '发起部门答复', en: 'Answer' },
        },
      ],
    },
    {
      name: 'knowledge',
      type: 'relationship',
      relationTo: 'knowledge',
      hasMany: true,
      label: { zh: '知识库加载', en: 'Knowledge' },
      admin: {
        description: { zh: '上线时一并发布；须全部审核通过', en: 'Published together at go-live' },
      },
    },
    {
      name: 'announcement',
      type: 'relationship',
      relationTo: 'knowledge',
      filterOptions: noticeOnly,
      label: { zh: '服务公告', en: 'Announcement' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'trainingNotice',
          type: 'relationship',
          relationTo: 'knowledge',
          filterOptions: noticeOnly,
          label: { zh: '客服人员培训通知', en: 'Training notice' },
        },
        {
          name: 'trainingAckTarget',
          type: 'number',
          min: 0,
          max: 100,
          defaultValue: DEFAULT_TRAINING_ACK_TARGET,
          label: { zh: '培训确认率目标（%）', en: 'Acknowledged (%)' },
        },
      ],
    },
    {
      name: 'emergencyPlan',
      type: 'textarea',
      maxLength: 8000,
      label: { zh: '服务应急预案', en: 'Emergency plan' },
    },
    {
      name: 'checklist',
      type: 'array',
      label: { zh: '其他检查项', en: 'Checklist' },
      fields: [
        {
          name: 'line',
          type: 'text',
          required: true,
          maxLength: 200,
          label: { zh: '检查项', en: 'Line' },
        },
        { name: 'done', type: 'checkbox', label: { zh: '已完成', en: 'Done' } },
      ],
    },
    {
      name: 'readiness',
      type: 'json',
      virtual: true,
      admin: { readOnly: true, position: 'sidebar' },
      label: { zh: '就绪情况', en: 'Readiness' },
      typescriptSchema: [
        () => ({
          type: 'object',
          properties: {
            state: { enum: ['ready', 'at_risk', 'not_ready'] },
            missing: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  part: { type: 'string' },
                  what: { type: 'string' },
                  owner: { type: 'string' },
                },
                required: ['part', 'what', 'owner'],
                additionalProperties: false,
              },
            },
          },
          required: ['state', 'missing'],
          additionalProperties: false,
        }),
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'planning',
      index: true,
      options: options(ACTIVITY_STATUSES),
      label: { zh: '状态', en: 'Status' },
      admin: serverOwned,
    },
    {
      name: 'heldReason',
      type: 'textarea',
      label: { zh: '受阻原因', en: 'Held because' },
      admin: serverOwned,
    },
    {
      name: 'wentLiveAt',
      type: 'date',
      label: { zh: '实际上线时间', en: 'Went live' },
      admin: serverOwned,
    },
    {
      name: 'warnings',
      type: 'array',
      label: { zh: '预警记录', en: 'Warnings' },
      admin: { readOnly: true },
      fields: [
        {
          name: 'threshold',
          type: 'select',
          required: true,
          options: Object.entries(WARNING_THRESHOLDS).map(([value, { label }]) => ({
            value,
            label,
          })),
          label: { zh: '预警', en: 'Warning' },
        },
        { name: 'at', type: 'date', required: true, label: { zh: '时间', en: 'At' } },
        { name: 'message', type: 'textarea', label: { zh: '未就绪事项', en: 'Missing' } },
      ],
    },
    {
      name: 'closingReview',
      type: 'textarea',
      label: { zh: '结束评估', en: 'Closing review' },
      admin: { readOnly: true, description: { zh: '出现的异常情况及处理', en: 'What went wrong' } },
    },
    {
      name: 'followedProcess',
      type: 'checkbox',
      label: { zh: '已按服务前置要求执行', en: 'Followed 服务前置' },
      admin: serverOwned,
    },
    {
      name: 'closedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '结束人', en: 'Closed by' },
      admin: serverOwned,
    },
    {
      name: 'closedAt',
      type: 'date',
      label: { zh: '结束时间', en: 'Closed at' },
      admin: serverOwned,
    },
    {
      name: 'releaseApproved',
      type: 'checkbox',
      label: { zh: '放行已审核部分', en: 'Release the approved part' },
      admin: {
        position: 'sidebar',
        description: {
          zh: '有条目未审核时，上线时仍发布已审核的部分（记录操作人）',
          en: 'Audited',
        },
      },
    },
    {
      name: 'releasedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '放行人', en: 'Released by' },
      admin: serverOwned,
    },
    {
      name: 'releasedAt',
      type: 'date',
      label: { zh: '放行时间', en: 'Released at' },
      admin: serverOwned,
    },
  ],
}
