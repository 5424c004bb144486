// The queries of posts.
import { desc, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { posts, type PostRow } from '../db/schema.js';
import type { Cursor } from './cursor.js';

export function insertPost(db: Db, post: { author: string; text: string }, now: Date): PostRow {
  return db.insert(posts).values({ ...post, createdAt: now }).returning().get();
}

/**
 * Up to `count` posts, newest first, after the cursor's position when there is one. Keyset
 * pagination: "older than (createdAt, id)" rather than "skip N rows", so a post written between
 * two pages shifts nothing, and the id breaks ties between posts of the same millisecond.
 */
export function feedRows(db: Db, count: number, after?: Cursor): PostRow[] {
  // A row value comparison: (a, b) < (x, y) is a < x OR (a = x AND b < y).
  const older = after ? sql`(${posts.createdAt}, ${posts.id}) < (${after.createdAt}, ${after.id})` : undefined;
  return db.select().from(posts).where(older).orderBy(desc(posts.createdAt), desc(posts.id)).limit(count).all();
}
