// The queries, with or/and instead of a row value comparison.
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { posts, type PostRow } from '../db/schema.js';
import type { Cursor } from './cursor.js';

export function insertPost(db: Db, post: { author: string; text: string }, now: Date): PostRow {
  return db.insert(posts).values({ authorName: post.author, body: post.text, postedAtMs: now.getTime() }).returning().get();
}

export function feedRows(db: Db, count: number, after?: Cursor): PostRow[] {
  const where = after ? or(lt(posts.postedAtMs, after.createdAt), and(eq(posts.postedAtMs, after.createdAt), lt(posts.entryId, after.id))) : undefined;
  return db.select().from(posts).where(where).orderBy(desc(posts.postedAtMs), desc(posts.entryId)).limit(count).all();
}
