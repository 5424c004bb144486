// Every query on categories and items. The tree is kept with materialised paths (see
// db/schema.ts): a subtree is one `path LIKE prefix%`, an ancestor test is a substring test on
// the path, and a move rewrites the prefix of every descendant's path in one UPDATE.
import { asc, eq, getTableColumns, inArray, like, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { categories, items, type CategoryRow } from '../db/schema.js';
import { ancestorIds, childPath, depthOf, subtreePrefix } from '../tree.js';
import { MAX_DEPTH } from '../validation.js';
import type { CategoryChange, NewCategory } from './validation.js';

/** A category row with the item counts of the API. */
export type CountedCategory = CategoryRow & { itemCount: number; totalItemCount: number };

export type CreateResult = { status: 'created'; row: CategoryRow } | { status: 'parent_missing' } | { status: 'too_deep' };

export type MoveResult =
  | { status: 'moved'; row: CategoryRow }
  | { status: 'missing' }
  | { status: 'parent_missing' }
  | { status: 'cycle' }
  | { status: 'too_deep'; deepest: number };

export function findCategory(db: Db, id: number): CategoryRow | undefined {
  return db.select().from(categories).where(eq(categories.id, id)).get();
}

/**
 * Counts per subtree, in SQL: for each category, the items filed directly in it, and the items
 * of every category whose path starts with its subtree prefix (itself included).
 */
const countedColumns = {
  ...getTableColumns(categories),
  // Written out in SQL, with the outer table named: drizzle leaves column names unqualified in a
  // one-table select, and inside these subqueries a bare `id` would be ambiguous.
  itemCount: sql<number>`(SELECT count(*) FROM items WHERE items.category_id = categories.id)`,
  totalItemCount: sql<number>`(
    SELECT count(*) FROM items JOIN categories AS below ON below.id = items.category_id
    WHERE below.id = categories.id OR below.path LIKE categories.path || categories.id || '/%'
  )`,
};

/** Every category with its counts, in id order (the order siblings are listed in). */
export function allCategories(db: Db): CountedCategory[] {
  return db.select(countedColumns).from(categories).orderBy(asc(categories.id)).all();
}

/** A category and every category below it, with their counts, in id order. */
export function categorySubtree(db: Db, root: CategoryRow): CountedCategory[] {
  return db
    .select(countedColumns)
    .from(categories)
    .where(or(eq(categories.id, root.id), like(categories.path, `${subtreePrefix(root)}%`)))
    .orderBy(asc(categories.id))
    .all();
}

/** The categories from the root down to `row` itself: the ids are in its path already. */
export function breadcrumbs(db: Db, row: CategoryRow): Array<{ id: number; name: string }> {
  const ids = [...ancestorIds(row.path), row.id];
  const names = new Map(
    db
      .select({ id: categories.id, name: categories.name })
      .from(categories)
      .where(inArray(categories.id, ids))
      .all()
      .map((c) => [c.id, c.name]),
  );
  return ids.map((id) => ({ id, name: names.get(id)! }));
}

export function insertCategory(db: Db, input: NewCategory): CreateResult {
  return db.transaction(
    (tx): CreateResult => {
      let parent: CategoryRow | undefined;
      if (input.parentId !== null) {
        parent = tx.select().from(categories).where(eq(categories.id, input.parentId)).get();
        if (!parent) return { status: 'parent_missing' };
      }
      const path = childPath(parent ?? null);
      if (depthOf(path) > MAX_DEPTH) return { status: 'too_deep' };
      const row = tx.insert(categories).values({ name: input.name, parentId: input.parentId, path }).returning().get();
      return { status: 'created', row };
    },
    { behavior: 'immediate' },
  );
}

export function insertItem(db: Db, categoryId: number, title: string) {
  return db.insert(items).values({ categoryId, title }).returning().get();
}

/**
 * Renames and/or moves a category with everything below it. In one immediate transaction:
 * the checks read the tree as it is when the writes happen.
 */
export function changeCategory(db: Db, id: number, change: CategoryChange): MoveResult {
  return db.transaction(
    (tx): MoveResult => {
      const row = tx.select().from(categories).where(eq(categories.id, id)).get();
      if (!row) return { status: 'missing' };
      if (change.parentId !== undefined) {
        let parent: CategoryRow | undefined;
        if (change.parentId !== null) {
          parent = tx.select().from(categories).where(eq(categories.id, change.parentId)).get();
          if (!parent) return { status: 'parent_missing' };
          // Under itself, or under anything below it (its id is then among the new parent's
          // ancestors): the subtree would hang from itself, cut off from every root.
          if (parent.id === id || ancestorIds(parent.path).includes(id)) return { status: 'cycle' };
        }
        const oldPrefix = subtreePrefix(row);
        const newPath = childPath(parent ?? null);
        const newPrefix = `${newPath}${id}/`;
        // The depth limit holds for the deepest row that moves, not only for this one.
        const { deepest } = tx
          .select({ deepest: sql<number | null>`max(length(${categories.path}) - length(replace(${categories.path}, '/', '')))` })
          .from(categories)
          .where(like(categories.path, `${oldPrefix}%`))
          .get()!;
        const height = deepest === null ? 0 : deepest - depthOf(row.path);
        if (depthOf(newPath) + height > MAX_DEPTH) return { status: 'too_deep', deepest: depthOf(newPath) + height };
        tx.update(categories).set({ parentId: change.parentId, path: newPath }).where(eq(categories.id, id)).run();
        // Every descendant swaps the old prefix for the new one: '/1/4/9/12/' -> '/7/9/12/'.
        tx.update(categories)
          .set({ path: sql`${newPrefix} || substr(${categories.path}, ${oldPrefix.length + 1})` })
          .where(like(categories.path, `${oldPrefix}%`))
          .run();
      }
      if (change.name !== undefined) tx.update(categories).set({ name: change.name }).where(eq(categories.id, id)).run();
      return { status: 'moved', row: tx.select().from(categories).where(eq(categories.id, id)).get()! };
    },
    { behavior: 'immediate' },
  );
}
