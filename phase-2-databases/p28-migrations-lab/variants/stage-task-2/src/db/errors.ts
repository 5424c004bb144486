// Recognising what the database refused.

/**
 * True when the error, or an error it wraps, is a unique-constraint violation.
 * TODO (Task 4): better-sqlite3 throws a SqliteError whose `code` is 'SQLITE_CONSTRAINT_UNIQUE',
 * and drizzle wraps it in its own error: the SqliteError is that error's `cause` (as in p21).
 */
export function isUniqueViolation(error: unknown): boolean {
  void error;
  throw new Error('Not implemented: isUniqueViolation (Task 4)');
}
