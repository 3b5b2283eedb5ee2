import type { CollectionConfig } from 'payload'

import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_KINDS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  REPORT_EVENT_LABELS,
  REPORT_EVENTS,
  WALKTHROUGH_MODE_LABELS,
  WALKTHROUGH_MODES,
} from '@/domain/feedback'
import { scopeCodeFields } from '../shared/ownerScopeFields'
import { createFeedback, nobody, readFeedback } from './access/feedbackAccess'
import { handleEndpoint } from './endpoints/handleEndpoint'
import { reportActionsEndpoint } from './endpoints/reportActionsEndpoint'
import { fileFeedback } from './hooks/fileFeedback'
import { notifyNewReport } from './hooks/notifyNewReport'

const derived = { readOnly: true, position: 'sidebar' as const }

/**
 * The front line's one channel (反馈与上报): ratings and reports on an item, missing knowledge,
 * problems and suggestions, 流程穿越. Each report goes to a unit (the item's owner, or the
 * reporter's own unit), which resolves it or forwards it one tier up; past its time limit it
 * escalates by itself. The reporter follows it in 我的反馈.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: {
    singular: { zh: '反馈', en: 'Report' },
    plural: { zh: '反馈与上报', en: 'Reports' },
  },
  admin: {
    useAsTitle: 'itemTitle',
    defaultColumns: ['itemTitle', 'kind', 'status', 'handlerCode', 'dueAt', 'createdAt'],
    group: { zh: '内容', en: 'Content' },
    description: '一线反馈的问题与建议：本单位受理、办结，或把关后上报上级；超过时限自动上报。',
  },
  access: {
    read: readFeedback,
    create: createFeedback,
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeChange: [fileFeedback], afterChange: [notifyNewReport] },
  endpoints: [handleEndpoint, reportActionsEndpoint],
  fields: [
    {
      name: 'handling',
      type: 'ui',
      label: { zh: '处理', en: 'Handling' },
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/src/components/admin/ReportActions#ReportActions' },
      },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: FEEDBACK_KINDS.map((value) => ({ value, label: FEEDBACK_KIND_LABELS[value] })),
      label: { zh: '类型', en: 'Kind' },
    },
    {
      name: 'item',
      type: 'relationship',
      relationTo: 'knowledge',
      label: { zh: '条目', en: 'Item' },
      admin: { description: '报错、修改建议和评分针对的条目；其他类型不填。' },
    },
    {
      name: 'itemTitle',
      type: 'text',
      admin: { readOnly: true },
      label: { zh: '标题', en: 'Title' },
    },
    { name: 'rating', type: 'number', min: 1, max: 5, label: { zh: '评分（1–5）', en: 'Rating' } },
    {
      name: 'query',
      type: 'text',
      maxLength: 200,
      label: { zh: '搜索词', en: 'Query' },
      admin: { description: '缺失知识：没有查到答案的搜索词。' },
    },
    { name: 'text', type: 'textarea', maxLength: 2000, label: { zh: '内容', en: 'Text' } },
    {
      type: 'row',
      fields: [
        {
          name: 'walkedUnit',
          type: 'relationship',
          relationTo: 'org-units',
          label: { zh: '穿越单位', en: 'Unit walked through' },
          admin: { description: '流程穿越：被穿越流程所在的单位。' },
        },
        {
          name: 'walkthroughMode',
          type: 'select',
          options: WALKTHROUGH_MODES.map((value) => ({
            value,
            label: WALKTHROUGH_MODE_LABELS[value],
          })),
          label: { zh: '穿越方式', en: 'Mode' },
        },
      ],
    },
    {
      name: 'reporter',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: derived,
      label: { zh: '反馈人', en: 'Reporter' },
    },
    {
      name: 'reporterProvince',
      type: 'text',
      index: true,
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'area',
      type: 'text',
      admin: derived,
      label: { zh: '反馈地区', en: 'Area' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: FEEDBACK_STATUSES.map((value) => ({ value, label: FEEDBACK_STATUS_LABELS[value] })),
      label: { zh: '状态', en: 'Status' },
      admin: { position: 'sidebar', readOnly: true },
    },
    ...scopeCodeFields('handler', true),
    {
      name: 'dueAt',
      type: 'date',
      index: true,
      admin: { ...derived, date: { pickerAppearance: 'dayAndTime' } },
      label: { zh: '办理时限', en: 'Due' },
    },
    {
      name: 'overdue',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: derived,
      label: { zh: '曾超时', en: 'Was overdue' },
    },
    {
      name: 'escalations',
      type: 'number',
      defaultValue: 0,
      admin: derived,
      label: { zh: '自动升级次数', en: 'Escalations' },
    },
    {
      name: 'reply',
      type: 'textarea',
      maxLength: 2000,
      admin: { readOnly: true },
      label: { zh: '处理答复', en: 'Reply' },
    },
    {
      name: 'handledBy',
      type: 'relationship',
      relationTo: 'users',
      admin: derived,
      label: { zh: '处理人', en: 'Handled by' },
    },
    {
      name: 'closedAt',
      type: 'date',
      index: true,
      admin: derived,
      label: { zh: '办结时间', en: 'Closed at' },
    },
    {
      name: 'reopened',
      type: 'checkbox',
      defaultValue: false,
      admin: derived,
      label: { zh: '已重新打开过', en: 'Reopened' },
    },
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: 'feedback',
      admin: derived,
      label: { zh: '合并至', en: 'Merged into' },
    },
    {
      name: 'followers',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      admin: derived,
      label: { zh: '关注人', en: 'Followers' },
    },
    {
      name: 'points',
      type: 'number',
      index: true,
      admin: derived,
      label: { zh: '积分', en: 'Points' },
    },
    {
      name: 'history',
      type: 'array',
      admin: { readOnly: true },
      label: { zh: '流转记录', en: 'History' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'event',
              type: 'select',
              required: true,
              options: REPORT_EVENTS.map((value) => ({
                value,
                label: REPORT_EVENT_LABELS[value],
              })),
              label: { zh: '环节', en: 'Event' },
            },
            { name: 'at', type: 'date', required: true, label: { zh: '时间', en: 'At' } },
            {
              name: 'by',
              type: 'relationship',
              relationTo: 'users',
              label: { zh: '操作人', en: 'By' },
            },
            { name: 'fromCode', type: 'text', label: { zh: '自', en: 'From' } },
            { name: 'toCode', type: 'text', label: { zh: '至', en: 'To' } },
          ],
        },
        { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
      ],
    },
    ...scopeCodeFields('owner', true),
  ],
}
