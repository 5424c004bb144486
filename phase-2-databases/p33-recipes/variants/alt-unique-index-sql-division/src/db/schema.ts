// The alternative's schema: the link table has a surrogate id and a UNIQUE index on
// (recipe_id, ingredient_id) instead of a composite primary key, and the quantity rule compares
// the value with its rounding instead of asking typeof(). Built in two migrations: tables, then rules.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, unique, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const recipes = sqliteTable(
  'recipes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    servings: integer('servings').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [check('servings_1_to_100', sql`${t.servings} >= 1 AND ${t.servings} <= 100`)],
);

export const ingredients = sqliteTable('ingredients', { id: integer('id').primaryKey({ autoIncrement: true }), name: text('name').notNull() }, (t) => [
  uniqueIndex('ingredient_name_idx').on(t.name),
]);

export const BASE_UNITS = ['g', 'ml', 'pc'] as const;
export type BaseUnit = (typeof BASE_UNITS)[number];

export const recipeIngredients = sqliteTable(
  'recipe_ingredients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recipeId: integer('recipe_id')
      .notNull()
      .references(() => recipes.id, { onDelete: 'cascade', onUpdate: 'cascade' }),
    ingredientId: integer('ingredient_id')
      .notNull()
      .references(() => ingredients.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    quantity: integer('quantity').notNull(),
    unit: text('unit', { enum: BASE_UNITS }).notNull(),
  },
  (t) => [
    unique('one_line_per_ingredient').on(t.recipeId, t.ingredientId),
    check('quantity_whole_in_range', sql`${t.quantity} = round(${t.quantity}) AND ${t.quantity} BETWEEN 1 AND 1000000`),
    check('unit_is_base', sql`${t.unit} = 'g' OR ${t.unit} = 'ml' OR ${t.unit} = 'pc'`),
  ],
);

export type RecipeRow = typeof recipes.$inferSelect;
