// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
//
// A recipe and an ingredient are in a many-to-many relation: a recipe uses many ingredients, an
// ingredient appears in many recipes. The link table recipe_ingredients carries attributes of
// its own (how much, in which unit, in which place of the list): an N-N "with attributes".
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const recipes = sqliteTable(
  'recipes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    servings: integer('servings').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [check('recipes_servings_range', sql`${table.servings} BETWEEN 1 AND 100`)],
);

export const ingredients = sqliteTable(
  'ingredients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Always stored normalised (trimmed, lower-case, single spaces): "Plain  Flour" and
    // "plain flour" are one ingredient, and the unique index keeps it to one row.
    name: text('name').notNull(),
  },
  (table) => [uniqueIndex('ingredients_name_unique').on(table.name)],
);

/** The base units every quantity is stored in: grams, millilitres, pieces. */
export const BASE_UNITS = ['g', 'ml', 'pc'] as const;
export type BaseUnit = (typeof BASE_UNITS)[number];

export const recipeIngredients = sqliteTable(
  'recipe_ingredients',
  {
    // A line belongs to its recipe: deleting the recipe deletes its lines.
    recipeId: integer('recipe_id')
      .notNull()
      .references(() => recipes.id, { onDelete: 'cascade' }),
    // No cascade: an ingredient used by a recipe cannot disappear from under it.
    ingredientId: integer('ingredient_id')
      .notNull()
      .references(() => ingredients.id),
    // 0, 1, 2...: the order the lines were sent in.
    position: integer('position').notNull(),
    // A whole number of the base unit: never a float, so that scaling and summing are exact.
    quantity: integer('quantity').notNull(),
    unit: text('unit', { enum: BASE_UNITS }).notNull(),
  },
  (table) => [
    // One line per ingredient in a recipe; the pair is also the row's identity.
    primaryKey({ columns: [table.recipeId, table.ingredientId] }),
    // typeof() matters: a column declared INTEGER still stores 2.5 as a REAL (SQLite's type
    // affinity only converts values that are whole), so `quantity > 0` alone would let it in.
    check('recipe_ingredients_quantity_whole', sql`typeof(${table.quantity}) = 'integer' AND ${table.quantity} BETWEEN 1 AND 1000000`),
    check('recipe_ingredients_unit_base', sql`${table.unit} IN ('g', 'ml', 'pc')`),
  ],
);

export type RecipeRow = typeof recipes.$inferSelect;
