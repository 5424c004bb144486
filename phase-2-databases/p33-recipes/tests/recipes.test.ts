// The hidden suite of p33 recipes. It reaches the app only through what SPEC.md's Interface
// promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), the drizzle/
// migrations, and the tables and columns the Interface names (recipes, ingredients,
// recipe_ingredients), which the checks read and write directly to prove what the database keeps.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectNo5xx, expectStatus, load, serve, tempDbFile, withRawDb, type HttpResponse, type RawDb, type TestServer } from '#testkit';
import {
  PANCAKES,
  PANCAKE_LINES,
  START,
  counts,
  createRecipe,
  expectRecipe,
  getRecipe,
  ingredientNames,
  recipe,
  start,
  storedLines,
  type AppModule,
} from './helpers.js';

const HOUR = 3_600_000;

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next.
beforeEach(() => {
  vi.resetModules();
});

/** The SQLite error code of running `sql` on the file (foreign keys on), or 'accepted'. */
function rawWrite(dbFile: string, sql: string, ...params: unknown[]): string {
  return withRawDb(dbFile, (db: RawDb) => {
    db.pragma('foreign_keys = ON');
    try {
      db.prepare(sql).run(...params);
      return 'accepted';
    } catch (error) {
      return String((error as { code?: unknown }).code ?? error);
    }
  });
}

const COLUMNS: Record<string, string[]> = {
  recipes: ['created_at', 'id', 'servings', 'title', 'updated_at'],
  ingredients: ['id', 'name'],
  recipe_ingredients: ['ingredient_id', 'position', 'quantity', 'recipe_id', 'unit'],
};

const INSERT_RECIPE = 'INSERT INTO recipes (title, servings, created_at, updated_at) VALUES (?, ?, 0, 0)';
const INSERT_INGREDIENT = 'INSERT INTO ingredients (name) VALUES (?)';
const INSERT_LINE = 'INSERT INTO recipe_ingredients (recipe_id, ingredient_id, position, quantity, unit) VALUES (?, ?, ?, ?, ?)';

/** createApp({ dbFile, now }) (which applies the migrations), then app.locals.close(). */
async function openAndClose(dbFile: string): Promise<void> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  const app = createApp({ dbFile, now: () => new Date(START) });
  expect(typeof app.locals?.close, 'typeof app.locals.close (the given app.ts sets it)').toBe('function');
  await app.locals?.close?.();
}

/** A recipe and two ingredients written with plain SQL: [recipeId, flourId, milkId]. */
function seed(dbFile: string): [number, number, number] {
  expect(rawWrite(dbFile, INSERT_RECIPE, 'Raw', 4), 'INSERT INTO recipes a recipe with servings 4').toBe('accepted');
  expect(rawWrite(dbFile, INSERT_INGREDIENT, 'flour'), "INSERT INTO ingredients 'flour'").toBe('accepted');
  expect(rawWrite(dbFile, INSERT_INGREDIENT, 'milk'), "INSERT INTO ingredients 'milk'").toBe('accepted');
  return withRawDb(dbFile, (db) => [
    db.prepare('SELECT max(id) FROM recipes').pluck().get() as number,
    db.prepare("SELECT id FROM ingredients WHERE name = 'flour'").pluck().get() as number,
    db.prepare("SELECT id FROM ingredients WHERE name = 'milk'").pluck().get() as number,
  ]);
}

/** A 400 validation_failed naming `field`, and the tables exactly as they were. */
function expectRefusedLine(res: HttpResponse, field: string, dbFile: string, before: ReturnType<typeof counts>): void {
  expectInvalid(res, field);
  expect(counts(dbFile), `${res.request}: row counts of recipes, ingredients and recipe_ingredients after the refused request (nothing may be written)`).toEqual(before);
}

describe('Task 1: Design the tables and apply migrations', () => {
  it('createApp({ dbFile, now }) applies the drizzle-kit migrations: the three tables with the columns the Interface names', async () => {
    const dbFile = tempDbFile();
    await openAndClose(dbFile);
    expectMigrationsApplied(dbFile);
    const columns = withRawDb(dbFile, (db) =>
      Object.fromEntries(Object.keys(COLUMNS).map((table) => [table, (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).sort()])),
    );
    for (const [table, names] of Object.entries(COLUMNS)) {
      expect(columns[table], `the columns of the table ${table} after the migrations`).toEqual(expect.arrayContaining(names));
    }
  });

  it('the database itself refuses servings outside 1..100 and a second ingredient with the same name', async () => {
    const dbFile = tempDbFile();
    await openAndClose(dbFile);
    expect(rawWrite(dbFile, INSERT_RECIPE, 'Zero', 0), 'INSERT INTO recipes servings 0 (a CHECK on servings)').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_RECIPE, 'Many', 101), 'INSERT INTO recipes servings 101 (a CHECK on servings)').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_RECIPE, 'One', 1), 'INSERT INTO recipes servings 1').toBe('accepted');
    expect(rawWrite(dbFile, INSERT_RECIPE, 'Hundred', 100), 'INSERT INTO recipes servings 100').toBe('accepted');
    expect(rawWrite(dbFile, INSERT_INGREDIENT, 'salt'), "INSERT INTO ingredients 'salt'").toBe('accepted');
    expect(rawWrite(dbFile, INSERT_INGREDIENT, 'salt'), "INSERT INTO ingredients 'salt' a second time (a unique index on name)").toBe('SQLITE_CONSTRAINT_UNIQUE');
  });

  it('the database itself refuses lines of unknown recipes or ingredients, an ingredient twice in one recipe, and quantities or units that are not whole base units', async () => {
    const dbFile = tempDbFile();
    await openAndClose(dbFile);
    const [recipeId, flourId, milkId] = seed(dbFile);
    expect(rawWrite(dbFile, INSERT_LINE, recipeId, flourId, 0, 250, 'g'), 'INSERT INTO recipe_ingredients 250 g of flour').toBe('accepted');
    expect(rawWrite(dbFile, INSERT_LINE, 999, milkId, 1, 100, 'ml'), 'INSERT INTO recipe_ingredients a line of recipe 999 (a foreign key to recipes)').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(rawWrite(dbFile, INSERT_LINE, recipeId, 999, 1, 100, 'ml'), 'INSERT INTO recipe_ingredients a line of ingredient 999 (a foreign key to ingredients)').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(rawWrite(dbFile, INSERT_LINE, recipeId, flourId, 1, 100, 'g'), 'INSERT INTO recipe_ingredients a second line of flour in the same recipe (primary key (recipe_id, ingredient_id))').toMatch(
      /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/,
    );
    expect(rawWrite(dbFile, INSERT_LINE, recipeId, milkId, 1, 0, 'ml'), 'INSERT INTO recipe_ingredients quantity 0 (a CHECK)').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_LINE, recipeId, milkId, 1, 2.5, 'ml'), 'INSERT INTO recipe_ingredients quantity 2.5 (a CHECK that the quantity is an integer: typeof)').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_LINE, recipeId, milkId, 1, 1_000_001, 'ml'), 'INSERT INTO recipe_ingredients quantity 1000001 (a CHECK)').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_LINE, recipeId, milkId, 1, 1, 'kg'), "INSERT INTO recipe_ingredients unit 'kg' (a CHECK: only g, ml, pc are stored)").toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_LINE, recipeId, milkId, 1, 1_000_000, 'ml'), 'INSERT INTO recipe_ingredients 1000000 ml of milk').toBe('accepted');
    expect(rawWrite(dbFile, 'UPDATE recipe_ingredients SET unit = ? WHERE ingredient_id = ?', 'pc', milkId), "UPDATE recipe_ingredients SET unit = 'pc'").toBe('accepted');
    expect(rawWrite(dbFile, 'UPDATE recipe_ingredients SET unit = ? WHERE ingredient_id = ?', 'tbsp', milkId), "UPDATE recipe_ingredients SET unit = 'tbsp' (a CHECK)").toBe('SQLITE_CONSTRAINT_CHECK');
  });

  it('deleting a recipe row deletes its lines with it (ON DELETE CASCADE), and keeps the ingredients', async () => {
    const dbFile = tempDbFile();
    await openAndClose(dbFile);
    const [recipeId, flourId, milkId] = seed(dbFile);
    expect(rawWrite(dbFile, INSERT_LINE, recipeId, flourId, 0, 250, 'g'), 'INSERT INTO recipe_ingredients 250 g of flour').toBe('accepted');
    expect(rawWrite(dbFile, INSERT_LINE, recipeId, milkId, 1, 500, 'ml'), 'INSERT INTO recipe_ingredients 500 ml of milk').toBe('accepted');
    expect(rawWrite(dbFile, 'DELETE FROM recipes WHERE id = ?', recipeId), 'DELETE FROM recipes the recipe (its lines must go with it)').toBe('accepted');
    expect(counts(dbFile), 'rows after deleting the only recipe').toEqual({ recipes: 0, ingredients: 2, recipe_ingredients: 0 });
  });
});

