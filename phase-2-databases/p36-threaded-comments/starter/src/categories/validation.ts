// The input rules of categories and their items (SPEC Interface, "Fields").
import { HttpError } from '../errors.js';

export const MAX_NAME = 100;
export const MAX_ITEM_TITLE = 200;

export interface NewCategory {
  name: string;
  /** null: a root category. */
  parentId: number | null;
}

/** A PATCH: a new name, a new parent (null: to the root), or both. */
export interface CategoryChange {
  name?: string;
  parentId?: number | null;
}

/** TODO (Task 4): { name, parentId? }; a missing parentId is null. */
export function parseNewCategory(body: unknown): NewCategory {
  void body;
  throw new Error('Not implemented: parseNewCategory (Task 4)');
}

/** TODO (Task 5): { name?, parentId? } with at least one; keep "absent" (no move) apart from null (to the root). */
export function parseCategoryChange(body: unknown): CategoryChange {
  void body;
  throw new Error('Not implemented: parseCategoryChange (Task 5)');
}

/** TODO (Task 4): { title } of an item. */
export function parseNewItem(body: unknown): string {
  void body;
  throw new Error('Not implemented: parseNewItem (Task 4)');
}

export function categoryNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no category ${id}.`);
}
