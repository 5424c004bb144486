// Recognising what the database refused. drizzle wraps the driver's error in a
// DrizzleQueryError ("Failed query: ..."), so the SqliteError with the code is its `cause`.

/** SQLite's code when an insert or update would break a UNIQUE index. */
const UNIQUE_VIOLATION = 'SQLITE_CONSTRAINT_UNIQUE';

/** True when the error, or an error it wraps, is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ((current as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
  }
  return false;
}
