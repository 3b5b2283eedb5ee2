import type { RegionValues } from '@/domain/regionVariables'

/** `public`: online hall and self-service; `agent`: the internal knowledge base (sees 内部口径). */
export type Audience = 'public' | 'agent'

export type RenderOptions = { audience: Audience; regionValues: RegionValues }

/**
 * A stored Lexical body, typed loosely so both `SerializedEditorState` and Payload's generated
 * richText type fit; the renderers check every node they read.
 */
export type RichTextState = { root: { children?: ReadonlyArray<object> } }
