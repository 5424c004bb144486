// Every query on threads and comments. How you read the tree (recursive CTEs or materialised
// paths) is yours to choose: SPEC, "Two ways to store a tree".
import type { Db } from '../db/client.js';
import type { CommentRow, ThreadRow } from '../db/schema.js';
import type { NewComment } from './validation.js';

/** What adding a comment came to: the new row, or why it was refused. */
export type AddResult =
  | { status: 'added'; row: CommentRow }
  | { status: 'parent_missing' }
  | { status: 'parent_deleted' }
  | { status: 'too_deep' };

export type DeleteResult = 'removed' | 'placeholder' | 'missing';

/** TODO (Task 1): insert a thread, createdAt = now, and return its row. */
export function insertThread(db: Db, title: string, now: Date): ThreadRow {
  void [db, title, now];
  throw new Error('Not implemented: insertThread (Task 1)');
}

/** TODO (Task 1): the thread with this id, or undefined. */
export function findThread(db: Db, id: number): ThreadRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findThread (Task 1)');
}

/** TODO (Task 2): the comment with this id, or undefined. */
export function findComment(db: Db, id: number): CommentRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findComment (Task 2)');
}

/** TODO (Task 2): every comment of a thread, in the order siblings are listed (SPEC Task 2). */
export function threadComments(db: Db, threadId: number): CommentRow[] {
  void [db, threadId];
  throw new Error('Not implemented: threadComments (Task 2)');
}

/** TODO (Task 2): a comment and everything below it at any depth, in the same order; [] when there is no such comment. */
export function commentSubtree(db: Db, id: number): CommentRow[] {
  void [db, id];
  throw new Error('Not implemented: commentSubtree (Task 2)');
}

/**
 * TODO (Task 1): in one transaction, find the parent (same thread), refuse a depth over 5
 * (SPEC "Depth"), insert. Task 3 adds: a deleted parent is refused.
 */
export function addComment(db: Db, threadId: number, input: NewComment, now: Date): AddResult {
  void [db, threadId, input, now];
  throw new Error('Not implemented: addComment (Task 1)');
}

/** TODO (Task 3): the delete rule of SPEC Task 3, in one transaction. */
export function deleteComment(db: Db, id: number): DeleteResult {
  void [db, id];
  throw new Error('Not implemented: deleteComment (Task 3)');
}
