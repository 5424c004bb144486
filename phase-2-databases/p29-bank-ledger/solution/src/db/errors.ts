// Recognising what the database refused. drizzle wraps the driver's error in a
// DrizzleQueryError ("Failed query: ..."), so the SqliteError with the code is its `cause`.

/** SQLite's code when a row breaks a CHECK constraint, such as a balance below zero. */
const CHECK_VIOLATION = 'SQLITE_CONSTRAINT_CHECK';

/** True when the error, or an error it wraps, is a CHECK-constraint violation. */
export function isCheckViolation(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ((current as { code?: unknown }).code === CHECK_VIOLATION) return true;
  }
  return false;
}
