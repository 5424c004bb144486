// Recognising what the database refused.

/**
 * True when the error, or an error it wraps, is a CHECK-constraint violation.
 * TODO (Task 3): better-sqlite3 throws a SqliteError whose `code` is 'SQLITE_CONSTRAINT_CHECK',
 * and drizzle wraps it in its own error: the SqliteError is that error's `cause` (as in p21).
 */
export function isCheckViolation(error: unknown): boolean {
  void error;
  throw new Error('Not implemented: isCheckViolation (Task 3)');
}
