import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { contentWorkerWhere } from '@access/knowledgeScope'
import { canAttachActivityFiles, readActivityFilesWhere } from '@access/serviceActivities'
import { ATTACHMENT_MIME_TYPES } from '@/domain/attachmentRules'
import { env } from '@/env'
import { assignOwnerUnit } from '../shared/assignOwnerUnit'
import { ownerScopeFields } from '../shared/ownerScopeFields'
import { validateAttachmentUpload } from './hooks/validateAttachmentUpload'

/**
 * 服务前置 attachments: test plans and results, evaluation opinions, sign-offs. They belong to the
 * uploader's unit and are read by content workers as the activities are; never public.
 */
export const ActivityFiles: CollectionConfig = {
  slug: 'activity-files',
  labels: {
    singular: { zh: '服务前置附件', en: 'Activity file' },
    plural: { zh: '服务前置附件', en: 'Activity files' },
  },
  admin: { group: { zh: '内容', en: 'Content' }, useAsTitle: 'filename' },
  // Every operation is named: what is left out, Payload opens to any signed-in user.
  access: {
    read: ({ req }) => readActivityFilesWhere(req.user),
    create: ({ req }) => canAttachActivityFiles(req.user),
    update: ({ req }) => contentWorkerWhere(req.user),
    delete: ({ req }) => contentWorkerWhere(req.user),
    readVersions: ({ req }) => contentWorkerWhere(req.user),
    unlock: ({ req }) => contentWorkerWhere(req.user),
  },
  hooks: {
    beforeOperation: [validateAttachmentUpload],
    beforeChange: [assignOwnerUnit],
  },
  fields: [
    {
      name: 'description',
      type: 'text',
      maxLength: 200,
      label: { zh: '说明', en: 'Description' },
    },
    ...ownerScopeFields({ zh: '上传者', en: 'uploader' }),
  ],
  upload: {
    staticDir: path.join(env.mediaDir, 'activity-files'),
    mimeTypes: ATTACHMENT_MIME_TYPES,
  },
}
