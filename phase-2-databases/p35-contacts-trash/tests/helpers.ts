// Shared by the p35 suite: starting an app on a temporary database, the shapes the Interface
// promises, and a few calls that must succeed. Tables are the learner's design: looks inside the
// file find rows by their content, never by a table or column name.
import { expect } from 'vitest';
import { appTables, expectStatus, quoteIdent, startDbApp, withRawDb, type FakeClock, type HttpResponse, type Row, type StartedDbApp, type TestServer } from '#testkit';

export interface ContactJson {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TrashedJson extends ContactJson {
  deletedAt: string;
  purgeAt: string;
}

export interface PageJson<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface HistoryEntryJson {
  action: string;
  at: string;
  changes: Record<string, { from: string | null; to: string | null }>;
}

export const CONTACT_FIELDS = ['createdAt', 'email', 'id', 'name', 'phone', 'updatedAt'];
export const TRASHED_FIELDS = [...CONTACT_FIELDS, 'deletedAt', 'purgeAt'].sort();
export const START = '2026-03-01T09:00:00.000Z';
export const DAY = 24 * 60 * 60 * 1000;
export const RETENTION = 30 * DAY;

export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: START });
}

function expectFields(res: HttpResponse, value: unknown, what: string, fields: string[]): void {
  expect(value, `${res.request}: ${what} should be an object, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(value ?? {}).sort(), `${res.request}: ${what} has exactly the fields ${fields.join(', ')}`).toEqual(fields);
}

export function expectContact(res: HttpResponse, status = 200): ContactJson {
  expectStatus(res, status);
  expectFields(res, res.json, 'a contact', CONTACT_FIELDS);
  return res.json as ContactJson;
}

export function expectPage<T>(res: HttpResponse, fields: string[]): PageJson<T> {
  expectStatus(res, 200);
  const page = res.json as PageJson<T>;
  expectFields(res, page, 'a page', ['items', 'limit', 'offset', 'total']);
  expect(Array.isArray(page.items), `${res.request}: items should be a list`).toBe(true);
  for (const item of page.items) expectFields(res, item, 'each item', fields);
  return page;
}

export async function create(api: TestServer, body: Record<string, unknown>): Promise<ContactJson> {
  return expectContact(await api.post('/contacts', { json: body }), 201);
}

export async function list(api: TestServer, query = ''): Promise<PageJson<ContactJson>> {
  return expectPage<ContactJson>(await api.get(`/contacts${query}`), CONTACT_FIELDS);
}

export async function trash(api: TestServer, query = ''): Promise<PageJson<TrashedJson>> {
  return expectPage<TrashedJson>(await api.get(`/trash${query}`), TRASHED_FIELDS);
}

export async function stats(api: TestServer): Promise<{ contacts: number; trash: number }> {
  const res = await api.get('/stats');
  expectStatus(res, 200);
  expect(Object.keys(res.json ?? {}).sort(), `${res.request}: the body is { contacts, trash }`).toEqual(['contacts', 'trash']);
  return res.json as { contacts: number; trash: number };
}

export async function moveToTrash(api: TestServer, id: number): Promise<void> {
  const res = await api.delete(`/contacts/${id}`);
  expectStatus(res, 204);
}

export async function history(api: TestServer, id: number): Promise<HistoryEntryJson[]> {
  const res = await api.get(`/contacts/${id}/history`);
  expectStatus(res, 200);
  expect(Object.keys(res.json ?? {}), `${res.request}: the body is { items }`).toEqual(['items']);
  const items = (res.json as { items: HistoryEntryJson[] }).items;
  for (const entry of items) expectFields(res, entry, 'each history entry', ['action', 'at', 'changes']);
  return items;
}

/** Every (table, column) of the database file whose text holds one of `needles` (case-insensitive). */
export function tracesOf(dbFile: string, needles: string[]): string[] {
  const wanted = needles.map((n) => n.toLowerCase());
  return withRawDb(dbFile, (db) =>
    appTables(db).flatMap((table) =>
      (db.prepare(`SELECT * FROM ${quoteIdent(table)}`).all() as Row[]).flatMap((row) =>
        Object.entries(row)
          .filter(([, value]) => (typeof value === 'string' || Buffer.isBuffer(value)) && wanted.some((n) => String(value).toLowerCase().includes(n)))
          .map(([column]) => `${table}.${column}`),
      ),
    ),
  );
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
