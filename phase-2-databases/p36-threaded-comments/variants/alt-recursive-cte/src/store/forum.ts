// The category tree, read with recursive CTEs over parent_id.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { LIMIT } from './discussions.js';

export interface CategoryRecord {
  id: number;
  name: string;
  parent_id: number | null;
  depth: number;
  own_items: number;
  all_items: number;
}

export function exists(db: Db, id: number): boolean {
  return db.get<{ id: number } | undefined>(sql`SELECT id FROM categories WHERE id = ${id}`) !== undefined;
}

/** The ancestors of `id`, itself first, then up to its root. */
export function lineage(db: Db, id: number): Array<{ id: number; name: string }> {
  return db.all<{ id: number; name: string }>(sql`
    WITH RECURSIVE up(id, name, parent_id, level) AS (
      SELECT id, name, parent_id, 0 FROM categories WHERE id = ${id}
      UNION ALL
      SELECT c.id, c.name, c.parent_id, up.level + 1 FROM categories c JOIN up ON c.id = up.parent_id
    ) SELECT id, name FROM up ORDER BY level`);
}

/** The categories at and below `rootId` (every category when null), with depth and counts, by id. */
export function readForest(db: Db, rootId: number | null): CategoryRecord[] {
  const startDepth = rootId === null ? 1 : lineage(db, rootId).length;
  const start = rootId === null ? sql`SELECT id, 1 FROM categories WHERE parent_id IS NULL` : sql`SELECT id, ${startDepth} FROM categories WHERE id = ${rootId}`;
  return db.all<CategoryRecord>(sql`
    WITH RECURSIVE down(id, depth) AS (
      ${start}
      UNION ALL
      SELECT c.id, down.depth + 1 FROM categories c JOIN down ON c.parent_id = down.id
    ),
    -- each category paired with itself and every ancestor
    pairs(node, ancestor) AS (
      SELECT id, id FROM categories
      UNION ALL
      SELECT pairs.node, c.parent_id FROM pairs JOIN categories c ON c.id = pairs.ancestor WHERE c.parent_id IS NOT NULL
    )
    SELECT c.id, c.name, c.parent_id, down.depth,
      (SELECT count(*) FROM items i WHERE i.category_id = c.id) AS own_items,
      (SELECT count(*) FROM items i JOIN pairs p ON p.node = i.category_id WHERE p.ancestor = c.id) AS all_items
    FROM categories c JOIN down ON down.id = c.id
    ORDER BY c.id`);
}

export type Outcome = { ok: true; id: number } | { ok: false; why: 'no_parent' | 'cycle' | 'too_deep'; depth?: number };

export function create(db: Db, name: string, parentId: number | null): Outcome {
  return db.transaction(
    (tx): Outcome => {
      const t = tx as unknown as Db;
      if (parentId !== null) {
        if (!exists(t, parentId)) return { ok: false, why: 'no_parent' };
        if (lineage(t, parentId).length + 1 > LIMIT) return { ok: false, why: 'too_deep' };
      }
      const row = tx.get<{ id: number }>(sql`INSERT INTO categories (name, parent_id) VALUES (${name}, ${parentId}) RETURNING id`);
      return { ok: true, id: row.id };
    },
    { behavior: 'immediate' },
  );
}

/** How many levels the subtree of `id` spans, itself included (1 for a leaf). */
function height(db: Db, id: number): number {
  return db.get<{ h: number }>(sql`
    WITH RECURSIVE down(id, level) AS (
      SELECT ${id}, 1
      UNION ALL
      SELECT c.id, down.level + 1 FROM categories c JOIN down ON c.parent_id = down.id
    ) SELECT max(level) AS h FROM down`).h;
}

export function change(db: Db, id: number, patch: { name?: string; parentId?: number | null }): Outcome {
  return db.transaction(
    (tx): Outcome => {
      const t = tx as unknown as Db;
      if (patch.parentId !== undefined) {
        const target = patch.parentId;
        let parentDepth = 0;
        if (target !== null) {
          if (!exists(t, target)) return { ok: false, why: 'no_parent' };
          const above = lineage(t, target);
          if (above.some((c) => c.id === id)) return { ok: false, why: 'cycle' };
          parentDepth = above.length;
        }
        const deepest = parentDepth + height(t, id);
        if (deepest > LIMIT) return { ok: false, why: 'too_deep', depth: deepest };
        tx.run(sql`UPDATE categories SET parent_id = ${target} WHERE id = ${id}`);
      }
      if (patch.name !== undefined) tx.run(sql`UPDATE categories SET name = ${patch.name} WHERE id = ${id}`);
      return { ok: true, id };
    },
    { behavior: 'immediate' },
  );
}

export function fileItem(db: Db, categoryId: number, headline: string): { id: number; categoryId: number; title: string } {
  const row = db.get<{ id: number; category_id: number; headline: string }>(sql`INSERT INTO items (category_id, headline) VALUES (${categoryId}, ${headline}) RETURNING id, category_id, headline`);
  return { id: row.id, categoryId: row.category_id, title: row.headline };
}
