// Every query on threads and comments. A thread's comments are a tree kept with materialised
// paths (see db/schema.ts): a subtree is one `path LIKE prefix%`, and the depth of a new reply is
// read off its parent's path without walking up the tree.
import { and, asc, count, eq, like } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { comments, threads, type CommentRow, type ThreadRow } from '../db/schema.js';
import { MAX_DEPTH } from '../validation.js';
import { childPath, depthOf, subtreePrefix } from '../tree.js';
import type { NewComment } from './validation.js';

/** What adding a comment came to: the new row, or why it was refused. */
export type AddResult =
  | { status: 'added'; row: CommentRow }
  | { status: 'parent_missing' }
  | { status: 'parent_deleted' }
  | { status: 'too_deep' };

export type DeleteResult = 'removed' | 'placeholder' | 'missing';

/** Siblings are listed oldest first; two comments written in the same millisecond by id. */
const OLDEST_FIRST = [asc(comments.createdAt), asc(comments.id)];

export function insertThread(db: Db, title: string, now: Date): ThreadRow {
  return db.insert(threads).values({ title, createdAt: now }).returning().get();
}

export function findThread(db: Db, id: number): ThreadRow | undefined {
  return db.select().from(threads).where(eq(threads.id, id)).get();
}

export function findComment(db: Db, id: number): CommentRow | undefined {
  return db.select().from(comments).where(eq(comments.id, id)).get();
}

/** Every comment of a thread, oldest first (the order siblings are shown in). */
export function threadComments(db: Db, threadId: number): CommentRow[] {
  return db
    .select()
    .from(comments)
    .where(eq(comments.threadId, threadId))
    .orderBy(...OLDEST_FIRST)
    .all();
}

/** A comment and everything below it, oldest first: one indexed prefix search on the path. */
export function commentSubtree(db: Db, id: number): CommentRow[] {
  const root = findComment(db, id);
  if (!root) return [];
  const below = db
    .select()
    .from(comments)
    .where(and(eq(comments.threadId, root.threadId), like(comments.path, `${subtreePrefix(root)}%`)))
    .orderBy(...OLDEST_FIRST)
    .all();
  return [root, ...below];
}

/**
 * Adds a comment to a thread, or a reply to one of its comments. The checks and the insert share
 * one immediate transaction: the parent cannot be deleted between the check and the insert.
 */
export function addComment(db: Db, threadId: number, input: NewComment, now: Date): AddResult {
  return db.transaction(
    (tx): AddResult => {
      let parent: CommentRow | undefined;
      if (input.parentId !== null) {
        parent = tx
          .select()
          .from(comments)
          .where(and(eq(comments.id, input.parentId), eq(comments.threadId, threadId)))
          .get();
        if (!parent) return { status: 'parent_missing' };
        if (parent.deleted) return { status: 'parent_deleted' };
      }
      const path = childPath(parent ?? null);
      if (depthOf(path) > MAX_DEPTH) return { status: 'too_deep' };
      const row = tx
        .insert(comments)
        .values({ threadId, parentId: parent?.id ?? null, path, body: input.body, createdAt: now })
        .returning()
        .get();
      return { status: 'added', row };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Deletes a comment. One without replies goes; one with replies stays as a placeholder, its text
 * erased, so that the conversation under it keeps its place.
 */
export function deleteComment(db: Db, id: number): DeleteResult {
  return db.transaction(
    (tx): DeleteResult => {
      const row = tx.select().from(comments).where(eq(comments.id, id)).get();
      if (!row) return 'missing';
      const { replies } = tx.select({ replies: count() }).from(comments).where(eq(comments.parentId, id)).get()!;
      if (replies > 0 || row.deleted) {
        tx.update(comments).set({ deleted: true, body: '' }).where(eq(comments.id, id)).run();
        return 'placeholder';
      }
      tx.delete(comments).where(eq(comments.id, id)).run();
      return 'removed';
    },
    { behavior: 'immediate' },
  );
}
