// The accounts table behind a small store object: rows are mapped to UserRow here and nowhere else.
import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { accounts, type UserRow } from '../db/schema.js';
import type { CreateUserInput, Page, UpdateUserInput } from './validation.js';

type AccountRow = typeof accounts.$inferSelect;

const toUser = (row: AccountRow): UserRow => ({
  id: row.accountId,
  email: row.mail,
  name: row.displayName,
  createdAt: new Date(row.createdMs),
  updatedAt: new Date(row.updatedMs),
});

function store(db: Db) {
  return {
    add(input: CreateUserInput, at: Date): UserRow {
      const ms = at.getTime();
      return toUser(db.insert(accounts).values({ mail: input.email, displayName: input.name, createdMs: ms, updatedMs: ms }).returning().get());
    },
    byId(id: number): UserRow | undefined {
      const row = db.select().from(accounts).where(eq(accounts.accountId, id)).get();
      return row && toUser(row);
    },
    page({ limit, offset }: Page): { rows: UserRow[]; total: number } {
      const rows = db.select().from(accounts).orderBy(sql`${accounts.accountId}`).limit(limit).offset(offset).all();
      const [{ n }] = db.select({ n: count() }).from(accounts).all();
      return { rows: rows.map(toUser), total: n };
    },
    change(id: number, changes: UpdateUserInput, at: Date): UserRow | undefined {
      const set: Partial<AccountRow> = { updatedMs: at.getTime() };
      if (changes.email !== undefined) set.mail = changes.email;
      if (changes.name !== undefined) set.displayName = changes.name;
      const row = db.update(accounts).set(set).where(eq(accounts.accountId, id)).returning().get();
      return row && toUser(row);
    },
    drop(id: number): boolean {
      return db.delete(accounts).where(eq(accounts.accountId, id)).run().changes === 1;
    },
  };
}

export const insertUser = (db: Db, input: CreateUserInput, now: Date): UserRow => store(db).add(input, now);
export const findUserById = (db: Db, id: number): UserRow | undefined => store(db).byId(id);
export const listUsers = (db: Db, page: Page): { rows: UserRow[]; total: number } => store(db).page(page);
export const updateUser = (db: Db, id: number, changes: UpdateUserInput, now: Date): UserRow | undefined => store(db).change(id, changes, now);
export const deleteUser = (db: Db, id: number): boolean => store(db).drop(id);
