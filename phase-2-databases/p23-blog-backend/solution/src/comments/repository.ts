// Every query on comments.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { comments, type CommentRow } from '../db/schema.js';
import type { CreateCommentInput } from './validation.js';

/** Inserts a comment; the foreign key makes SQLite refuse a postId no post has. */
export function insertComment(db: Db, postId: number, input: CreateCommentInput, now: Date): CommentRow {
  return db
    .insert(comments)
    .values({ ...input, postId, createdAt: now })
    .returning()
    .get();
}

/** A post's comments in the order they were written (ids grow with every insert). */
export function listComments(db: Db, postId: number): CommentRow[] {
  return db.select().from(comments).where(eq(comments.postId, postId)).orderBy(asc(comments.id)).all();
}

/** Returns whether a comment was deleted. */
export function deleteComment(db: Db, id: number): boolean {
  return db.delete(comments).where(eq(comments.id, id)).run().changes > 0;
}
