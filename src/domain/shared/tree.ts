/** Helpers for parent-linked trees (teams, territories). */

export type TreeNode = { readonly id: string; readonly parentId: string | null };

/** Ids of `rootIds` and every node below them. Unknown roots are ignored. */
export function subtreeIds(nodes: readonly TreeNode[], rootIds: readonly string[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const list = children.get(node.parentId) ?? [];
    list.push(node.id);
    children.set(node.parentId, list);
  }
  const known = new Set(nodes.map((n) => n.id));
  const result = new Set<string>();
  const stack = rootIds.filter((id) => known.has(id));
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

/**
 * Whether giving `nodeId` the parent `newParentId` would close a loop (the new parent is the
 * node itself or one of its descendants).
 */
export function wouldCreateCycle(
  nodes: readonly TreeNode[],
  nodeId: string,
  newParentId: string | null,
): boolean {
  if (newParentId === null) return false;
  return subtreeIds(nodes, [nodeId]).has(newParentId);
}
