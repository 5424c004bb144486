// Materialised paths: the ancestors of a row as text, root first ('/' at the top level, '/1/4/'
// for a child of 4 under 1). Only digits and slashes, so a path is safe inside LIKE.

/** The path a child of `parent` gets: the parent's path plus the parent's own id. */
export function childPath(parent: { id: number; path: string } | null): string {
  return parent ? `${parent.path}${parent.id}/` : '/';
}

/** The prefix shared by every descendant of `row` (its children's path). */
export function subtreePrefix(row: { id: number; path: string }): string {
  return childPath(row);
}

/** Depth of a row with this path: '/' is 1, '/1/' is 2, ... (one more than its ancestors). */
export function depthOf(path: string): number {
  return path.split('/').length - 1;
}

/** The ancestors' ids, root first. */
export function ancestorIds(path: string): number[] {
  return path
    .split('/')
    .filter((part) => part !== '')
    .map(Number);
}

/**
 * Turns rows into nested nodes. `rows` must come sorted in the order siblings are to be listed;
 * a row whose parent is not among them is a root of the result (the top of a subtree).
 */
export function nest<R extends { id: number; parentId: number | null }, N>(rows: R[], toNode: (row: R, children: N[]) => N): N[] {
  const children = new Map<number | null, R[]>();
  const ids = new Set(rows.map((row) => row.id));
  for (const row of rows) {
    const key = row.parentId !== null && ids.has(row.parentId) ? row.parentId : null;
    const list = children.get(key) ?? [];
    list.push(row);
    children.set(key, list);
  }
  const build = (row: R): N => toNode(row, (children.get(row.id) ?? []).map(build));
  return (children.get(null) ?? []).map(build);
}
