import type { CollectionConfig, FieldAccess } from 'payload'
import { select } from 'payload/shared'

import {
  canCreateKnowledge,
  canReadInternalFields,
  deleteKnowledgeWhere,
  readKnowledgeVersionsWhere,
  readKnowledgeWhere,
  updateKnowledgeWhere,
} from '@access/knowledge'
import {
  CHANNEL_LABELS,
  CHANNELS,
  channelsProblem,
  KNOWLEDGE_KINDS,
  type KnowledgeKind,
} from '@/domain/channels'
import { WORKFLOW_STATE_LABELS, WORKFLOW_STATES } from '@/domain/workflow'
import { knowledgeEditor } from '@/richtext/editor'
import { stripAgentOnly } from '@/richtext/stripAgentOnly'
import { allowedActionsEndpoint } from './endpoints/allowedActionsEndpoint'
import { validateSubmittedFields } from '../shared/hooks/validateSubmittedFields'
import { existingRelations } from '../shared/validate/existingRelations'
import { richTextWithSafeLinks } from '../shared/validate/richTextWithSafeLinks'
import { singleSelect } from '../shared/validate/singleSelect'
import { assignOwnerUnit } from '../shared/assignOwnerUnit'
import { ownerScopeFields } from '../shared/ownerScopeFields'
import { acknowledgeEndpoint, unacknowledgedEndpoint } from './endpoints/noticeEndpoints'
import { viewEndpoint, voteEndpoint } from './endpoints/publicFeedbackEndpoints'
import { confirmReviewEndpoint } from './endpoints/confirmReviewEndpoint'
import { workflowEndpoint } from './endpoints/workflowEndpoint'
import { checkChannelsForKind } from './hooks/checkChannelsForKind'
import { checkOverrideTarget } from './hooks/checkOverrideTarget'
import { checkVersionRestore } from './hooks/checkVersionRestore'
import { flagUpdatedOriginal } from './hooks/flagUpdatedOriginal'
import { protectWorkflowFields } from './hooks/protectWorkflowFields'
import { defaultContactToAuthor } from './hooks/defaultContactToAuthor'
import { recordAuthor } from './hooks/recordAuthor'
import { recordMediaIds } from './hooks/recordMediaIds'
import { requireDraftEditsOfLiveItems } from './hooks/requireDraftEditsOfLiveItems'

const KIND_LABELS: Record<KnowledgeKind, string> = {
  faq: '常见问题',
  article: '业务规则 / 资费 / 流程',
  script: '话术',
  notice: '服务公告',
}

const staffOnly: { read: FieldAccess } = {
  read: ({ req }) => canReadInternalFields(req.user),
}
const derived = { readOnly: true, hidden: true } as const
const workflowField = { readOnly: true, position: 'sidebar' } as const