describe('Task 2: Create and read recipes', () => {
  it('POST /recipes saves the recipe with its lines converted to base units, in the order sent; GET /recipes/:id reads it back', async () => {
    const { api } = await start();
    const res = await api.post('/recipes', { json: PANCAKES });
    expectStatus(res, 201);
    const created = expectRecipe(res);
    expect(created.id, `${res.request}: id`).toBeGreaterThan(0);
    expect(res.headers.get('location'), `${res.request}: Location`).toBe(`/recipes/${created.id}`);
    expect(created, `${res.request}: the Pancakes of the SPEC`).toEqual({ id: created.id, title: 'Pancakes', servings: 4, lines: PANCAKE_LINES, createdAt: START, updatedAt: START });
    expect(await getRecipe(api, created.id), `GET /recipes/${created.id}`).toEqual(created);
  });

  it('stores quantities as whole base units and names normalised: one ingredients row for "  Plain   FLOUR " and "plain flour"', async () => {
    const { api, dbFile } = await start();
    const pancakes = await createRecipe(api, PANCAKES);
    const bread = await createRecipe(api, recipe('Bread', 2, ['plain flour', 500, 'g'], ['Salt', 1, 'tsp'], ['\tMILK\n', 1, 'l']));
    expect(bread.lines.map((line) => line.ingredient), 'the names of the bread as shown').toEqual(['plain flour', 'salt', 'milk']);
    expect(ingredientNames(dbFile), 'SELECT name FROM ingredients: normalised names, each once').toEqual(['egg', 'milk', 'plain flour', 'salt', 'sugar']);
    expect(storedLines(dbFile, pancakes.id), 'recipe_ingredients of the Pancakes: [name, quantity, typeof(quantity), unit]').toEqual([
      ['plain flour', 250, 'integer', 'g'],
      ['milk', 500, 'integer', 'ml'],
      ['egg', 2, 'integer', 'pc'],
      ['sugar', 15, 'integer', 'ml'],
    ]);
  });

  it('converts kg, l, tsp and tbsp exactly, with no float drift (2.01 kg is 2010 g, 8.2 tbsp is 123 ml, 0.2 tsp is 1 ml)', async () => {
    const { api, dbFile } = await start();
    const lines: Array<[string, number, string, number, string]> = [
      ['a', 2.01, 'kg', 2010, 'g'],
      ['b', 1.005, 'kg', 1005, 'g'],
      ['b2', 8.2, 'tbsp', 123, 'ml'],
      ['b3', 4.06, 'l', 4060, 'ml'],
      ['c', 0.001, 'kg', 1, 'g'],
      ['d', 1000, 'kg', 1_000_000, 'g'],
      ['e', 0.2, 'tsp', 1, 'ml'],
      ['f', 2, 'tbsp', 30, 'ml'],
      ['g', 0.6, 'tbsp', 9, 'ml'],
      ['h', 2.345, 'l', 2345, 'ml'],
      ['i', 1_000_000, 'ml', 1_000_000, 'ml'],
      ['j', 7, 'g', 7, 'g'],
      ['k', 12, 'pc', 12, 'pc'],
    ];
    const res = await api.post('/recipes', { json: recipe('Units', 1, ...lines.map(([name, quantity, unit]) => [name, quantity, unit] as [string, number, string])) });
    expectStatus(res, 201);
    const created = expectRecipe(res);
    expect(created.lines, `${res.request}: each quantity in its base unit`).toEqual(lines.map(([ingredient, , , quantity, unit]) => ({ ingredient, quantity, unit })));
    expect(
      storedLines(dbFile, created.id).map(([, quantity, type, unit]) => [quantity, type, unit]),
      'recipe_ingredients: [quantity, typeof(quantity), unit] of each line (integers, never REALs)',
    ).toEqual(lines.map(([, , , quantity, unit]) => [quantity, 'integer', unit]));
  });

  it('refuses quantities that are not a whole number of the base unit, or out of range, naming the line; nothing is written', async () => {
    const { api, dbFile } = await start();
    await createRecipe(api, PANCAKES);
    const before = counts(dbFile);
    const bad: Array<[unknown, string]> = [
      [2.5, 'g'],
      [1.5, 'tbsp'],
      [0.5, 'tsp'],
      [0.0005, 'kg'],
      [1.0001, 'l'],
      [0, 'g'],
      [-1, 'pc'],
      [1000.001, 'kg'],
      [1_000_001, 'ml'],
      [1e-7, 'g'],
      ['250', 'g'],
      [null, 'g'],
      [true, 'pc'],
    ];
    for (const [quantity, unit] of bad) {
      const res = await api.post('/recipes', { json: recipe('Bad', 2, ['saffron', 1, 'g'], ['butter', 10, 'g'], ['cream', quantity, unit]) });
      expectRefusedLine(res, 'lines.2.quantity', dbFile, before);
    }
    expect(ingredientNames(dbFile), 'ingredients after the refused recipes: no saffron, butter or cream').not.toEqual(expect.arrayContaining(['saffron']));
  });

  it('two lines of one ingredient (after normalising) are a 400 naming the later line, and NOTHING is written: no recipe, no lines, no new ingredient', async () => {
    const { api, dbFile } = await start();
    await createRecipe(api, PANCAKES);
    const before = counts(dbFile);
    const res = await api.post('/recipes', { json: recipe('Bad', 4, ['saffron', 1, 'g'], ['Milk', 0.5, 'l'], [' milk ', 1, 'ml'], ['rice', 200, 'g']) });
    expectRefusedLine(res, 'lines.2.ingredient', dbFile, before);
    expect(ingredientNames(dbFile), 'SELECT name FROM ingredients: saffron (new on line 0 of the refused recipe) must have been rolled back').toEqual(['egg', 'milk', 'plain flour', 'sugar']);
    const again = await api.post('/recipes', { json: recipe('Bad', 4, ['saffron', 1, 'g'], ['rice', 200, 'g'], ['pepper', 1, 'g'], ['RICE', 1, 'pc']) });
    expectRefusedLine(again, 'lines.3.ingredient', dbFile, before);
  });

  it('a bad unit, ingredient or extra field on one line is a 400 naming that line; nothing is written', async () => {
    const { api, dbFile } = await start();
    await createRecipe(api, PANCAKES);
    const before = counts(dbFile);
    const ok = { ingredient: 'saffron', quantity: 1, unit: 'g' };
    const cases: Array<[unknown, string]> = [
      [{ ingredient: 'salt', quantity: 1, unit: 'cup' }, 'lines.3.unit'],
      [{ ingredient: 'salt', quantity: 1, unit: 'G' }, 'lines.3.unit'],
      [{ ingredient: 'salt', quantity: 1 }, 'lines.3.unit'],
      [{ ingredient: 'salt, fine', quantity: 1, unit: 'g' }, 'lines.3.ingredient'],
      [{ ingredient: '   \t ', quantity: 1, unit: 'g' }, 'lines.3.ingredient'],
      [{ ingredient: 'x'.repeat(61), quantity: 1, unit: 'g' }, 'lines.3.ingredient'],
      [{ ingredient: 42, quantity: 1, unit: 'g' }, 'lines.3.ingredient'],
      [{ ingredient: 'salt', quantity: 1, unit: 'g', note: 'fine' }, 'lines.3.note'],
      ['salt', 'lines.3'],
    ];
    for (const [line, field] of cases) {
      const res = await api.post('/recipes', { json: { title: 'Bad', servings: 2, lines: [ok, { ...ok, ingredient: 'butter' }, { ...ok, ingredient: 'cream' }, line] } });
      expectRefusedLine(res, field, dbFile, before);
    }
    const longName = await api.post('/recipes', { json: recipe('Spaces', 1, [`  ${'y'.repeat(30)}     ${'z'.repeat(29)}  `, 1, 'g']) });
    expectStatus(longName, 201);
    expect(expectRecipe(longName).lines[0]!.ingredient, `${longName.request}: 60 characters once normalised are allowed`).toBe(`${'y'.repeat(30)} ${'z'.repeat(29)}`);
  });

  it('validates title, servings and lines; any unknown field is a 400 naming it', async () => {
    const { api, dbFile } = await start();
    const lines = PANCAKES.lines;
    const cases: Array<[unknown, string]> = [
      [{ servings: 4, lines }, 'title'],
      [{ title: '   ', servings: 4, lines }, 'title'],
      [{ title: 'x'.repeat(101), servings: 4, lines }, 'title'],
      [{ title: 7, servings: 4, lines }, 'title'],
      [{ title: 'T', servings: 0, lines }, 'servings'],
      [{ title: 'T', servings: 101, lines }, 'servings'],
      [{ title: 'T', servings: 2.5, lines }, 'servings'],
      [{ title: 'T', servings: '4', lines }, 'servings'],
      [{ title: 'T', lines }, 'servings'],
      [{ title: 'T', servings: 4, lines: [] }, 'lines'],
      [{ title: 'T', servings: 4 }, 'lines'],
      [{ title: 'T', servings: 4, lines: 'flour' }, 'lines'],
      [{ title: 'T', servings: 4, lines: Array.from({ length: 51 }, (_, i) => ({ ingredient: `item ${i}`, quantity: 1, unit: 'g' })) }, 'lines'],
      [{ title: 'T', servings: 4, lines, id: 3 }, 'id'],
    ];
    for (const [body, field] of cases) expectInvalid(await api.post('/recipes', { json: body }), field);
    expectInvalid(await api.post('/recipes', { json: [PANCAKES] }));
    expectApiError(await api.post('/recipes', { body: JSON.stringify(PANCAKES), headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/recipes', { body: '{"title":', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    const padded = (size: number) => JSON.stringify({ ...PANCAKES, title: 'x'.repeat(size) });
    expectApiError(await api.post('/recipes', { body: padded(17_000), headers: { 'content-type': 'application/json' } }), 413, 'payload_too_large');
    expectInvalid(await api.post('/recipes', { body: padded(15_000), headers: { 'content-type': 'application/json' } }), 'title');
    expect(counts(dbFile), 'rows after only refused requests').toEqual({ recipes: 0, ingredients: 0, recipe_ingredients: 0 });
    const fifty = await api.post('/recipes', { json: { title: 'x'.repeat(100), servings: 100, lines: Array.from({ length: 50 }, (_, i) => ({ ingredient: `item ${i}`, quantity: 1, unit: 'g' })) } });
    expectStatus(fifty, 201);
    expect(expectRecipe(fifty).lines.map((line) => line.ingredient), `${fifty.request}: 50 lines in the order sent`).toEqual(Array.from({ length: 50 }, (_, i) => `item ${i}`));
  });

  it('a body that is not JSON, in another charset or encoding, corrupt or too large is 400, 415 or 413 with the JSON error shape', async () => {
    const { api, dbFile } = await start();
    const json = JSON.stringify(PANCAKES);
    expectApiError(await api.post('/recipes', { body: json, headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/recipes', { body: json, headers: { 'content-type': 'application/json; charset=latin1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/recipes', { body: json, headers: { 'content-type': 'application/json', 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/recipes', { body: 'this is not gzip at all', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }), 400, 'invalid_json');
    expectApiError(await api.post('/recipes', { body: 'nor deflate', headers: { 'content-type': 'application/json', 'content-encoding': 'deflate' } }), 400, 'invalid_json');
    expectApiError(await api.post('/recipes', { body: '{"title": "Pancakes",', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.post('/recipes', { json: { ...PANCAKES, title: 'x'.repeat(20_000) } }), 413, 'payload_too_large');
    expect(counts(dbFile), 'rows after only refused bodies').toEqual({ recipes: 0, ingredients: 0, recipe_ingredients: 0 });
  });

  it('app.locals.close() closes the database: later requests fail with the JSON 500 error, not a 4xx', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: tempDbFile(), now: () => new Date(START) });
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    // Served through a wrapper, so that the test closes the database itself, exactly once.
    const api = await serve((req, res) => app(req, res));
    const pancakes = await createRecipe(api, PANCAKES);
    await app.locals?.close?.();
    for (const res of [await api.get(`/recipes/${pancakes.id}`), await api.post('/recipes', { json: PANCAKES })]) {
      expectApiError(res, 500, 'internal');
      expect(res.text, `${res.request}: a 500 shows no stack trace or SQL`).not.toMatch(/at .+\.(ts|js):\d+|SQLITE_|\bSELECT\b|\bINSERT INTO\b/);
    }
  });

  it('titles are stored as sent (SQL included), unknown and malformed ids are 404, and a restart keeps every recipe', async () => {
    const { api, dbFile } = await start();
    const title = "Robert'); DROP TABLE recipes;--  ";
    const created = await createRecipe(api, { ...PANCAKES, title });
    expect(created.title, 'the title as sent').toBe(title);
    for (const path of ['/recipes/999', '/recipes/abc', '/recipes/1.5', '/recipes/0', '/recipes/-1', `/recipes/${created.id}%20OR%201=1`]) {
      expectApiError(await api.get(path), 404, 'not_found');
    }
    const more = [];
    for (let i = 0; i < 11; i++) more.push(await createRecipe(api, recipe(`Recipe ${i}`, 1, ['water', i + 1, 'ml'])));
    const last = more[more.length - 1]!;
    expect(last.id, 'the id of the twelfth recipe').toBeGreaterThanOrEqual(10);
    const { api: again } = await start({ dbFile });
    expect(await getRecipe(again, created.id), 'the recipe after a restart on the same file').toEqual(created);
    expect(await getRecipe(again, last.id), `GET /recipes/${last.id} (an id of two digits) after the restart`).toEqual(last);
  });
});

describe('Task 3: Replace and delete recipes', () => {
  it('PUT /recipes/:id replaces title, servings and every line; updatedAt moves, createdAt stays', async () => {
    const { api, clock, dbFile } = await start();
    const pancakes = await createRecipe(api, PANCAKES);
    clock.advance(HOUR);
    const res = await api.put(`/recipes/${pancakes.id}`, { json: recipe('Crêpes', 2, ['Flour', 125, 'g'], ['MILK', 0.25, 'l']) });
    expectStatus(res, 200);
    const updated = expectRecipe(res);
    const expected = {
      id: pancakes.id,
      title: 'Crêpes',
      servings: 2,
      lines: [
        { ingredient: 'flour', quantity: 125, unit: 'g' },
        { ingredient: 'milk', quantity: 250, unit: 'ml' },
      ],
      createdAt: START,
      updatedAt: new Date(Date.parse(START) + HOUR).toISOString(),
    };
    expect(updated, `${res.request}: the replaced recipe`).toEqual(expected);
    expect(await getRecipe(api, pancakes.id), `GET /recipes/${pancakes.id} after the PUT`).toEqual(expected);
    expect(storedLines(dbFile, pancakes.id), 'recipe_ingredients of the recipe after the PUT: only the new lines').toEqual([
      ['flour', 125, 'integer', 'g'],
      ['milk', 250, 'integer', 'ml'],
    ]);
  });

  it('a PUT may keep the ingredients the recipe had, in another order and amount', async () => {
    const { api } = await start();
    const pancakes = await createRecipe(api, PANCAKES);
    const res = await api.put(`/recipes/${pancakes.id}`, { json: recipe('Pancakes', 4, ['sugar', 2, 'tbsp'], ['egg', 3, 'pc'], ['milk', 600, 'ml'], ['plain flour', 300, 'g']) });
    expectStatus(res, 200);
    expect(expectRecipe(res).lines, `${res.request}: the lines as sent`).toEqual([
      { ingredient: 'sugar', quantity: 30, unit: 'ml' },
      { ingredient: 'egg', quantity: 3, unit: 'pc' },
      { ingredient: 'milk', quantity: 600, unit: 'ml' },
      { ingredient: 'plain flour', quantity: 300, unit: 'g' },
    ]);
  });

  it('a refused PUT (a duplicate line found by the database, or a bad quantity) leaves the recipe exactly as it was, old lines included', async () => {
    const { api, clock, dbFile } = await start();
    const pancakes = await createRecipe(api, PANCAKES);
    const linesBefore = storedLines(dbFile, pancakes.id);
    const before = counts(dbFile);
    clock.advance(HOUR);
    const duplicate = await api.put(`/recipes/${pancakes.id}`, { json: recipe('Changed', 2, ['saffron', 1, 'g'], ['water', 1, 'l'], ['Water', 2, 'tbsp']) });
    expectRefusedLine(duplicate, 'lines.2.ingredient', dbFile, before);
    const badQuantity = await api.put(`/recipes/${pancakes.id}`, { json: recipe('Changed', 2, ['saffron', 1, 'g'], ['water', 1, 'l'], ['salt', 2.5, 'g']) });
    expectRefusedLine(badQuantity, 'lines.2.quantity', dbFile, before);
    expect(storedLines(dbFile, pancakes.id), 'recipe_ingredients of the recipe after the refused PUTs: the old lines').toEqual(linesBefore);
    expect(await getRecipe(api, pancakes.id), `GET /recipes/${pancakes.id} after the refused PUTs`).toEqual(pancakes);
    expect(ingredientNames(dbFile), 'ingredients after the refused PUTs: no saffron or water').toEqual(['egg', 'milk', 'plain flour', 'sugar']);
  });

  it('DELETE /recipes/:id answers 204 and removes the recipe and its lines; other recipes and the ingredients stay', async () => {
    const { api, dbFile } = await start();
    const pancakes = await createRecipe(api, PANCAKES);
    const bread = await createRecipe(api, recipe('Bread', 2, ['plain flour', 500, 'g'], ['salt', 1, 'tsp']));
    const res = await api.delete(`/recipes/${pancakes.id}`);
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expectApiError(await api.get(`/recipes/${pancakes.id}`), 404, 'not_found');
    expectApiError(await api.delete(`/recipes/${pancakes.id}`), 404, 'not_found');
    expect(counts(dbFile), 'rows after deleting the Pancakes (4 lines) and keeping the Bread (2 lines)').toEqual({ recipes: 1, ingredients: 5, recipe_ingredients: 2 });
    expect(await getRecipe(api, bread.id), 'the Bread after deleting the Pancakes').toEqual(bread);
  });

  it('PUT and DELETE of an unknown recipe are 404 and write nothing; a PUT body is validated like a POST', async () => {
    const { api, dbFile } = await start();
    const pancakes = await createRecipe(api, PANCAKES);
    const before = counts(dbFile);
    expectApiError(await api.put('/recipes/999', { json: recipe('Ghost', 2, ['ectoplasm', 1, 'g']) }), 404, 'not_found');
    expectApiError(await api.put('/recipes/abc', { json: recipe('Ghost', 2, ['ectoplasm', 1, 'g']) }), 404, 'not_found');
    expectApiError(await api.delete('/recipes/999'), 404, 'not_found');
    expectInvalid(await api.put(`/recipes/${pancakes.id}`, { json: { ...PANCAKES, createdAt: START } }), 'createdAt');
    expectInvalid(await api.put(`/recipes/${pancakes.id}`, { json: { title: 'Only a title' } }), 'servings', 'lines');
    expectInvalid(await api.put(`/recipes/${pancakes.id}`, { json: { ...PANCAKES, lines: [] } }), 'lines');
    expectApiError(await api.put(`/recipes/${pancakes.id}`, { body: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expect(counts(dbFile), 'rows after the refused requests').toEqual(before);
    expect(ingredientNames(dbFile), 'ingredients after the refused requests: no ectoplasm').not.toContain('ectoplasm');
  });
});

describe('Task 4: Scale a recipe', () => {
  it('GET /recipes/:id?servings=6 scales every line, halves rounded up, and writes nothing', async () => {
    const { api, dbFile } = await start();
    const pancakes = await createRecipe(api, PANCAKES);
    const scaled = await getRecipe(api, pancakes.id, '?servings=6');
    expect(scaled, `GET /recipes/${pancakes.id}?servings=6`).toEqual({
      ...pancakes,
      servings: 6,
      lines: [
        { ingredient: 'plain flour', quantity: 375, unit: 'g' },
        { ingredient: 'milk', quantity: 750, unit: 'ml' },
        { ingredient: 'egg', quantity: 3, unit: 'pc' },
        { ingredient: 'sugar', quantity: 23, unit: 'ml' },
      ],
    });
    expect(await getRecipe(api, pancakes.id, '?servings=4'), `GET /recipes/${pancakes.id}?servings=4 (its own servings)`).toEqual(pancakes);
    expect(await getRecipe(api, pancakes.id), `GET /recipes/${pancakes.id} after scaling: unchanged`).toEqual(pancakes);
    expect(storedLines(dbFile, pancakes.id).map(([, quantity]) => quantity), 'recipe_ingredients quantities after scaling: unchanged').toEqual([250, 500, 2, 15]);
  });

  it('rounds exactly, in integers: 45 g for 10 is 32 g for 7 (31.5 rounded up), never 31 from 45 * (7 / 10) = 31.499999999999996', async () => {
    const { api } = await start();
    const soup = await createRecipe(api, recipe('Soup', 10, ['lentils', 45, 'g'], ['stock', 85, 'ml'], ['carrot', 165, 'g'], ['leek', 175, 'g'], ['onion', 3, 'pc'], ['cumin', 14, 'g']));
    const seven = await getRecipe(api, soup.id, '?servings=7');
    // 45*7/10 = 31.5, 85*7/10 = 59.5, 165*7/10 = 115.5, 175*7/10 = 122.5, 3*7/10 = 2.1, 14*7/10 = 9.8
    expect(seven.lines.map((line) => line.quantity), `GET /recipes/${soup.id}?servings=7: each of 45, 85, 165, 175, 3, 14 times 7 / 10, halves up`).toEqual([32, 60, 116, 123, 2, 10]);
    const three = await getRecipe(api, soup.id, '?servings=3');
    // 13.5, 25.5, 49.5, 52.5, 0.9, 4.2
    expect(three.lines.map((line) => line.quantity), `GET /recipes/${soup.id}?servings=3: times 3 / 10, halves up`).toEqual([14, 26, 50, 53, 1, 4]);
    const hundred = await getRecipe(api, soup.id, '?servings=100');
    expect(hundred.lines.map((line) => line.quantity), `GET /recipes/${soup.id}?servings=100: times 10`).toEqual([450, 850, 1650, 1750, 30, 140]);
  });

  it('never rounds a quantity down to 0: 1 g for 4 servings is still 1 g for 1; 3 pieces for 2 is 2 for 1', async () => {
    const { api } = await start();
    const tiny = await createRecipe(api, recipe('Tiny', 4, ['saffron', 1, 'g'], ['vanilla', 1, 'ml'], ['egg', 3, 'pc'], ['salt', 2, 'g'], ['pepper', 1_000_000, 'g']));
    expect((await getRecipe(api, tiny.id, '?servings=1')).lines.map((line) => line.quantity), `GET /recipes/${tiny.id}?servings=1: 1/4, 1/4, 3/4, 2/4, 1000000/4`).toEqual([1, 1, 1, 1, 250_000]);
    expect((await getRecipe(api, tiny.id, '?servings=2')).lines.map((line) => line.quantity), `GET /recipes/${tiny.id}?servings=2: 1/2, 1/2, 3/2, 2/2, 1000000/2`).toEqual([1, 1, 2, 1, 500_000]);
    expect((await getRecipe(api, tiny.id, '?servings=100')).lines.map((line) => line.quantity), `GET /recipes/${tiny.id}?servings=100: times 25`).toEqual([25, 25, 75, 50, 25_000_000]);
  });

  it('servings must be 1 to 100 in digits, once (400 naming servings); an unknown recipe is 404 first; other parameters are ignored', async () => {
    const { api } = await start();
    const pancakes = await createRecipe(api, PANCAKES);
    for (const query of ['servings=0', 'servings=101', 'servings=2.5', 'servings=abc', 'servings=-1', 'servings=1e2', 'servings=', 'servings=%206', 'servings=2&servings=3']) {
      expectInvalid(await api.get(`/recipes/${pancakes.id}?${query}`), 'servings');
    }
    expectApiError(await api.get('/recipes/999?servings=0'), 404, 'not_found');
    expectApiError(await api.get('/recipes/999?servings=2'), 404, 'not_found');
    const scaled = await getRecipe(api, pancakes.id, '?servings=8&lang=fr');
    expect(scaled.lines.map((line) => line.quantity), `GET /recipes/${pancakes.id}?servings=8&lang=fr`).toEqual([500, 1000, 4, 30]);
    expect((await getRecipe(api, pancakes.id, '?servings=1')).servings, `GET /recipes/${pancakes.id}?servings=1: servings`).toBe(1);
  });
});

/** GET /cook-with that must succeed. */
async function cookWith(api: TestServer, query: string): Promise<{ have: string[]; match: string; items: Array<{ id: number; title: string; servings: number; missing: string[] }> }> {
  const res = await api.get(`/cook-with?${query}`);
  expectStatus(res, 200);
  const body = res.json as { have: string[]; match: string; items: Array<{ id: number; title: string; servings: number; missing: string[] }> };
  expect(Object.keys(body ?? {}).sort(), `${res.request}: the body is { have, match, items }`).toEqual(['have', 'items', 'match']);
  for (const item of body.items) {
    expect(Object.keys(item).sort(), `${res.request}: an item is exactly { id, title, servings, missing }`).toEqual(['id', 'missing', 'servings', 'title']);
  }
  return body;
}

/** Four recipes to search: Pancakes (plain flour, milk, egg, sugar), Omelette (egg, milk), Toast (bread, butter), Eggnog (egg, milk, sugar, nutmeg). */
async function kitchen(api: TestServer): Promise<Record<'pancakes' | 'omelette' | 'toast' | 'eggnog', number>> {
  const pancakes = await createRecipe(api, PANCAKES);
  const omelette = await createRecipe(api, recipe('Omelette', 1, ['Egg', 3, 'pc'], ['milk', 2, 'tbsp']));
  const toast = await createRecipe(api, recipe('Toast', 1, ['bread', 2, 'pc'], ['butter', 10, 'g']));
  const eggnog = await createRecipe(api, recipe('Eggnog', 2, ['nutmeg', 1, 'g'], ['egg', 2, 'pc'], ['milk', 0.4, 'l'], ['sugar', 40, 'g']));
  return { pancakes: pancakes.id, omelette: omelette.id, toast: toast.id, eggnog: eggnog.id };
}

describe('Task 5: Cook with what you have', () => {
  it('match=all (the default) finds the recipes whose every ingredient is in have, with normalised names', async () => {
    const { api } = await start();
    const ids = await kitchen(api);
    const result = await cookWith(api, 'have=%20MILK,egg,Plain%20%20Flour,sugar,egg');
    expect(result.have, 'have: normalised, without repeats, sorted').toEqual(['egg', 'milk', 'plain flour', 'sugar']);
    expect(result.match, 'match: the default').toBe('all');
    expect(result.items, 'the recipes made only of milk, egg, plain flour and sugar, by id').toEqual([
      { id: ids.pancakes, title: 'Pancakes', servings: 4, missing: [] },
      { id: ids.omelette, title: 'Omelette', servings: 1, missing: [] },
    ]);
    expect((await cookWith(api, 'have=egg,milk&match=all')).items.map((item) => item.id), 'have=egg,milk&match=all: only the Omelette').toEqual([ids.omelette]);
    expect((await cookWith(api, 'have=egg')).items, 'have=egg: no recipe is made of eggs alone').toEqual([]);
  });

  it('match=any finds every recipe using at least one, with what is missing, fewest missing first, then by id', async () => {
    const { api } = await start();
    const ids = await kitchen(api);
    const result = await cookWith(api, 'have=milk,egg,Butter&match=any');
    expect(result.have, 'have').toEqual(['butter', 'egg', 'milk']);
    expect(result.match, 'match').toBe('any');
    expect(result.items, 'have=milk,egg,butter&match=any').toEqual([
      { id: ids.omelette, title: 'Omelette', servings: 1, missing: [] },
      { id: ids.toast, title: 'Toast', servings: 1, missing: ['bread'] },
      { id: ids.pancakes, title: 'Pancakes', servings: 4, missing: ['plain flour', 'sugar'] },
      { id: ids.eggnog, title: 'Eggnog', servings: 2, missing: ['nutmeg', 'sugar'] },
    ]);
    expect((await cookWith(api, 'have=nutmeg&match=any')).items, 'have=nutmeg&match=any').toEqual([{ id: ids.eggnog, title: 'Eggnog', servings: 2, missing: ['egg', 'milk', 'sugar'] }]);
    const salad = await createRecipe(api, recipe('Salad', 2, ['tomato', 2, 'pc'], ['Cucumber', 1, 'pc'], ['onion', 1, 'pc'], ['basil', 5, 'g']));
    expect((await cookWith(api, 'have=onion&match=any')).items, 'have=onion&match=any: missing sorted by name, not in the order of the lines').toEqual([
      { id: salad.id, title: 'Salad', servings: 2, missing: ['basil', 'cucumber', 'tomato'] },
    ]);
  });

  it('an empty search (no have, have=, have=,,, have=%20) is a 400 naming have; names no recipe uses are a 200 with no items', async () => {
    const { api } = await start();
    await kitchen(api);
    for (const query of ['', 'have=', 'have=,,', 'have=%20', 'have=%20,%09,', 'match=any', 'match=any&have=']) {
      expectInvalid(await api.get(`/cook-with?${query}`), 'have');
    }
    const none = await cookWith(api, 'have=caviar,Truffle&match=any');
    expect(none, 'have=caviar,Truffle&match=any: a real answer with nothing in it').toEqual({ have: ['caviar', 'truffle'], match: 'any', items: [] });
    expect(await cookWith(api, 'have=caviar'), 'have=caviar').toEqual({ have: ['caviar'], match: 'all', items: [] });
  });

  it('have holds 1 to 20 names after merging; a repeated parameter or another match is a 400 naming it', async () => {
    const { api } = await start();
    const ids = await kitchen(api);
    const twenty = Array.from({ length: 18 }, (_, i) => `spice ${i}`).concat('bread,butter');
    expect((await cookWith(api, `have=${encodeURIComponent(twenty.join(','))}`)).items.map((item) => item.id), '20 names, bread and butter among them').toEqual([ids.toast]);
    const merged = Array.from({ length: 30 }, () => 'egg').join(',');
    expect((await cookWith(api, `have=${merged},milk`)).have, '30 times egg and milk: two names').toEqual(['egg', 'milk']);
    expectInvalid(await api.get(`/cook-with?have=${encodeURIComponent(twenty.concat('salt').join(','))}`), 'have');
    expectInvalid(await api.get('/cook-with?have=egg&have=milk'), 'have');
    expectInvalid(await api.get('/cook-with?have=egg&match=some'), 'match');
    expectInvalid(await api.get('/cook-with?have=egg&match=ALL'), 'match');
    expectInvalid(await api.get('/cook-with?have=egg&match=all&match=any'), 'match');
    expect((await cookWith(api, "have=egg,milk&lang=fr&q=' OR 1=1 --")).items.map((item) => item.id), 'other parameters are ignored').toEqual([ids.omelette]);
  });
});

/** POST /shopping-list that must succeed: its items. */
async function shop(api: TestServer, recipes: unknown[]): Promise<Array<{ ingredient: string; quantity: number; unit: string }>> {
  const res = await api.post('/shopping-list', { json: { recipes } });
  expectStatus(res, 200);
  const body = res.json as { items: Array<{ ingredient: string; quantity: number; unit: string }> };
  expect(Object.keys(body ?? {}), `${res.request}: the body is { items }`).toEqual(['items']);
  for (const item of body.items) expect(Object.keys(item).sort(), `${res.request}: an item is exactly { ingredient, quantity, unit }`).toEqual(LINE_KEYS);
  return body.items;
}

const LINE_KEYS = ['ingredient', 'quantity', 'unit'];

describe('Task 6: Make a shopping list', () => {
  it('merges recipes per ingredient and base unit, scaled as asked: butter in g and in ml stay two items', async () => {
    const { api, dbFile } = await start();
    const one = await createRecipe(api, recipe('One', 4, ['Plain flour', 250, 'g'], ['milk', 500, 'ml'], ['butter', 50, 'g']));
    const two = await createRecipe(api, recipe('Two', 3, ['plain flour', 0.25, 'kg'], ['milk', 0.2, 'l'], ['Butter', 1, 'tbsp']));
    const before = counts(dbFile);
    expect(await shop(api, [{ id: one.id }, { id: two.id, servings: 6 }]), 'the shopping list of the SPEC').toEqual([
      { ingredient: 'butter', quantity: 50, unit: 'g' },
      { ingredient: 'butter', quantity: 30, unit: 'ml' },
      { ingredient: 'milk', quantity: 900, unit: 'ml' },
      { ingredient: 'plain flour', quantity: 750, unit: 'g' },
    ]);
    expect(await shop(api, [{ id: two.id }]), 'one recipe at its own servings').toEqual([
      { ingredient: 'butter', quantity: 15, unit: 'ml' },
      { ingredient: 'milk', quantity: 200, unit: 'ml' },
      { ingredient: 'plain flour', quantity: 250, unit: 'g' },
    ]);
    expect(counts(dbFile), 'rows after the shopping lists: nothing written').toEqual(before);
  });

  it('rounds each recipe\'s line as GET ?servings= shows it before summing, and counts a recipe listed twice twice', async () => {
    const { api } = await start();
    const a = await createRecipe(api, recipe('A', 2, ['egg', 3, 'pc'], ['oil', 45, 'ml']));
    const b = await createRecipe(api, recipe('B', 10, ['egg', 15, 'pc'], ['oil', 45, 'ml']));
    // A for 1: 1.5 -> 2 eggs, 22.5 -> 23 ml; B for 7: 10.5 -> 11 eggs, 31.5 -> 32 ml.
    expect(await shop(api, [{ id: a.id, servings: 1 }, { id: b.id, servings: 7 }]), 'A for 1 and B for 7').toEqual([
      { ingredient: 'egg', quantity: 13, unit: 'pc' },
      { ingredient: 'oil', quantity: 55, unit: 'ml' },
    ]);
    expect(await shop(api, [{ id: a.id, servings: 1 }, { id: a.id, servings: 1 }, { id: a.id }]), 'A for 1, A for 1 again, A for 2').toEqual([
      { ingredient: 'egg', quantity: 7, unit: 'pc' },
      { ingredient: 'oil', quantity: 91, unit: 'ml' },
    ]);
  });

  it('sorts items by ingredient, then unit (g < ml < pc), by UTF-16 code unit', async () => {
    const { api } = await start();
    const a = await createRecipe(api, recipe('A', 1, ['zucchini', 1, 'pc'], ['Éclair', 2, 'pc'], ['apple', 100, 'g'], ['Banana', 1, 'pc'], ['apple juice', 1, 'l']));
    const b = await createRecipe(api, recipe('B', 1, ['Apple', 2, 'pc'], ['banana', 10, 'ml']));
    expect(await shop(api, [{ id: b.id }, { id: a.id }]), 'A and B').toEqual([
      { ingredient: 'apple', quantity: 100, unit: 'g' },
      { ingredient: 'apple', quantity: 2, unit: 'pc' },
      { ingredient: 'apple juice', quantity: 1000, unit: 'ml' },
      { ingredient: 'banana', quantity: 10, unit: 'ml' },
      { ingredient: 'banana', quantity: 1, unit: 'pc' },
      { ingredient: 'zucchini', quantity: 1, unit: 'pc' },
      { ingredient: 'éclair', quantity: 2, unit: 'pc' },
    ]);
  });

  it('an unknown recipe is a 404 naming each entry (recipes.<i>.id); bad bodies are a 400 before any lookup', async () => {
    const { api } = await start();
    const pancakes = await createRecipe(api, PANCAKES);
    const res = await api.post('/shopping-list', { json: { recipes: [{ id: pancakes.id }, { id: 998 }, { id: pancakes.id, servings: 2 }, { id: 999 }] } });
    expectApiError(res, 404, 'not_found');
    const fields = ((res.json as { error: { details?: Array<{ field?: unknown }> } }).error.details ?? []).map((detail) => detail?.field);
    expect([...fields].sort(), `${res.request}: error.details name each unknown entry`).toEqual(['recipes.1.id', 'recipes.3.id']);
    for (const detail of (res.json as { error: { details?: Array<{ message?: unknown }> } }).error.details ?? []) {
      expect(typeof detail?.message === 'string' && detail.message.trim() !== '', `${res.request}: each entry of error.details has a non-empty message, got ${JSON.stringify(detail)}`).toBe(true);
    }
    const cases: Array<[unknown, string]> = [
      [{ recipes: [{ id: 999, servings: 0 }] }, 'recipes.0.servings'],
      [{ recipes: [{ id: pancakes.id, servings: 101 }] }, 'recipes.0.servings'],
      [{ recipes: [{ id: pancakes.id, servings: 1.5 }] }, 'recipes.0.servings'],
      [{ recipes: [{ id: pancakes.id }, { id: 0 }] }, 'recipes.1.id'],
      [{ recipes: [{ id: String(pancakes.id) }] }, 'recipes.0.id'],
      [{ recipes: [{ id: 1.5 }] }, 'recipes.0.id'],
      [{ recipes: [{ servings: 2 }] }, 'recipes.0.id'],
      [{ recipes: [{ id: pancakes.id, title: 'x' }] }, 'recipes.0.title'],
      [{ recipes: [] }, 'recipes'],
      [{ recipes: Array.from({ length: 21 }, () => ({ id: pancakes.id })) }, 'recipes'],
      [{ recipes: 'all' }, 'recipes'],
      [{}, 'recipes'],
      [{ recipes: [{ id: pancakes.id }], servings: 2 }, 'servings'],
    ];
    for (const [body, field] of cases) expectInvalid(await api.post('/shopping-list', { json: body }), field);
    expect((await shop(api, Array.from({ length: 20 }, () => ({ id: pancakes.id, servings: 1 })))).find((item) => item.ingredient === 'egg'), '20 entries of the Pancakes for 1: 20 eggs').toEqual({
      ingredient: 'egg',
      quantity: 20,
      unit: 'pc',
    });
    expectApiError(await api.post('/shopping-list', { body: '{"recipes":[', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
  });

  it('wrong methods are 405 with Allow, unknown paths 404, and no bad request gets a 5xx or a stack trace', async () => {
    const { api } = await start();
    const pancakes = await createRecipe(api, PANCAKES);
    const allowed: Array<[string, string, string[]]> = [
      ['GET', '/recipes', ['POST']],
      ['PATCH', `/recipes/${pancakes.id}`, ['GET', 'HEAD', 'PUT', 'DELETE']],
      ['POST', `/recipes/${pancakes.id}`, ['GET', 'HEAD', 'PUT', 'DELETE']],
      ['POST', '/cook-with', ['GET', 'HEAD']],
      ['GET', '/shopping-list', ['POST']],
    ];
    for (const [method, path, methods] of allowed) {
      const res = await api.request(method, path);
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, methods);
    }
    expectApiError(await api.get('/ingredients'), 404, 'not_found');
    expectApiError(await api.get('/recipes/%ZZ'), 400, 'bad_request');
    const answers: HttpResponse[] = [
      await api.post('/recipes', { json: recipe('Huge', 2, ['x', 1e300, 'kg']) }),
      await api.post('/recipes', { json: recipe('Tiny', 2, ['x', 5e-324, 'g']) }),
      await api.post('/recipes', { json: recipe('Neg', 2, ['x', -0, 'g']) }),
      await api.post('/recipes', { json: { title: 'T', servings: 2, lines: [null] } }),
      await api.post('/recipes', { json: null }),
      await api.put('/recipes/99999999999999999999999', { json: PANCAKES }),
      await api.get('/recipes/99999999999999999999999?servings=2'),
      await api.get(`/recipes/${pancakes.id}?servings=99999999999999999999999`),
      await api.post('/shopping-list', { json: { recipes: [{ id: Number.MAX_SAFE_INTEGER }] } }),
      await api.post('/shopping-list', { json: { recipes: [{ id: 1e300 }] } }),
    ];
    for (const res of answers) {
      expectNo5xx(res);
      expect(res.status, `${res.request}: bad input is a 4xx`).toBeGreaterThanOrEqual(400);
      expect(res.text, `${res.request}: the body should not show a stack trace or SQL`).not.toMatch(/at .+\.(ts|js):\d+|SQLITE_|\bSELECT\b|\bINSERT INTO\b/);
    }
    expect((await cookWith(api, `have=${'a'.repeat(5000)}`)).items, 'a 5000-character name in have: no recipe uses it').toEqual([]);
  });

  it('hostile input on every route (corrupt bodies, malformed URLs, repeated parameters) answers 4xx JSON, never 5xx', async () => {
    const { api } = await start();
    const pancakes = await createRecipe(api, PANCAKES);
    const body = { ...recipe('Probe', 2, ['flour', 100, 'g']) } as Record<string, unknown>;
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/recipes', body },
        { method: 'GET', path: '/recipes/:id', query: ['servings'] },
        { method: 'PUT', path: '/recipes/:id', body },
        { method: 'DELETE', path: '/recipes/:other' },
        { method: 'GET', path: '/cook-with', query: ['have', 'match'] },
        { method: 'POST', path: '/shopping-list', body: { recipes: [{ id: pancakes.id, servings: 2 }] } },
      ],
      { params: { id: String(pancakes.id), other: '999' } },
    );
  });
});
