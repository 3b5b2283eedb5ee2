import type { Access, CollectionConfig } from 'payload'

import { contentWorkerWhere } from '@access/knowledgeScope'
import { BULLETIN_CADENCE_LABELS, BULLETIN_CADENCES } from '@/domain/bulletins'
import { scopeCodeFields } from '../shared/ownerScopeFields'
import { csvEndpoint } from './endpoints/csvEndpoint'

/** Content workers read the bulletins of their subtree's provinces and of the tiers above them. */
const readBulletins: Access = ({ req }) => contentWorkerWhere(req.user)

const nobody: Access = () => false

/**
 * 反馈通报: a province's weekly or monthly bulletin of the front line's reports — received,
 * resolved, on time per city, the most frequent kinds, what changed because of them, the points
 * ranking. Written by a job, never edited; `GET /api/report-bulletins/:id/csv` exports it.
 */
export const ReportBulletins: CollectionConfig = {
  slug: 'report-bulletins',
  labels: {
    singular: { zh: '反馈通报', en: 'Report bulletin' },
    plural: { zh: '反馈通报', en: 'Report bulletins' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'cadence', 'createdAt'],
    group: { zh: '内容', en: 'Content' },
  },
  access: { read: readBulletins, create: nobody, update: nobody, delete: nobody },
  endpoints: [csvEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      admin: { hidden: true },
    },
    {
      name: 'cadence',
      type: 'select',
      required: true,
      options: BULLETIN_CADENCES.map((value) => ({ value, label: BULLETIN_CADENCE_LABELS[value] })),
      label: { zh: '周期', en: 'Cadence' },
    },
    { name: 'periodFrom', type: 'date', required: true, label: { zh: '起', en: 'From' } },
    { name: 'periodTo', type: 'date', required: true, label: { zh: '止', en: 'To' } },
    {
      name: 'tables',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/BulletinTables#BulletinTables' } },
    },
    {
      name: 'figures',
      type: 'json',
      required: true,
      admin: { hidden: true },
      label: { zh: '数据', en: 'Figures' },
    },
    ...scopeCodeFields('owner'),
  ],
}
