import { BlocksFeature, lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'

import { knowledgeBlocks, knowledgeInlineBlocks } from './blocks'

/** The editor of a knowledge item's body (blocks and region variables: see blockContract.md). */
export const knowledgeEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    // Embedded documents have no rendering on the FAQ pages or in search, and could point at users.
    ...defaultFeatures.filter((feature) => feature.key !== 'relationship'),
    // Replaces the default upload feature (the last one with a key wins): images from `media` only.
    UploadFeature({ enabledCollections: ['media'] }),
    BlocksFeature({ blocks: knowledgeBlocks, inlineBlocks: knowledgeInlineBlocks }),
  ],
})
