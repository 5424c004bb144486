// The input rules of categories and their items.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { parentId, text, validate } from '../validation.js';

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

const createBody = z.strictObject({ name: text(MAX_NAME), parentId: parentId.default(null) });
const changeBody = z
  .strictObject({ name: text(MAX_NAME).optional(), parentId: parentId.optional() })
  .refine((body) => body.name !== undefined || body.parentId !== undefined, 'must change name, parentId or both');
const itemBody = z.strictObject({ title: text(MAX_ITEM_TITLE) });

export function parseNewCategory(body: unknown): NewCategory {
  return validate(createBody, body);
}

export function parseCategoryChange(body: unknown): CategoryChange {
  return validate(changeBody, body);
}

export function parseNewItem(body: unknown): string {
  return validate(itemBody, body).title;
}

export function categoryNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no category ${id}.`);
}
