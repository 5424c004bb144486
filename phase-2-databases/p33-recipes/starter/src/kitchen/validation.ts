// The input rules of the two kitchen questions: what can I cook, and what must I buy.
import { z } from 'zod';
import { servings } from '../recipes/validation.js';
import { normaliseName } from '../units.js';
import { validate } from '../validation.js';

export const MAX_HAVE = 20;
export const MAX_SHOPPING_RECIPES = 20;

export type Match = 'all' | 'any';

export interface CookWithQuery {
  have: string[];
  match: Match;
}

export interface ShoppingRequest {
  id: number;
  servings?: number;
}

const HAVE_MESSAGE = 'name at least one ingredient, e.g. have=flour,eggs';

// An empty search is a question without content: it is answered with a 400 that says so, not
// with every recipe (nothing is required) or with none (nothing is had).
const cookWithQuery = z.object({
  have: z
    .string({ error: HAVE_MESSAGE })
    .transform((raw) => [...new Set(raw.split(',').map(normaliseName).filter((name) => name !== ''))].sort())
    .pipe(z.array(z.string()).min(1, HAVE_MESSAGE).max(MAX_HAVE, `name at most ${MAX_HAVE} ingredients`)),
  match: z.enum(['all', 'any'], 'must be all or any').default('all'),
});

/** `?have=` and `?match=` of GET /cook-with. Other query parameters are ignored. */
export function parseCookWith(query: unknown): CookWithQuery {
  return validate(cookWithQuery, query);
}

const shoppingBody = z.strictObject({
  recipes: z
    .array(z.strictObject({ id: z.int().min(1).max(Number.MAX_SAFE_INTEGER), servings: servings.optional() }))
    .min(1)
    .max(MAX_SHOPPING_RECIPES),
});

export function parseShoppingList(body: unknown): ShoppingRequest[] {
  return validate(shoppingBody, body).recipes;
}
