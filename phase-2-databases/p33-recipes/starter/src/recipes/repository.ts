// Recipes and their ingredient lines. A recipe is written with all its lines at once (a
// "nested write"): the recipe row, one ingredients row per new name, one recipe_ingredients row
// per line. Each write is ONE transaction, so a bad line anywhere leaves nothing behind: not the
// recipe, not the earlier lines, not the ingredients those lines introduced.
import type { Db } from '../db/client.js';
import type { BaseUnit, RecipeRow } from '../db/schema.js';
import type { RecipeInput } from './validation.js';

/** A line as stored, with its ingredient's name. */
export interface LineView {
  ingredient: string;
  quantity: number;
  unit: BaseUnit;
}

export interface RecipeView {
  recipe: RecipeRow;
  lines: LineView[];
}

export type WriteResult = { status: 'saved'; view: RecipeView } | { status: 'duplicate'; index: number } | { status: 'missing' };

/**
 * TODO (Task 2): save the recipe and its lines in ONE transaction (SPEC Task 2, "The nested
 * write"): the recipe row, each line's ingredient (found or created by its normalised name), each
 * line. Return 'saved' with the recipe as stored, or 'duplicate' with the index of the first line
 * that repeats an ingredient; then nothing at all may be left in any table.
 */
export function createRecipe(db: Db, input: RecipeInput, now: Date): WriteResult {
  void [db, input, now];
  throw new Error('Not implemented: createRecipe (Task 2)');
}

/**
 * TODO (Task 3): replace title, servings and every line of recipe `id` in ONE transaction
 * (SPEC Task 3): 'missing' for an unknown recipe, 'duplicate' as in createRecipe, else 'saved'.
 * A refused replace leaves the recipe and its old lines as they were.
 */
export function replaceRecipe(db: Db, id: number, input: RecipeInput, now: Date): WriteResult {
  void [db, id, input, now];
  throw new Error('Not implemented: replaceRecipe (Task 3)');
}

/** TODO (Task 2): the lines of a recipe, each with its ingredient's name, in the order they were sent. */
export function findLines(db: Pick<Db, 'select'>, recipeId: number): LineView[] {
  void [db, recipeId];
  throw new Error('Not implemented: findLines (Task 2)');
}

/** TODO (Task 2): the recipe and its lines, or undefined. */
export function findRecipe(db: Db, id: number): RecipeView | undefined {
  void [db, id];
  throw new Error('Not implemented: findRecipe (Task 2)');
}

/** TODO (Task 3): delete the recipe and its lines; true when there was one. */
export function deleteRecipe(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteRecipe (Task 3)');
}