export const Knowledge: CollectionConfig = {
  slug: 'knowledge',
  labels: {
    singular: { zh: '知识条目', en: 'Knowledge item' },
    plural: { zh: '知识条目', en: 'Knowledge' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'category', 'ownerUnit', 'workflowState', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
  },
  graphQL: { singularName: 'KnowledgeItem', pluralName: 'KnowledgeItems' },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: ({ req }) => readKnowledgeWhere(req.user),
    // Set explicitly: Payload's default lets every signed-in user read every version.
    readVersions: ({ req }) => readKnowledgeVersionsWhere(req.user),
    create: ({ req }) => canCreateKnowledge(req.user),
    update: ({ req }) => updateKnowledgeWhere(req.user),
    delete: ({ req }) => deleteKnowledgeWhere(req.user),
  },
  endpoints: [
    workflowEndpoint,
    allowedActionsEndpoint,
    voteEndpoint,
    viewEndpoint,
    acknowledgeEndpoint,
    unacknowledgedEndpoint,
    confirmReviewEndpoint,
  ],
  hooks: {
    beforeOperation: [requireDraftEditsOfLiveItems, checkVersionRestore],
    beforeChange: [
      validateSubmittedFields,
      assignOwnerUnit,
      recordAuthor,
      defaultContactToAuthor,
      recordMediaIds,
      checkChannelsForKind,
      checkOverrideTarget,
      protectWorkflowFields,
    ],
    // The search plugin (search/plugin.ts) adds the hooks that queue index syncs.
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'faq',
      options: KNOWLEDGE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
      validate: singleSelect,
      label: { zh: '类型', en: 'Kind' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { zh: '标题（常见问题填问题）', en: 'Title / question' },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      label: { zh: '简要答案', en: 'Short answer' },
      admin: {
        description: {
          zh: '一两句话的纯文本答案，用于搜索摘要',
          en: 'Plain text, used in snippets',
        },
      },
    },
    {
      name: 'body',
      type: 'richText',
      editor: knowledgeEditor,
      validate: richTextWithSafeLinks,
      label: { zh: '正文', en: 'Body' },
      hooks: {
        // 内部口径 never leaves the server for anonymous readers, whatever the API. Server code
        // (Local API) keeps it: Payload also runs afterRead on the stored document during an
        // update, and stripping there would save the body without its 内部口径.
        afterRead: [
          ({ value, req }) =>
            req.user || req.payloadAPI === 'local' ? value : stripAgentOnly(value),
        ],
      },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      required: true,
      validate: existingRelations,
      label: { zh: '分类', en: 'Category' },
    },
    { name: 'tags', type: 'text', hasMany: true, maxRows: 20, label: { zh: '标签', en: 'Tags' } },
    {
      name: 'channels',
      type: 'select',
      hasMany: true,
      required: true,
      options: CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] })),
      label: { zh: '发布渠道', en: 'Channels' },
      validate: (value, options) =>
        channelsProblem((options.siblingData as { kind?: KnowledgeKind }).kind, value) ??
        select(value, options),
    },
    ...ownerScopeFields({ zh: '作者', en: 'author' }),
    {
      name: 'contact',
      type: 'relationship',
      relationTo: 'users',
      validate: existingRelations,
      label: { zh: '联系人', en: 'Contact person' },
      access: staffOnly,
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'effectiveFrom',
          type: 'date',
          label: { zh: '生效时间', en: 'Effective from' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'expiresAt',
          type: 'date',
          label: { zh: '失效时间', en: 'Expires at' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (
            value: Date | string | null | undefined,
            { siblingData }: { siblingData: { effectiveFrom?: string | null } },
          ) =>
            value &&
            siblingData.effectiveFrom &&
            new Date(value) <= new Date(siblingData.effectiveFrom)
              ? '失效时间必须晚于生效时间'
              : true,
        },
        {
          name: 'nextReviewAt',
          type: 'date',
          label: { zh: '下次复核', en: 'Next review' },
          access: staffOnly,
        },
      ],
    },
    {
      name: 'overrides',
      type: 'relationship',
      relationTo: 'knowledge',
      label: { zh: '本地化的原条目', en: 'Localises' },
      admin: {
        description: {
          zh: '本条目替换的总部或本省条目；发布后本地区读者看到本条目',
          en: 'The higher-tier item this one replaces locally',
        },
      },
    },
    {
      name: 'originalUpdated',
      type: 'checkbox',
      virtual: true,
      label: { zh: '原条目已更新', en: 'Original updated' },
      hooks: { afterRead: [flagUpdatedOriginal] },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.overrides),
        description: {
          zh: '原条目在本条目发布后又发布了新版本：请在原条目的“版本”页核对修改并更新本条目',
          en: 'The original was republished after this variant: compare its versions and update this one',
        },
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: { zh: '发布时间', en: 'Published at' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'overriddenIn', type: 'text', defaultValue: '', index: true, admin: derived },
    // Searched with `like` only when an image is to be replaced or deleted: no index to maintain.
    { name: 'mediaIds', type: 'text', defaultValue: '', admin: derived },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'knowledge',
      hasMany: true,
      validate: existingRelations,
      label: { zh: '相关条目', en: 'Related' },
    },
    {
      name: 'externalId',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '外部编号', en: 'External id' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'workflowPanel',
      type: 'ui',
      label: { zh: '审核流程', en: 'Workflow' },
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/src/components/admin/WorkflowActions#WorkflowActions' },
      },
    },
    {
      name: 'workflowState',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: WORKFLOW_STATES.map((value) => ({ value, label: WORKFLOW_STATE_LABELS[value] })),
      label: { zh: '流程状态', en: 'Workflow state' },
      admin: workflowField,
    },
    {
      name: 'reviewStep',
      type: 'number',
      label: { zh: '当前审核步骤', en: 'Review step' },
      access: staffOnly,
      admin: workflowField,
    },
    {
      name: 'stepDeadline',
      type: 'date',
      label: { zh: '本步骤时限', en: 'Step deadline' },
      access: staffOnly,
      admin: workflowField,
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      access: staffOnly,
      label: { zh: '作者', en: 'Author' },
      admin: workflowField,
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      access: staffOnly,
      label: { zh: '提交人', en: 'Submitted by' },
      admin: workflowField,
    },
    {
      name: 'lastEditedBy',
      type: 'relationship',
      relationTo: 'users',
      access: staffOnly,
      label: { zh: '最后编辑', en: 'Last edited by' },
      admin: workflowField,
    },
    {
      name: 'workflowRevision',
      type: 'number',
      defaultValue: 0,
      access: staffOnly,
      admin: derived,
    },
    {
      name: 'serviceActivities',
      type: 'ui',
      label: { zh: '服务前置', en: 'Service readiness' },
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/src/components/admin/ItemServiceActivities#ItemServiceActivities' },
      },
    },
    {
      name: 'reviewHistory',
      type: 'ui',
      label: { zh: '审核记录', en: 'Review history' },
      admin: {
        disableListColumn: true,
        components: { Field: '/src/components/admin/ReviewHistory#ReviewHistory' },
      },
    },
  ],
}
