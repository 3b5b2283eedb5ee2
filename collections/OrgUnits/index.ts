import type { CollectionConfig } from 'payload'

import { anyoneAccess } from '@access/roles'
import { ORG_LEVEL_LABELS, ORG_LEVELS } from '@/domain/orgTree'
import { REGION_VARIABLE_NAMES, REGION_VARIABLES } from '@/domain/regionVariables'
import { createOrgUnitAccess, manageOrgUnitAccess } from './access/manageOrgUnit'
import { deriveOrgUnitFields } from './hooks/deriveOrgUnitFields'
import { preventDeletingOwnerUnit } from './hooks/preventDeletingOwnerUnit'

export const OrgUnits: CollectionConfig = {
  slug: 'org-units',
  labels: {
    singular: { zh: '组织单位', en: 'Org unit' },
    plural: { zh: '组织单位', en: 'Org units' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'level', 'parent'],
    group: { zh: '组织与用户', en: 'Organisation' },
  },
  access: {
    // Names and codes of units are public (the online hall lists provinces).
    read: anyoneAccess,
    create: createOrgUnitAccess,
    update: manageOrgUnitAccess,
    delete: manageOrgUnitAccess,
  },
  hooks: {
    beforeChange: [deriveOrgUnitFields],
    beforeDelete: [preventDeletingOwnerUnit],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '编码', en: 'Code' },
      // Users and content copy the codes of their unit, so a code never changes once set.
      access: { update: () => false },
      admin: {
        description: {
          zh: 'GB/T 2260 行政区划代码，如 440000、440100；总部用自己的编码',
          en: 'GB/T 2260 code',
        },
      },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'org-units',
      label: { zh: '上级单位', en: 'Parent' },
      access: { update: () => false },
      admin: {
        description: { zh: '总部不选；省分公司选总部；地市分公司选所在省', en: 'Empty for HQ' },
      },
    },
    {
      name: 'level',
      type: 'select',
      options: ORG_LEVELS.map((value) => ({ value, label: ORG_LEVEL_LABELS[value] })),
      index: true,
      label: { zh: '层级', en: 'Level' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { zh: '由上级单位自动确定', en: 'Derived from the parent' },
      },
    },
    {
      name: 'regionValues',
      type: 'group',
      label: { zh: '地区变量', en: 'Region variables' },
      admin: {
        description: {
          zh: '正文中插入的地区变量取值；留空则沿用上级单位（地市 → 省 → 总部）',
          en: 'Values for region variables in item bodies; empty inherits from the parent unit',
        },
      },
      fields: REGION_VARIABLE_NAMES.map((name) => ({
        name,
        type: 'text' as const,
        label: REGION_VARIABLES[name],
      })),
    },
    { name: 'province', type: 'text', index: true, admin: { hidden: true } },
    { name: 'city', type: 'text', index: true, admin: { hidden: true } },
  ],
}
