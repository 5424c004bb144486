// All the SQL of the contacts book, in one class. Times are epoch milliseconds in the database.
import { sql } from 'drizzle-orm';
import type { Db } from './db/client.js';

export const KEEP_MS = 2_592_000_000;

export interface Person {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  createdMs: number;
  updatedMs: number;
  trashedMs: number | null;
}

export type Fields = Pick<Person, 'name' | 'email' | 'phone'>;
type Diff = Record<string, { from: string | null; to: string | null }>;

interface RawPerson {
  id: number;
  full_name: string;
  email_address: string | null;
  phone_number: string | null;
  created_ms: number;
  updated_ms: number;
  trashed_ms: number | null;
}

const toPerson = (r: RawPerson): Person => ({ id: r.id, name: r.full_name, email: r.email_address, phone: r.phone_number, createdMs: r.created_ms, updatedMs: r.updated_ms, trashedMs: r.trashed_ms });

function diff(before: Fields | null, after: Fields): Diff {
  const out: Diff = {};
  for (const key of ['name', 'email', 'phone'] as const) {
    const from = before ? before[key] : null;
    if (from !== after[key]) out[key] = { from, to: after[key] };
  }
  return out;
}

export class EmailInUse extends Error {}

export class Store {
  constructor(private readonly db: Db) {}

  private log(personId: number, kind: string, atMs: number, changes: Diff): void {
    this.db.run(sql`INSERT INTO person_changes (person_id, kind, at_ms, diff_json) VALUES (${personId}, ${kind}, ${atMs}, ${JSON.stringify(changes)})`);
  }

  private one(query: ReturnType<typeof sql>): Person | undefined {
    const row = this.db.get<RawPerson | undefined>(query);
    return row ? toPerson(row) : undefined;
  }

  private emailUsed(email: string | null, exceptId: number): boolean {
    if (email === null) return false;
    return this.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM people WHERE email_key = ${email} AND trashed_ms IS NULL AND id <> ${exceptId}`)!.n > 0;
  }

  add(fields: Fields, nowMs: number): Person {
    return this.db.transaction(() => {
      if (this.emailUsed(fields.email, 0)) throw new EmailInUse();
      const person = this.one(sql`INSERT INTO people (full_name, email_address, email_key, phone_number, created_ms, updated_ms) VALUES (${fields.name}, ${fields.email}, ${fields.email}, ${fields.phone}, ${nowMs}, ${nowMs}) RETURNING *`)!;
      this.log(person.id, 'created', nowMs, diff(null, fields));
      return person;
    }, { behavior: 'immediate' });
  }

  live(id: number): Person | undefined {
    return this.one(sql`SELECT * FROM people WHERE id = ${id} AND trashed_ms IS NULL`);
  }

  trashed(id: number, nowMs: number): Person | undefined {
    return this.one(sql`SELECT * FROM people WHERE id = ${id} AND trashed_ms IS NOT NULL AND trashed_ms + ${KEEP_MS} > ${nowMs}`);
  }

  search(q: string, limit: number, offset: number): { items: Person[]; total: number } {
    const like = '%' + q.replace(/[\\%_]/g, '\\$&') + '%';
    const filter = sql`trashed_ms IS NULL AND (${q} = '' OR full_name LIKE ${like} ESCAPE '\\' OR email_address LIKE ${like} ESCAPE '\\')`;
    const items = this.db.all<RawPerson>(sql`SELECT * FROM people WHERE ${filter} ORDER BY id LIMIT ${limit} OFFSET ${offset}`).map(toPerson);
    const total = this.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM people WHERE ${filter}`)!.n;
    return { items, total };
  }

  edit(id: number, patch: Partial<Fields>, nowMs: number): Person | undefined {
    return this.db.transaction(() => {
      const before = this.live(id);
      if (!before) return undefined;
      const after: Fields = { name: patch.name ?? before.name, email: patch.email === undefined ? before.email : patch.email, phone: patch.phone === undefined ? before.phone : patch.phone };
      const changes = diff(before, after);
      if (Object.keys(changes).length === 0) return before;
      if (this.emailUsed(after.email, id)) throw new EmailInUse();
      const person = this.one(sql`UPDATE people SET full_name = ${after.name}, email_address = ${after.email}, email_key = ${after.email}, phone_number = ${after.phone}, updated_ms = ${nowMs} WHERE id = ${id} RETURNING *`);
      this.log(id, 'updated', nowMs, changes);
      return person;
    }, { behavior: 'immediate' });
  }

  toTrash(id: number, nowMs: number): boolean {
    return this.db.transaction(() => {
      if (!this.live(id)) return false;
      this.db.run(sql`UPDATE people SET trashed_ms = ${nowMs} WHERE id = ${id}`);
      this.log(id, 'deleted', nowMs, {});
      return true;
    }, { behavior: 'immediate' });
  }

  restore(id: number, nowMs: number): Person | undefined {
    return this.db.transaction(() => {
      const person = this.trashed(id, nowMs);
      if (!person) return undefined;
      if (this.emailUsed(person.email, id)) throw new EmailInUse();
      this.db.run(sql`UPDATE people SET trashed_ms = NULL WHERE id = ${id}`);
      this.log(id, 'restored', nowMs, {});
      return { ...person, trashedMs: null };
    }, { behavior: 'immediate' });
  }

  trashPage(nowMs: number, limit: number, offset: number): { items: Person[]; total: number } {
    const filter = sql`trashed_ms IS NOT NULL AND trashed_ms + ${KEEP_MS} > ${nowMs}`;
    const items = this.db.all<RawPerson>(sql`SELECT * FROM people WHERE ${filter} ORDER BY trashed_ms DESC, id DESC LIMIT ${limit} OFFSET ${offset}`).map(toPerson);
    const total = this.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM people WHERE ${filter}`)!.n;
    return { items, total };
  }

  erase(id: number, nowMs: number): boolean {
    if (!this.trashed(id, nowMs)) return false;
    this.db.run(sql`DELETE FROM people WHERE id = ${id}`);
    return true;
  }

  eraseExpired(nowMs: number): number {
    const ids = this.db.all<{ id: number }>(sql`SELECT id FROM people WHERE trashed_ms IS NOT NULL AND trashed_ms + ${KEEP_MS} <= ${nowMs}`);
    for (const { id } of ids) this.db.run(sql`DELETE FROM people WHERE id = ${id}`);
    return ids.length;
  }

  counts(nowMs: number): { contacts: number; trash: number } {
    const contacts = this.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM people WHERE trashed_ms IS NULL`)!.n;
    return { contacts, trash: this.trashPage(nowMs, 1, 0).total };
  }

  changes(id: number): Array<{ action: string; at: string; changes: Diff }> {
    return this.db
      .all<{ kind: string; at_ms: number; diff_json: string }>(sql`SELECT kind, at_ms, diff_json FROM person_changes WHERE person_id = ${id} ORDER BY seq`)
      .map((r) => ({ action: r.kind, at: new Date(r.at_ms).toISOString(), changes: JSON.parse(r.diff_json) as Diff }));
  }
}
