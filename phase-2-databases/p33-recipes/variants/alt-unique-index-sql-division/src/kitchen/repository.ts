// The questions a cook asks across recipes: which can I make with what I have, and what must I
// buy for these. Both read the N-N link: recipes -> recipe_ingredients -> ingredients.
import { and, asc, eq, inArray, not, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { ingredients, recipeIngredients, recipes, type BaseUnit } from '../db/schema.js';
import { scaleQuantity } from '../units.js';
import type { Match, ShoppingRequest } from './validation.js';

export interface CookWithItem {
  id: number;
  title: string;
  servings: number;
  /** The recipe's ingredients that are not in `have`, by name. */
  missing: string[];
}

export interface ShoppingItem {
  ingredient: string;
  quantity: number;
  unit: BaseUnit;
}

export type ShoppingResult = { status: 'ok'; items: ShoppingItem[] } | { status: 'missing'; indexes: number[] };

/**
 * Relational division in SQL: per recipe, count its lines and the lines whose ingredient is in
 * `have`. 'any' keeps the recipes with at least one such line, 'all' those where the two counts
 * are equal. The missing names come from a second query.
 */
export function cookWith(db: Db, have: string[], match: Match): CookWithItem[] {
  const owned = inArray(ingredients.name, have);
  const haveCount = sql<number>`sum(case when ${owned} then 1 else 0 end)`;
  const lineCount = sql<number>`count(*)`;
  const found = db
    .select({ id: recipes.id, title: recipes.title, servings: recipes.servings, missingCount: sql<number>`${lineCount} - ${haveCount}` })
    .from(recipes)
    .innerJoin(recipeIngredients, eq(recipeIngredients.recipeId, recipes.id))
    .innerJoin(ingredients, eq(ingredients.id, recipeIngredients.ingredientId))
    .groupBy(recipes.id)
    .having(match === 'all' ? sql`${haveCount} = ${lineCount}` : sql`${haveCount} > 0`)
    .orderBy(sql`${lineCount} - ${haveCount}`, asc(recipes.id))
    .all();
  if (found.length === 0) return [];
  const missingRows = db
    .select({ id: recipeIngredients.recipeId, name: ingredients.name })
    .from(recipeIngredients)
    .innerJoin(ingredients, eq(ingredients.id, recipeIngredients.ingredientId))
    .where(and(inArray(recipeIngredients.recipeId, found.map((row) => row.id)), not(owned)))
    .orderBy(asc(ingredients.name))
    .all();
  return found.map(({ id, title, servings }) => ({ id, title, servings, missing: missingRows.filter((row) => row.id === id).map((row) => row.name) }));
}

/** Compares strings by UTF-16 code units, as SQLite's default BINARY collation and sort() do. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every line of the requested recipes, each scaled to the servings asked and rounded as
 * GET /recipes/:id?servings= shows it, then summed per ingredient AND unit: 200 g of butter and
 * 15 ml of butter are two items, never "215". Read in one transaction: one consistent snapshot.
 */
export function shoppingList(db: Db, requests: ShoppingRequest[]): ShoppingResult {
  return db.transaction((tx) => {
    const ids = [...new Set(requests.map((request) => request.id))];
    const found = new Map(tx.select().from(recipes).where(inArray(recipes.id, ids)).all().map((recipe) => [recipe.id, recipe]));
    const indexes = requests.flatMap((request, index) => (found.has(request.id) ? [] : [index]));
    if (indexes.length > 0) return { status: 'missing', indexes };

    const lines = tx
      .select({ recipeId: recipeIngredients.recipeId, ingredient: ingredients.name, quantity: recipeIngredients.quantity, unit: recipeIngredients.unit })
      .from(recipeIngredients)
      .innerJoin(ingredients, eq(ingredients.id, recipeIngredients.ingredientId))
      .where(inArray(recipeIngredients.recipeId, ids))
      .all();

    const totals = new Map<string, ShoppingItem>();
    for (const request of requests) {
      const recipe = found.get(request.id)!;
      const servings = request.servings ?? recipe.servings;
      for (const line of lines.filter((candidate) => candidate.recipeId === recipe.id)) {
        const key = `${line.ingredient}\u0000${line.unit}`;
        const item = totals.get(key) ?? { ingredient: line.ingredient, quantity: 0, unit: line.unit };
        item.quantity += scaleQuantity(line.quantity, recipe.servings, servings);
        totals.set(key, item);
      }
    }
    const items = [...totals.values()].sort((a, b) => byCodeUnit(a.ingredient, b.ingredient) || byCodeUnit(a.unit, b.unit));
    return { status: 'ok', items };
  });
}
