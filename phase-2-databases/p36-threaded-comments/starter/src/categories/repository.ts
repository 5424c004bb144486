// Every query on categories and items. How you read the tree (recursive CTEs or materialised
// paths) is yours to choose: SPEC, "Two ways to store a tree".
import type { Db } from '../db/client.js';
import type { CategoryRow } from '../db/schema.js';
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

/** TODO (Task 4): the category with this id, or undefined. */
export function findCategory(db: Db, id: number): CategoryRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findCategory (Task 4)');
}

/** TODO (Task 4): every category with itemCount and totalItemCount (SPEC Task 4), in id order. */
export function allCategories(db: Db): CountedCategory[] {
  void db;
  throw new Error('Not implemented: allCategories (Task 4)');
}

/** TODO (Task 4): a category and every category below it, with their counts, in id order. */
export function categorySubtree(db: Db, root: CategoryRow): CountedCategory[] {
  void [db, root];
  throw new Error('Not implemented: categorySubtree (Task 4)');
}

/** TODO (Task 4): the categories from the root down to `row` itself. */
export function breadcrumbs(db: Db, row: CategoryRow): Array<{ id: number; name: string }> {
  void [db, row];
  throw new Error('Not implemented: breadcrumbs (Task 4)');
}

/** TODO (Task 4): in one transaction: the parent (if any) must exist, the depth stay within 5; insert. */
export function insertCategory(db: Db, input: NewCategory): CreateResult {
  void [db, input];
  throw new Error('Not implemented: insertCategory (Task 4)');
}

/** TODO (Task 4): file an item in a category and return its row. */
export function insertItem(db: Db, categoryId: number, title: string): { id: number; categoryId: number; title: string } {
  void [db, categoryId, title];
  throw new Error('Not implemented: insertItem (Task 4)');
}

/**
 * TODO (Task 5): rename and/or move with the whole subtree, in one immediate transaction, with
 * the checks of SPEC Task 5 in the order of the Interface (parent missing, cycle, too deep).
 * A refused change writes nothing.
 */
export function changeCategory(db: Db, id: number, change: CategoryChange): MoveResult {
  void [db, id, change];
  throw new Error('Not implemented: changeCategory (Task 5)');
}
