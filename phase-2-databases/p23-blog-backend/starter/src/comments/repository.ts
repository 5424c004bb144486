// Every query on comments.
import type { Db } from '../db/client.js';
import type { CommentRow } from '../db/schema.js';
import type { CreateCommentInput } from './validation.js';

/** TODO (Task 5): insert and return the new comment of this post, createdAt = now. */
export function insertComment(db: Db, postId: number, input: CreateCommentInput, now: Date): CommentRow {
  void [db, postId, input, now];
  throw new Error('Not implemented: insertComment (Task 5)');
}

/** TODO (Task 5): a post's comments, oldest first (by id). */
export function listComments(db: Db, postId: number): CommentRow[] {
  void [db, postId];
  throw new Error('Not implemented: listComments (Task 5)');
}

/** TODO (Task 5): delete the comment; return whether a row went. */
export function deleteComment(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteComment (Task 5)');
}
