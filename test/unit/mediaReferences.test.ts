import { describe, expect, it } from 'vitest'

import { seedBlocksToLexical } from '@/richtext/seedToLexical'
import { mediaIdsIn } from '@/richtext/mediaReferences'
import type { RichTextState } from '@/richtext/types'

const upload = (value: unknown, relationTo = 'media') => ({ type: 'upload', relationTo, value })
const body = (...children: object[]): RichTextState => ({ root: { children } })

describe('mediaIdsIn', () => {
  it('finds each image once, stored as an id or populated, at any depth', () => {
    const state = body(
      upload('m2'),
      { type: 'paragraph', children: [{ type: 'text', text: '见下图' }] },
      { type: 'quote', children: [upload({ id: 'm1', alt: '流程图' })] },
      upload('m2'),
    )
    expect(mediaIdsIn(state)).toEqual(['m1', 'm2'])
  })

  it('ignores uploads of other collections, empty values and bodies without images', () => {
    expect(mediaIdsIn(body(upload('u1', 'users'), upload(null), upload({})))).toEqual([])
    expect(
      mediaIdsIn(seedBlocksToLexical([{ type: 'steps', title: '步骤', steps: ['关机', '开机'] }])),
    ).toEqual([])
    expect(mediaIdsIn(null)).toEqual([])
  })
})
