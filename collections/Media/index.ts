import type { CollectionConfig } from 'payload'

import { canUploadMedia, changeMediaWhere } from '@access/media'
import { anyoneAccess } from '@access/roles'
import { ALLOWED_IMAGE_TYPES } from '@/domain/mediaRules'
import { env } from '@/env'
import { assignOwnerUnit } from '../shared/assignOwnerUnit'
import { ownerScopeFields } from '../shared/ownerScopeFields'
import { pauseTransaction, resumeTransaction } from './hooks/pauseTransactionWhileProcessing'
import { refuseDeletingLiveImage, refuseReplacingLiveImage } from './hooks/protectImagesOfLiveItems'
import { validateImageUpload } from './hooks/validateImageUpload'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { zh: '图片', en: 'Image' },
    plural: { zh: '图片库', en: 'Media' },
  },
  admin: { group: { zh: '内容', en: 'Content' } },
  // Every operation is named: what is left out, Payload opens to any signed-in user.
  access: {
    // Images are embedded in public FAQ answers, so they are readable by anyone.
    read: anyoneAccess,
    create: ({ req }) => canUploadMedia(req.user),
    update: ({ req }) => changeMediaWhere(req.user),
    delete: ({ req }) => changeMediaWhere(req.user),
    // Images keep no versions; should they, only those who change them would read them.
    readVersions: ({ req }) => changeMediaWhere(req.user),
    // Only accounts are unlocked; an image is none.
    unlock: () => false,
  },
  hooks: {
    // First: the transaction is ended before anything runs in it.
    beforeOperation: [pauseTransaction, validateImageUpload, refuseReplacingLiveImage],
    beforeChange: [resumeTransaction, assignOwnerUnit],
    beforeDelete: [refuseDeletingLiveImage],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { zh: '替代文字', en: 'Alt text' },
      admin: {
        description: {
          zh: '读屏软件朗读的图片说明，如“营业厅办理携号转网流程图”',
          en: 'Read aloud by screen readers',
        },
      },
    },
    ...ownerScopeFields({ zh: '上传者', en: 'uploader' }),
  ],
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: [...ALLOWED_IMAGE_TYPES],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // Keep originals within a sane bound; article sizes are what pages serve.
    resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
    imageSizes: [
      {
        name: 'thumbnail',
        width: 320,
        height: 320,
        fit: 'cover',
        formatOptions: { format: 'webp', options: { quality: 75 } },
      },
      {
        name: 'article',
        width: 960,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        name: 'articleWide',
        width: 1600,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
    ],
  },
}
