// Recognising what the database refused. drizzle wraps the driver's error in a
// DrizzleQueryError ("Failed query: ..."), so the SqliteError with the code is its `cause`.

/**
 * SQLite's codes when an insert or update would give two rows the same key: a UNIQUE index,
 * or a PRIMARY KEY that is not the rowid (such as recipe_ingredients' (recipe_id, ingredient_id)).
 */
const DUPLICATE_KEY = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/** True when the error, or an error it wraps, is a unique or primary-key violation. */
export function isUniqueViolation(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if (DUPLICATE_KEY.has(String((current as { code?: unknown }).code))) return true;
  }
  return false;
}
