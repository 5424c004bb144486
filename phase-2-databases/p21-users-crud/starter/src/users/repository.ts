// Every query on the users table, written with drizzle's query builder (never by gluing
// strings into SQL: SPEC.md explains why).
import type { Db } from '../db/client.js';
import type { UserRow } from '../db/schema.js';
import type { CreateUserInput, Page, UpdateUserInput } from './validation.js';

/** TODO (Task 2): insert and return the new row (.returning().get()); createdAt = updatedAt = now. */
export function insertUser(db: Db, input: CreateUserInput, now: Date): UserRow {
  void [db, input, now];
  throw new Error('Not implemented: insertUser (Task 2)');
}

/** TODO (Task 3): the row with this id, or undefined. */
export function findUserById(db: Db, id: number): UserRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findUserById (Task 3)');
}

/** TODO (Task 3): one page of users, oldest first (by id), and how many users there are in all. */
export function listUsers(db: Db, page: Page): { rows: UserRow[]; total: number } {
  void [db, page];
  throw new Error('Not implemented: listUsers (Task 3)');
}

/** TODO (Task 4): change only the given fields and updatedAt, in one UPDATE; undefined when no such user. */
export function updateUser(db: Db, id: number, changes: UpdateUserInput, now: Date): UserRow | undefined {
  void [db, id, changes, now];
  throw new Error('Not implemented: updateUser (Task 4)');
}

/** TODO (Task 4): delete the user; return whether a row was deleted. */
export function deleteUser(db: Db, id: number): boolean {
  void [db, id];
  throw new Error('Not implemented: deleteUser (Task 4)');
}
