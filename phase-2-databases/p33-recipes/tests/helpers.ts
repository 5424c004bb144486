// Shared by the p33 suite: starting an app on a temporary database, the shapes the Interface
// promises, small API steps that must succeed, and row counts read straight from the file.
import { expect } from 'vitest';
import { expectStatus, startDbApp, withRawDb, type AppLike, type FakeClock, type HttpResponse, type RawDb, type StartedDbApp, type TestServer } from '#testkit';

export interface AppModule {
  createApp: (options: { dbFile: string; now?: () => Date }) => AppLike;
}

export interface LineJson {
  ingredient: string;
  quantity: number;
  unit: string;
}

export interface RecipeJson {
  id: number;
  title: string;
  servings: number;
  lines: LineJson[];
  createdAt: string;
  updatedAt: string;
}

export interface LineInput {
  ingredient: string;
  quantity: unknown;
  unit: string;
}

export interface RecipeInput {
  title: string;
  servings: number;
  lines: LineInput[];
}

export const RECIPE_FIELDS = ['createdAt', 'id', 'lines', 'servings', 'title', 'updatedAt'];
export const LINE_FIELDS = ['ingredient', 'quantity', 'unit'];

export const START = '2026-05-04T10:00:00.000Z';

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: START });
}

/** Asserts that the body is a recipe with exactly the fields of the Interface. */
export function expectRecipe(res: HttpResponse): RecipeJson {
  const recipe = res.json as RecipeJson;
  expect(recipe, `${res.request}: the body should be a recipe, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(recipe ?? {}).sort(), `${res.request}: a recipe has exactly the fields ${RECIPE_FIELDS.join(', ')}`).toEqual(RECIPE_FIELDS);
  expect(Array.isArray(recipe.lines), `${res.request}: lines should be an array`).toBe(true);
  for (const line of recipe.lines) {
    expect(Object.keys(line).sort(), `${res.request}: a line has exactly the fields ${LINE_FIELDS.join(', ')}`).toEqual(LINE_FIELDS);
  }
  return recipe;
}

/** The Pancakes of the SPEC: 4 servings, four lines in four units. */
export const PANCAKES: RecipeInput = {
  title: 'Pancakes',
  servings: 4,
  lines: [
    { ingredient: '  Plain   FLOUR ', quantity: 0.25, unit: 'kg' },
    { ingredient: 'Milk', quantity: 0.5, unit: 'l' },
    { ingredient: 'egg', quantity: 2, unit: 'pc' },
    { ingredient: 'sugar', quantity: 1, unit: 'tbsp' },
  ],
};

/** The Pancakes as the API shows them. */
export const PANCAKE_LINES: LineJson[] = [
  { ingredient: 'plain flour', quantity: 250, unit: 'g' },
  { ingredient: 'milk', quantity: 500, unit: 'ml' },
  { ingredient: 'egg', quantity: 2, unit: 'pc' },
  { ingredient: 'sugar', quantity: 15, unit: 'ml' },
];

/** A recipe of `servings` with lines given as [ingredient, quantity, unit]. */
export function recipe(title: string, servings: number, ...lines: Array<[string, unknown, string]>): RecipeInput {
  return { title, servings, lines: lines.map(([ingredient, quantity, unit]) => ({ ingredient, quantity, unit })) };
}

/** POST /recipes that must succeed. */
export async function createRecipe(api: TestServer, input: RecipeInput): Promise<RecipeJson> {
  const res = await api.post('/recipes', { json: input });
  expectStatus(res, 201);
  return expectRecipe(res);
}

/** GET /recipes/:id (with a query) that must succeed. */
export async function getRecipe(api: TestServer, id: number, query = ''): Promise<RecipeJson> {
  const res = await api.get(`/recipes/${id}${query}`);
  expectStatus(res, 200);
  return expectRecipe(res);
}

/** How many rows each table of the Interface holds. */
export interface Counts {
  recipes: number;
  ingredients: number;
  recipe_ingredients: number;
}

export function counts(dbFile: string): Counts {
  return withRawDb(dbFile, (db: RawDb) => ({
    recipes: db.prepare('SELECT count(*) FROM recipes').pluck().get() as number,
    ingredients: db.prepare('SELECT count(*) FROM ingredients').pluck().get() as number,
    recipe_ingredients: db.prepare('SELECT count(*) FROM recipe_ingredients').pluck().get() as number,
  }));
}

/** Every ingredient name in the table, sorted. */
export function ingredientNames(dbFile: string): string[] {
  return withRawDb(dbFile, (db) => (db.prepare('SELECT name FROM ingredients').pluck().all() as string[]).sort());
}

/** The stored lines of a recipe: [name, quantity, typeof(quantity), unit], in position order. */
export function storedLines(dbFile: string, recipeId: number): Array<[string, unknown, string, string]> {
  return withRawDb(dbFile, (db) =>
    (
      db
        .prepare(
          'SELECT i.name AS name, ri.quantity AS quantity, typeof(ri.quantity) AS type, ri.unit AS unit FROM recipe_ingredients ri JOIN ingredients i ON i.id = ri.ingredient_id WHERE ri.recipe_id = ? ORDER BY ri.position',
        )
        .all(recipeId) as Array<{ name: string; quantity: unknown; type: string; unit: string }>
    ).map((row) => [row.name, row.quantity, row.type, row.unit]),
  );
}
