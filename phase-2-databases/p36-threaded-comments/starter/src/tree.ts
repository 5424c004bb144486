// Helpers for trees. `nest` serves any design; the four path helpers only if you keep
// materialised paths ('/' for a top-level row, '/1/4/' for a child of 4 under 1: SPEC, "Two ways
// to store a tree"). With recursive CTEs, leave them unused or delete them.

/** TODO (paths only): the path a child of `parent` gets; '/' without a parent. */
export function childPath(parent: { id: number; path: string } | null): string {
  void parent;
  throw new Error('Not implemented: childPath');
}

/** TODO (paths only): the prefix shared by every descendant of `row`. */
export function subtreePrefix(row: { id: number; path: string }): string {
  void row;
  throw new Error('Not implemented: subtreePrefix');
}

/** TODO (paths only): the depth of a row with this path ('/' is 1). */
export function depthOf(path: string): number {
  void path;
  throw new Error('Not implemented: depthOf');
}

/** TODO (paths only): the ancestors' ids in a path, root first. */
export function ancestorIds(path: string): number[] {
  void path;
  throw new Error('Not implemented: ancestorIds');
}

/**
 * TODO (Task 2): turn rows, already sorted in the order siblings are listed, into nested nodes:
 * each row goes into its parent's list; a row whose parent is not among `rows` is a root of the
 * result (the top of a subtree). `toNode` builds a node from a row and its finished children.
 */
export function nest<R extends { id: number; parentId: number | null }, N>(rows: R[], toNode: (row: R, children: N[]) => N): N[] {
  void [rows, toNode];
  throw new Error('Not implemented: nest (Task 2)');
}
