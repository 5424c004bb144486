// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
//
// A recipe and an ingredient are in a many-to-many relation: a recipe uses many ingredients, an
// ingredient appears in many recipes. The link table recipe_ingredients carries attributes of
// its own (how much, in which unit, in which place of the list): an N-N "with attributes".
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const recipes = sqliteTable(
  'recipes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    servings: integer('servings').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // TODO (Task 1): a CHECK that servings is between 1 and 100.
);

export const ingredients = sqliteTable(
  'ingredients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Always stored normalised (trimmed, lower-case, single spaces): "Plain  Flour" and
    // "plain flour" are one ingredient, and the unique index keeps it to one row.
    name: text('name').notNull(),
  },
  // TODO (Task 1): a unique index on name.
);

/** The base units every quantity is stored in: grams, millilitres, pieces. */
export const BASE_UNITS = ['g', 'ml', 'pc'] as const;
export type BaseUnit = (typeof BASE_UNITS)[number];

export const recipeIngredients = sqliteTable(
  'recipe_ingredients',
  {
    // TODO (Task 1): a reference to recipes.id; deleting the recipe deletes its lines.
    recipeId: integer('recipe_id').notNull(),
    // TODO (Task 1): a reference to ingredients.id.
    ingredientId: integer('ingredient_id').notNull(),
    // 0, 1, 2...: the order the lines were sent in.
    position: integer('position').notNull(),
    // A whole number of the base unit: never a float, so that scaling and summing are exact.
    quantity: integer('quantity').notNull(),
    unit: text('unit', { enum: BASE_UNITS }).notNull(),
  },
  // TODO (Task 1): the primary key (recipe_id, ingredient_id), a CHECK that quantity is a whole
  // number from 1 to 1000000 (mind SQLite's type affinity: the SPEC explains the trap), and a
  // CHECK that unit is one of g, ml, pc. Then `npx drizzle-kit generate` in your project folder.
);

export type RecipeRow = typeof recipes.$inferSelect;
