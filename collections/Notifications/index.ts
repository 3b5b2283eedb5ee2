import type { Access, CollectionConfig } from 'payload'

import { isAuthenticated } from '@access/roles'
import { NOTIFICATION_EVENT_LABELS, NOTIFICATION_EVENTS } from '@/domain/notifications'
import { markReadEndpoint } from './endpoints/markReadEndpoint'
import { unreadCountEndpoint } from './endpoints/unreadCountEndpoint'

/** Each user reads their own notifications, and nobody else's. */
const readOwn: Access = ({ req }) =>
  isAuthenticated(req.user) ? { recipient: { equals: req.user.id } } : false

/** Written by the server only; read marks go through `POST /api/notifications/read`. */
const nobody: Access = () => false

/** 通知: one line in a user's inbox (the bell in the admin and the console). */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: {
    singular: { zh: '通知', en: 'Notification' },
    plural: { zh: '我的通知', en: 'Notifications' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'event', 'createdAt', 'readAt'],
    group: { zh: '系统', en: 'System' },
  },
  access: { read: readOwn, create: nobody, update: nobody, delete: nobody },
  endpoints: [markReadEndpoint, unreadCountEndpoint],
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { zh: '接收人', en: 'Recipient' },
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      options: NOTIFICATION_EVENTS.map((value) => ({
        value,
        label: NOTIFICATION_EVENT_LABELS[value],
      })),
      label: { zh: '类型', en: 'Event' },
    },
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
    { name: 'body', type: 'textarea', label: { zh: '内容', en: 'Body' } },
    { name: 'link', type: 'text', label: { zh: '链接', en: 'Link' } },
    { name: 'readAt', type: 'date', index: true, label: { zh: '已读时间', en: 'Read at' } },
  ],
}
