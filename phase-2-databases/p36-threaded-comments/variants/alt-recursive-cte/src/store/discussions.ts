// Threads and comments, read with recursive CTEs over parent_id.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

export const LIMIT = 5;

export interface Discussion { id: number; subject: string; opened_at: number }
export interface CommentRecord {
  id: number;
  thread_id: number;
  parent_id: number | null;
  content: string | null;
  removed_at: number | null;
  posted_at: number;
  depth: number;
  below: number;
}

export function openDiscussion(db: Db, subject: string, at: number): Discussion {
  return db.get<Discussion>(sql`INSERT INTO discussions (subject, opened_at) VALUES (${subject}, ${at}) RETURNING id, subject, opened_at`);
}

export function discussion(db: Db, id: number): Discussion | undefined {
  return db.get<Discussion | undefined>(sql`SELECT id, subject, opened_at FROM discussions WHERE id = ${id}`);
}

/** Depth of a comment: the number of rows on the way up to the top, itself included. */
function depthOf(db: Db, id: number): number {
  const row = db.get<{ depth: number | null }>(sql`
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT id, parent_id FROM comments WHERE id = ${id}
      UNION ALL
      SELECT c.id, c.parent_id FROM comments c JOIN up ON c.id = up.parent_id
    ) SELECT count(*) AS depth FROM up`);
  return row?.depth ?? 0;
}

/**
 * The comments below `rootId` (or every comment of a thread when rootId is null), with their
 * depth and how many comments lie below each, oldest first.
 */
export function readTree(db: Db, threadId: number, rootId: number | null): CommentRecord[] {
  const startDepth = rootId === null ? 1 : depthOf(db, rootId);
  const start = rootId === null ? sql`SELECT id, ${startDepth} FROM comments WHERE thread_id = ${threadId} AND parent_id IS NULL` : sql`SELECT id, ${startDepth} FROM comments WHERE id = ${rootId}`;
  return db.all<CommentRecord>(sql`
    WITH RECURSIVE down(id, depth) AS (
      ${start}
      UNION ALL
      SELECT c.id, down.depth + 1 FROM comments c JOIN down ON c.parent_id = down.id
    ),
    -- every (descendant, ancestor) pair inside the tree read
    pairs(node, ancestor) AS (
      SELECT c.id, c.parent_id FROM comments c JOIN down ON down.id = c.id WHERE c.parent_id IS NOT NULL
      UNION ALL
      SELECT pairs.node, c.parent_id FROM pairs JOIN comments c ON c.id = pairs.ancestor WHERE c.parent_id IS NOT NULL
    )
    SELECT c.id, c.thread_id, c.parent_id, c.content, c.removed_at, c.posted_at, down.depth,
      (SELECT count(*) FROM pairs WHERE pairs.ancestor = c.id) AS below
    FROM comments c JOIN down ON down.id = c.id
    ORDER BY c.posted_at, c.id`);
}

export type PostOutcome = { ok: true; id: number } | { ok: false; why: 'no_parent' | 'removed_parent' | 'too_deep' };

export function post(db: Db, threadId: number, content: string, parentId: number | null, at: number): PostOutcome {
  return db.transaction(
    (tx): PostOutcome => {
      if (parentId !== null) {
        const parent = tx.get<{ removed_at: number | null } | undefined>(sql`SELECT removed_at FROM comments WHERE id = ${parentId} AND thread_id = ${threadId}`);
        if (!parent) return { ok: false, why: 'no_parent' };
        if (parent.removed_at !== null) return { ok: false, why: 'removed_parent' };
        if (depthOf(tx as unknown as Db, parentId) + 1 > LIMIT) return { ok: false, why: 'too_deep' };
      }
      const row = tx.get<{ id: number }>(sql`INSERT INTO comments (thread_id, parent_id, content, posted_at) VALUES (${threadId}, ${parentId}, ${content}, ${at}) RETURNING id`);
      return { ok: true, id: row.id };
    },
    { behavior: 'immediate' },
  );
}

export function remove(db: Db, id: number, at: number): boolean {
  return db.transaction(
    (tx) => {
      const row = tx.get<{ removed_at: number | null } | undefined>(sql`SELECT removed_at FROM comments WHERE id = ${id}`);
      if (!row) return false;
      if (row.removed_at !== null) return true;
      const child = tx.get<{ id: number } | undefined>(sql`SELECT id FROM comments WHERE parent_id = ${id} LIMIT 1`);
      if (child) tx.run(sql`UPDATE comments SET content = NULL, removed_at = ${at} WHERE id = ${id}`);
      else tx.run(sql`DELETE FROM comments WHERE id = ${id}`);
      return true;
    },
    { behavior: 'immediate' },
  );
}

export function threadOf(db: Db, commentId: number): number | undefined {
  return db.get<{ thread_id: number } | undefined>(sql`SELECT thread_id FROM comments WHERE id = ${commentId}`)?.thread_id;
}
