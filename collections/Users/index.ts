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
import { servedOverHttps } from '@/lib/servedOverHttps'
import { copyOrgScopeToUser } from './hooks/copyOrgScopeToUser'
import { enforceUserAssignment } from './hooks/enforceUserAssignment'
import { scopeCodeFields } from '../shared/ownerScopeFields'

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
    ...scopeCodeFields('org'),
  ],
}
