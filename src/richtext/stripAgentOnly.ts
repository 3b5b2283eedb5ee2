type LexicalNode = { type?: string; fields?: { blockType?: string }; children?: LexicalNode[] }

const isAgentOnly = (node: LexicalNode) =>
  node.type === 'block' && node.fields?.blockType === 'agentOnly'

function stripNode<T extends LexicalNode>(node: T): T {
  if (!node.children) return node
  return { ...node, children: node.children.filter((child) => !isAgentOnly(child)).map(stripNode) }
}

/** The body as the public may see it: every agent-only block (内部口径) removed, at any depth. */
export function stripAgentOnly<T extends { root: LexicalNode }>(
  state: T | null | undefined,
): T | null | undefined {
  if (!state?.root) return state
  return { ...state, root: stripNode(state.root) }
}
