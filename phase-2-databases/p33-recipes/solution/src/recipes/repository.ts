// Recipes and their ingredient lines. A recipe is written with all its lines at once (a
// "nested write"): the recipe row, one ingredients row per new name, one recipe_ingredients row
// per line. Each write is ONE transaction, so a bad line anywhere leaves nothing behind: not the
// recipe, not the earlier lines, not the ingredients those lines introduced.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { ingredients, recipeIngredients, recipes, type BaseUnit, type RecipeRow } from '../db/schema.js';
import type { LineInput, RecipeInput } from './validation.js';

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

/** Anything that can run queries: the database, or a transaction inside it. */
type Queryable = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>;

/**
 * Thrown inside a transaction to abandon it: drizzle rolls back when the callback throws, and
 * commits when it returns, so "return an error result" from inside would keep the earlier writes.
 */
class DuplicateLine extends Error {
  constructor(readonly index: number) {
    super(`line ${index} repeats an ingredient`);
  }
}

/** The id of the ingredient with this (normalised) name, created when it is new. */
function ingredientId(tx: Queryable, name: string): number {
  tx.insert(ingredients).values({ name }).onConflictDoNothing().run();
  return tx.select({ id: ingredients.id }).from(ingredients).where(eq(ingredients.name, name)).get()!.id;
}

/**
 * Inserts the lines one by one. The primary key (recipe_id, ingredient_id) refuses a second line
 * for the same ingredient; the index of the line it refused is what the client needs to know.
 */
function insertLines(tx: Queryable, recipeId: number, lines: LineInput[]): void {
  lines.forEach((line, index) => {
    try {
      tx.insert(recipeIngredients)
        .values({ recipeId, ingredientId: ingredientId(tx, line.ingredient), position: index, quantity: line.quantity, unit: line.unit })
        .run();
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateLine(index);
      throw error;
    }
  });
}

/** Runs a nested write; a DuplicateLine thrown inside has rolled everything back by the time it is caught. */
function nestedWrite(db: Db, write: (tx: Queryable) => WriteResult): WriteResult {
  try {
    return db.transaction(write);
  } catch (error) {
    if (error instanceof DuplicateLine) return { status: 'duplicate', index: error.index };
    throw error;
  }
}

export function createRecipe(db: Db, input: RecipeInput, now: Date): WriteResult {
  return nestedWrite(db, (tx) => {
    const recipe = tx
      .insert(recipes)
      .values({ title: input.title, servings: input.servings, createdAt: now, updatedAt: now })
      .returning()
      .get();
    insertLines(tx, recipe.id, input.lines);
    return { status: 'saved', view: { recipe, lines: findLines(tx, recipe.id) } };
  });
}

/** Replaces title, servings and every line; the old lines go only if the new ones all fit. */
export function replaceRecipe(db: Db, id: number, input: RecipeInput, now: Date): WriteResult {
  return nestedWrite(db, (tx) => {
    const recipe = tx
      .update(recipes)
      .set({ title: input.title, servings: input.servings, updatedAt: now })
      .where(eq(recipes.id, id))
      .returning()
      .get();
    if (!recipe) return { status: 'missing' };
    tx.delete(recipeIngredients).where(eq(recipeIngredients.recipeId, id)).run();
    insertLines(tx, id, input.lines);
    return { status: 'saved', view: { recipe, lines: findLines(tx, id) } };
  });
}

/** The lines of a recipe in the order they were sent. */
export function findLines(db: Pick<Db, 'select'>, recipeId: number): LineView[] {
  return db
    .select({ ingredient: ingredients.name, quantity: recipeIngredients.quantity, unit: recipeIngredients.unit })
    .from(recipeIngredients)
    .innerJoin(ingredients, eq(ingredients.id, recipeIngredients.ingredientId))
    .where(eq(recipeIngredients.recipeId, recipeId))
    .orderBy(asc(recipeIngredients.position))
    .all();
}

export function findRecipe(db: Db, id: number): RecipeView | undefined {
  const recipe = db.select().from(recipes).where(eq(recipes.id, id)).get();
  return recipe && { recipe, lines: findLines(db, id) };
}

/** Deletes the recipe; its lines go with it (ON DELETE CASCADE). True when there was one. */
export function deleteRecipe(db: Db, id: number): boolean {
  return db.delete(recipes).where(eq(recipes.id, id)).run().changes > 0;
}
