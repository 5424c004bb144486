// Recognising what the database refused. drizzle wraps the driver's error in a
// DrizzleQueryError ("Failed query: ..."), so the SqliteError with the code is its `cause`.

/** The SQLite error code of the error or of an error it wraps (its `cause` chain), if any. */
function sqliteCode(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    const { code } = current as { code?: unknown };
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return undefined;
}

/** True when a write would break a UNIQUE index (a second project with the same name). */
export function isUniqueViolation(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * True when a write would break a foreign key: a todo pointing at a project that does not
 * exist, or deleting a project that todos still point at. SQLite reports the first as
 * SQLITE_CONSTRAINT_FOREIGNKEY; an ON DELETE RESTRICT refusal comes as
 * SQLITE_CONSTRAINT_TRIGGER (RESTRICT runs like a built-in trigger), with the same message
 * "FOREIGN KEY constraint failed".
 */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === 'SQLITE_CONSTRAINT_TRIGGER';
}
