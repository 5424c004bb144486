// The alternative's recipe store: repeated ingredients are refused by validation, so a write
// here is a transaction of bulk statements; any database error still rolls it all back.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { ingredients, recipeIngredients, recipes, type BaseUnit, type RecipeRow } from '../db/schema.js';
import type { LineInput, RecipeInput } from './validation.js';

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

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Ingredient ids by name, creating the new names with one upsert each. */
function ingredientIds(tx: Tx, names: string[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const name of names) {
    const row = tx
      .insert(ingredients)
      .values({ name })
      .onConflictDoUpdate({ target: ingredients.name, set: { name: sql`excluded.name` } })
      .returning({ id: ingredients.id })
      .get();
    ids.set(name, row.id);
  }
  return ids;
}

function writeLines(tx: Tx, recipeId: number, lines: LineInput[]): void {
  const ids = ingredientIds(tx, lines.map((line) => line.ingredient));
  tx.insert(recipeIngredients)
    .values(lines.map((line, position) => ({ recipeId, ingredientId: ids.get(line.ingredient)!, position, quantity: line.quantity, unit: line.unit })))
    .run();
}

export function createRecipe(db: Db, input: RecipeInput, now: Date): WriteResult {
  return db.transaction((tx) => {
    const [recipe] = tx.insert(recipes).values({ title: input.title, servings: input.servings, createdAt: now, updatedAt: now }).returning().all();
    writeLines(tx, recipe!.id, input.lines);
    return { status: 'saved', view: { recipe: recipe!, lines: findLines(tx, recipe!.id) } };
  });
}

export function replaceRecipe(db: Db, id: number, input: RecipeInput, now: Date): WriteResult {
  return db.transaction((tx) => {
    if (!tx.select({ id: recipes.id }).from(recipes).where(eq(recipes.id, id)).get()) return { status: 'missing' };
    tx.delete(recipeIngredients).where(eq(recipeIngredients.recipeId, id)).run();
    writeLines(tx, id, input.lines);
    const recipe = tx.update(recipes).set({ title: input.title, servings: input.servings, updatedAt: now }).where(eq(recipes.id, id)).returning().get()!;
    return { status: 'saved', view: { recipe, lines: findLines(tx, id) } };
  });
}

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
  const [recipe] = db.select().from(recipes).where(eq(recipes.id, id)).limit(1).all();
  return recipe ? { recipe, lines: findLines(db, id) } : undefined;
}

export function deleteRecipe(db: Db, id: number): boolean {
  return db.delete(recipes).where(eq(recipes.id, id)).returning({ id: recipes.id }).all().length === 1;
}
