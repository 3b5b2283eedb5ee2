import type { Block } from 'payload'

import { REGION_VARIABLE_NAMES, REGION_VARIABLES } from '@/domain/regionVariables'

// Payload block configs of the knowledge body; slugs and field names as agreed in blockContract.md.

export const CALLOUT_TONES = ['warning', 'info', 'tip'] as const
export type CalloutTone = (typeof CALLOUT_TONES)[number]

export const CALLOUT_TONE_LABELS: Record<CalloutTone, { zh: string; en: string }> = {
  warning: { zh: '注意', en: 'Warning' },
  info: { zh: '说明', en: 'Info' },
  tip: { zh: '提示', en: 'Tip' },
}

// Block textareas cannot hold inline blocks, so region variables are written there as placeholders.
const placeholderList = REGION_VARIABLE_NAMES.map(
  (name) => `{{${name}}} ${REGION_VARIABLES[name]}`,
).join('、')
const placeholderHint = {
  zh: `可写地区变量：${placeholderList}`,
  en: 'Region variables may be written as {{hotline}} etc.',
}

export const stepsBlock: Block = {
  slug: 'steps',
  labels: { singular: { zh: '办理步骤', en: 'Steps' }, plural: { zh: '办理步骤', en: 'Steps' } },
  admin: { disableBlockName: true },
  fields: [
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      label: { zh: '步骤', en: 'Steps' },
      labels: { singular: { zh: '步骤', en: 'Step' }, plural: { zh: '步骤', en: 'Steps' } },
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          label: { zh: '内容', en: 'Text' },
          admin: { description: placeholderHint },
        },
      ],
    },
  ],
}

export const priceTableBlock: Block = {
  slug: 'priceTable',
  labels: {
    singular: { zh: '资费表', en: 'Price table' },
    plural: { zh: '资费表', en: 'Price tables' },
  },
  admin: { disableBlockName: true },
  fields: [
    { name: 'caption', type: 'text', label: { zh: '表题', en: 'Caption' } },
    {
      name: 'rows',
      type: 'array',
      required: true,
      minRows: 1,
      label: { zh: '资费项', en: 'Rows' },
      labels: { singular: { zh: '资费项', en: 'Row' }, plural: { zh: '资费项', en: 'Rows' } },
      fields: [
        { name: 'item', type: 'text', required: true, label: { zh: '项目', en: 'Item' } },
        { name: 'price', type: 'text', required: true, label: { zh: '资费', en: 'Price' } },
        { name: 'note', type: 'text', label: { zh: '备注', en: 'Note' } },
      ],
    },
  ],
}

export const calloutBlock: Block = {
  slug: 'callout',
  labels: { singular: { zh: '提示框', en: 'Callout' }, plural: { zh: '提示框', en: 'Callouts' } },
  admin: { disableBlockName: true },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'info',
      label: { zh: '类型', en: 'Tone' },
      options: CALLOUT_TONES.map((tone) => ({ value: tone, label: CALLOUT_TONE_LABELS[tone] })),
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      label: { zh: '内容', en: 'Text' },
      admin: { description: placeholderHint },
    },
  ],
}

export const agentOnlyBlock: Block = {
  slug: 'agentOnly',
  labels: {
    singular: { zh: '内部口径', en: 'Agents only' },
    plural: { zh: '内部口径', en: 'Agents only' },
  },
  admin: { disableBlockName: true },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      required: true,
      label: { zh: '内容', en: 'Text' },
      admin: {
        description: {
          zh: `仅客服人员可见，不会出现在网上营业厅等公开页面。${placeholderHint.zh}`,
          en: `Seen by agents only, never on public pages. ${placeholderHint.en}`,
        },
      },
    },
  ],
}

export const regionVariableBlock: Block = {
  slug: 'regionVariable',
  labels: {
    singular: { zh: '地区变量', en: 'Region variable' },
    plural: { zh: '地区变量', en: 'Region variables' },
  },
  admin: { disableBlockName: true },
  fields: [
    {
      name: 'name',
      type: 'select',
      required: true,
      label: { zh: '变量', en: 'Variable' },
      options: REGION_VARIABLE_NAMES.map((name) => ({
        value: name,
        label: { zh: REGION_VARIABLES[name], en: name },
      })),
      admin: {
        description: { zh: '按读者所在地区显示对应的值', en: "Shows the reader's area value" },
      },
    },
  ],
}

export const knowledgeBlocks: Block[] = [stepsBlock, priceTableBlock, calloutBlock, agentOnlyBlock]
export const knowledgeInlineBlocks: Block[] = [regionVariableBlock]
