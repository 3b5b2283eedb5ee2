import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '@access/referenceData'
import {
  forgetCachedCategoryNames,
  forgetCachedCategoryNamesOnDelete,
} from './hooks/forgetCachedCategoryNames'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: {
    singular: { zh: '知识分类', en: 'Category' },
    plural: { zh: '知识分类', en: 'Categories' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'parent', 'reviewCycleDays'],
    group: { zh: '内容', en: 'Content' },
  },
  access: referenceDataAccess,
  hooks: {
    afterChange: [forgetCachedCategoryNames],
    afterDelete: [forgetCachedCategoryNamesOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { zh: '名称', en: 'Name' } },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'categories',
      label: { zh: '上级分类', en: 'Parent' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'reviewCycleDays',
      type: 'number',
      required: true,
      defaultValue: 180,
      min: 7,
      max: 730,
      label: { zh: '复核周期（天）', en: 'Review cycle (days)' },
      admin: {
        description: {
          zh: '发布后多少天需由联系人复核（更新制度），用于默认“下次复核日期”',
          en: 'Days after publishing until the contact person reviews the item',
        },
      },
    },
  ],
}
