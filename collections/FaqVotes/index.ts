import type { CollectionConfig } from 'payload'

import { isAdminAccess } from '@access/roles'

const nobody = () => false

/**
 * The public's 有帮助 / 没帮助 on an FAQ page, one per visitor per item (`voteKey` is unique), with
 * an optional comment. Written only by `POST /api/knowledge/:id/vote`.
 */
export const FaqVotes: CollectionConfig = {
  slug: 'faq-votes',
  labels: {
    singular: { zh: '问答评价', en: 'FAQ vote' },
    plural: { zh: '问答评价', en: 'FAQ votes' },
  },
  admin: {
    useAsTitle: 'voteKey',
    defaultColumns: ['item', 'helpful', 'comment', 'province', 'createdAt'],
    group: { zh: '系统', en: 'System' },
  },
  access: { read: isAdminAccess, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'item', type: 'relationship', relationTo: 'knowledge', required: true, index: true },
    { name: 'helpful', type: 'checkbox', required: true, label: { zh: '有帮助', en: 'Helpful' } },
    { name: 'comment', type: 'textarea', maxLength: 500, label: { zh: '意见', en: 'Comment' } },
    { name: 'province', type: 'text', index: true, label: { zh: '访客省份', en: 'Province' } },
    // item id + a hash of the visitor's cookie: the database refuses a second vote.
    { name: 'voteKey', type: 'text', required: true, unique: true, admin: { readOnly: true } },
  ],
}
