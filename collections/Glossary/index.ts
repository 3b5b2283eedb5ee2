import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '@access/referenceData'
import {
  queueSearchRebuildAfterChange,
  queueSearchRebuildAfterDelete,
} from './hooks/queueSearchRebuild'

/** Terms, synonyms and abbreviations of the trade; search uses them for segmentation and synonyms. */
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
  hooks: {
    afterChange: [queueSearchRebuildAfterChange],
    afterDelete: [queueSearchRebuildAfterDelete],
  },
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
