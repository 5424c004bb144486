// The questions a cook asks across recipes: which can I make with what I have, and what must I
// buy for these. Both read the N-N link: recipes -> recipe_ingredients -> ingredients.
import type { Db } from '../db/client.js';
import type { BaseUnit } from '../db/schema.js';
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
 * TODO (Task 5): the recipes that use at least one of `have` ('any') or whose every ingredient
 * is in `have` ('all'), each with its missing ingredients, in the order of SPEC Task 5.
 */
export function cookWith(db: Db, have: string[], match: Match): CookWithItem[] {
  void [db, have, match];
  throw new Error('Not implemented: cookWith (Task 5)');
}

/**
 * TODO (Task 6): 'missing' with the index of every request naming an unknown recipe; else every
 * line of every requested recipe, scaled as Task 4 shows it and summed as SPEC Task 6 says.
 */
export function shoppingList(db: Db, requests: ShoppingRequest[]): ShoppingResult {
  void [db, requests];
  throw new Error('Not implemented: shoppingList (Task 6)');
}
