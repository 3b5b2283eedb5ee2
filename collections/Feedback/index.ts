import type { CollectionConfig } from 'payload'

import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_KINDS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
} from '@/domain/feedback'
import { scopeCodeFields } from '../shared/ownerScopeFields'
import { createFeedback, readFeedback, updateFeedback } from './access/feedbackAccess'
import { prepareFeedback } from './hooks/prepareFeedback'

const derived = { readOnly: true, position: 'sidebar' as const }

/**
 * Ratings, error reports and suggestions on an item, routed to its owner unit. The reporter follows
 * the status in 我的反馈; the owner unit's editors answer and close them.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: {
    singular: { zh: '反馈', en: 'Feedback' },
    plural: { zh: '反馈与纠错', en: 'Feedback' },
  },
  admin: {
    useAsTitle: 'itemTitle',
    defaultColumns: ['itemTitle', 'kind', 'status', 'reporter', 'createdAt'],
    group: { zh: '内容', en: 'Content' },
  },
  access: {
    read: readFeedback,
    create: createFeedback,
    update: updateFeedback,
    delete: () => false,
  },
  hooks: { beforeChange: [prepareFeedback] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: FEEDBACK_KINDS.map((value) => ({ value, label: FEEDBACK_KIND_LABELS[value] })),
      label: { zh: '类型', en: 'Kind' },
    },
    {
      name: 'item',
      type: 'relationship',
      relationTo: 'knowledge',
      required: true,
      label: { zh: '条目', en: 'Item' },
    },
    {
      name: 'itemTitle',
      type: 'text',
      admin: derived,
      label: { zh: '条目标题', en: 'Item title' },
    },
    { name: 'rating', type: 'number', min: 1, max: 5, label: { zh: '评分（1–5）', en: 'Rating' } },
    { name: 'text', type: 'textarea', maxLength: 2000, label: { zh: '内容', en: 'Text' } },
    {
      name: 'reporter',
      type: 'relationship',
      relationTo: 'users',
      admin: derived,
      label: { zh: '反馈人', en: 'Reporter' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: FEEDBACK_STATUSES.map((value) => ({ value, label: FEEDBACK_STATUS_LABELS[value] })),
      label: { zh: '状态', en: 'Status' },
    },
    { name: 'reply', type: 'textarea', maxLength: 2000, label: { zh: '处理答复', en: 'Reply' } },
    {
      name: 'handledBy',
      type: 'relationship',
      relationTo: 'users',
      admin: derived,
      label: { zh: '处理人', en: 'Handled by' },
    },
    ...scopeCodeFields('owner', true),
  ],
}
