// The queries of posts (SPEC.md, Tasks 1 and 2). A suggested structure: change it as you like.
import type { Db } from '../db/client.js';
import type { PostRow } from '../db/schema.js';
import type { Cursor } from './cursor.js';

export function insertPost(db: Db, post: { author: string; text: string }, now: Date): PostRow {
  void [db, post, now];
  throw new Error('Not implemented: insertPost (Task 1)');
}

/** TODO (Tasks 1 and 2): up to `count` posts in the feed's order, after the cursor when given. Never OFFSET. */
export function feedRows(db: Db, count: number, after?: Cursor): PostRow[] {
  void [db, count, after];
  throw new Error('Not implemented: feedRows (Task 1)');
}
