import type { CollectionConfig } from 'payload'

import { ROLE_LABELS, ROLES } from '@access/roles'
import {
  adminPanelAccess,
  assignmentFieldAccess,
  createUserAccess,
  deleteUserAccess,
  readUserAccess,
  unlockUserAccess,
  updateUserAccess,
} from './access/userAccess'
import { NOTIFICATION_EVENT_LABELS, NOTIFICATION_EVENTS } from '@/domain/notifications'
import { servedOverHttps } from '@/lib/servedOverHttps'
import { copyOrgScopeToUser } from './hooks/copyOrgScopeToUser'
import { enforceUserAssignment } from './hooks/enforceUserAssignment'
import { scopeCodeFields } from '../shared/ownerScopeFields'

const NOTIFICATION_OPTIONS = NOTIFICATION_EVENTS.map((value) => ({
  value,
  label: NOTIFICATION_EVENT_LABELS[value],
}))

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { zh: '用户', en: 'User' },
    plural: { zh: '用户', en: 'Users' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'orgUnit'],
    group: { zh: '组织与用户', en: 'Organisation' },
  },
  auth: {
    // Lock an account after repeated wrong passwords: agents' accounts guard customer data.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: servedOverHttps() },
  },
  access: {
    read: readUserAccess,
    create: createUserAccess,
    update: updateUserAccess,
    delete: deleteUserAccess,
    unlock: unlockUserAccess,
    admin: adminPanelAccess,
  },
  hooks: {
    beforeOperation: [enforceUserAssignment],
    beforeChange: [copyOrgScopeToUser],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      label: { zh: '角色', en: 'Roles' },
      access: { update: assignmentFieldAccess },
      admin: { position: 'sidebar' },
    },
    {
      name: 'orgUnit',
      type: 'relationship',
      relationTo: 'org-units',
      required: true,
      label: { zh: '所属单位', en: 'Org unit' },
      access: { update: assignmentFieldAccess },
      admin: { position: 'sidebar' },
    },
    {
      name: 'notificationPrefs',
      type: 'group',
      label: { zh: '通知设置', en: 'Notifications' },
      admin: {
        description: '通知默认进入站内信箱，配置了邮件服务器时同时发送邮件。',
      },
      fields: [
        {
          name: 'muted',
          type: 'select',
          hasMany: true,
          options: NOTIFICATION_OPTIONS,
          label: { zh: '不接收的通知', en: 'Muted' },
        },
        {
          name: 'noEmail',
          type: 'select',
          hasMany: true,
          options: NOTIFICATION_OPTIONS,
          label: { zh: '只在站内接收（不发邮件）', en: 'Inbox only' },
        },
      ],
    },
    ...scopeCodeFields('org'),
  ],
}
