import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { seedBlocksToLexical } from './seedToLexical'

/** Lexical JSON for imported plain text: one paragraph per non-empty line. */
export function plainTextToLexical(text: string): SerializedEditorState {
  return seedBlocksToLexical(
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ type: 'paragraph' as const, text: line })),
  )
}
