import type { CollectionConfig } from 'payload'

import { isAdminAccess } from '@access/roles'

const nobody = () => false

/** Page views of an item per visitor province: the online hall's 热门问题. */
export const ItemViews: CollectionConfig = {
  slug: 'item-views',
  labels: {
    singular: { zh: '浏览统计', en: 'Item views' },
    plural: { zh: '浏览统计', en: 'Item views' },
  },
  admin: {
    useAsTitle: 'viewKey',
    defaultColumns: ['item', 'province', 'count', 'updatedAt'],
    group: { zh: '系统', en: 'System' },
  },
  access: { read: isAdminAccess, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'item', type: 'relationship', relationTo: 'knowledge', required: true },
    { name: 'province', type: 'text', required: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0, index: true },
    { name: 'viewKey', type: 'text', required: true, unique: true, admin: { readOnly: true } },
  ],
}
