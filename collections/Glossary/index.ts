import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '@access/referenceData'

/**
 * Terms, synonyms and abbreviations of the trade; search uses them for segmentation and synonyms
 * (the search plugin rebuilds the indexes when they change).
 */
export const Glossary: CollectionConfig = {
  slug: 'glossary',
  labels: {
    singular: { zh: '术语', en: 'Glossary term' },
    plural: { zh: '术语表', en: 'Glossary' },
  },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'synonyms', 'note'],
    group: { zh: '内容', en: 'Content' },
  },
  access: referenceDataAccess,
  fields: [
    { name: 'term', type: 'text', required: true, unique: true, label: { zh: '术语', en: 'Term' } },
    {
      name: 'synonyms',
      type: 'text',
      hasMany: true,
      label: { zh: '同义词 / 缩写', en: 'Synonyms' },
    },
    { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
  ],
}
