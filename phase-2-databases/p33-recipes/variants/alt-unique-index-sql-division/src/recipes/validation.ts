// The input rules of a recipe: a title, a number of servings, and its ingredient lines. Each
// line's quantity is converted to its base unit here, exactly, so the rest of the code only
// ever sees whole grams, millilitres and pieces.
import { z } from 'zod';
import type { BaseUnit } from '../db/schema.js';
import { UNIT_NAMES, normaliseName, toBaseQuantity } from '../units.js';
import { validate, wholeNumber } from '../validation.js';

export const MAX_TITLE_LENGTH = 100;
export const MAX_NAME_LENGTH = 60;
export const MAX_SERVINGS = 100;
export const MAX_LINES = 50;

/** A line ready to store: the normalised ingredient name and the quantity in its base unit. */
export interface LineInput {
  ingredient: string;
  quantity: number;
  unit: BaseUnit;
}

export interface RecipeInput {
  title: string;
  servings: number;
  lines: LineInput[];
}

// Stored exactly as sent: quotes, semicolons and all (the queries are parameterised).
const title = z
  .string()
  .max(MAX_TITLE_LENGTH)
  .refine((value) => value.trim() !== '', 'must not be blank');

export const servings = z.int().min(1).max(MAX_SERVINGS);

/** Normalised first, then checked: the limits apply to the name as it will be stored. */
export const ingredientName = z
  .string()
  .transform(normaliseName)
  .pipe(
    z
      .string()
      .min(1, 'must not be blank')
      .max(MAX_NAME_LENGTH)
      // A comma separates names in the cook-with search, so no name may contain one.
      .refine((value) => !value.includes(','), 'must not contain a comma'),
  );

const line = z
  .strictObject({
    ingredient: ingredientName,
    quantity: z.number().positive(),
    unit: z.enum(UNIT_NAMES, `must be one of ${UNIT_NAMES.join(', ')}`),
  })
  .transform((value, ctx): LineInput => {
    const base = toBaseQuantity(value.quantity, value.unit);
    if (typeof base === 'string') {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: base, input: value.quantity });
      return z.NEVER;
    }
    return { ingredient: value.ingredient, ...base };
  });

// Two lines naming one ingredient are NOT refused here: the primary key (recipe_id,
// ingredient_id) refuses the second one when it is inserted, and the repository turns that into
// a 400 for its line. The database is the one place that sees every write.
const recipeBody = z
  .strictObject({
    title,
    servings,
    lines: z.array(line).min(1).max(MAX_LINES),
  })
  // This alternative finds repeated ingredients here, before any write.
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.lines.forEach((entry, index) => {
      if (seen.has(entry.ingredient)) ctx.addIssue({ code: 'custom', path: ['lines', index, 'ingredient'], message: `${entry.ingredient} is already in an earlier line` });
      seen.add(entry.ingredient);
    });
  });

export function parseRecipe(body: unknown): RecipeInput {
  return validate(recipeBody, body);
}

const readQuery = z.object({ servings: wholeNumber(1, MAX_SERVINGS).optional() });

/** `?servings=` of GET /recipes/:id, when given. Other query parameters are ignored. */
export function parseServingsQuery(query: unknown): number | undefined {
  return validate(readQuery, query).servings;
}
