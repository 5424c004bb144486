// Shared by the p29 suite: starting an app on a temporary database, the shapes the Interface
// promises, and a few calls that must succeed. Looking inside the database file is the
// testkit's (withRawDb, findRow, tryInsertCopy...).
import { expect } from 'vitest';
import { appTables, expectApiError, expectStatus, quoteIdent, startDbApp, withRawDb, type AppLike, type FakeClock, type HttpResponse, type Row, type StartedDbApp, type TestServer } from '#testkit';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
}

export interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

export interface AccountJson {
  id: number;
  name: string;
  balanceCents: number;
  createdAt: string;
}

export interface TransferJson {
  id: number;
  from: number;
  to: number;
  amountCents: number;
  createdAt: string;
}

export interface EntryJson {
  id: number;
  transferId: number;
  amountCents: number;
  createdAt: string;
}

export interface EntryPage {
  items: EntryJson[];
  total: number;
  limit: number;
  offset: number;
}

export const ACCOUNT_FIELDS = ['balanceCents', 'createdAt', 'id', 'name'];
export const TRANSFER_FIELDS = ['amountCents', 'createdAt', 'from', 'id', 'to'];
export const ENTRY_FIELDS = ['amountCents', 'createdAt', 'id', 'transferId'];

export const START = '2026-01-15T12:00:00.000Z';
export const CASH = 0;

export type Started = StartedDbApp;

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<Started> {
  return startDbApp({ ...options, start: START });
}


function expectFields(res: HttpResponse, what: string, fields: string[]): void {
  const body = res.json as Record<string, unknown> | undefined;
  expect(body, `${res.request}: the body should be ${what}, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(body ?? {}).sort(), `${res.request}: ${what} has exactly the fields ${fields.join(', ')}`).toEqual(fields);
}

export function expectAccountShape(res: HttpResponse): AccountJson {
  expectFields(res, 'an account', ACCOUNT_FIELDS);
  return res.json as AccountJson;
}

export function expectTransferShape(res: HttpResponse): TransferJson {
  expectFields(res, 'a transfer', TRANSFER_FIELDS);
  const transfer = res.json as TransferJson;
  expect(Number.isInteger(transfer.id) && transfer.id > 0, `${res.request}: id should be a positive integer, got ${JSON.stringify(transfer.id)}`).toBe(true);
  return transfer;
}

export async function createAccount(api: TestServer, name: string): Promise<AccountJson> {
  const res = await api.post('/accounts', { json: { name } });
  expectStatus(res, 201);
  return expectAccountShape(res);
}

export async function getAccount(api: TestServer, id: number): Promise<AccountJson> {
  const res = await api.get(`/accounts/${id}`);
  expectStatus(res, 200);
  return expectAccountShape(res);
}

export async function balanceOf(api: TestServer, id: number): Promise<number> {
  return (await getAccount(api, id)).balanceCents;
}

export async function deposit(api: TestServer, id: number, amountCents: number): Promise<TransferJson> {
  const res = await api.post(`/accounts/${id}/deposits`, { json: { amountCents } });
  expectStatus(res, 201);
  return expectTransferShape(res);
}

/** POST /transfers with an Idempotency-Key; the response is returned as it is. */
export function postTransfer(api: TestServer, key: string, body: unknown): Promise<HttpResponse> {
  return api.post('/transfers', { json: body, headers: { 'Idempotency-Key': key } });
}

export async function transfer(api: TestServer, key: string, body: { from: number; to: number; amountCents: number }): Promise<TransferJson> {
  const res = await postTransfer(api, key, body);
  expectStatus(res, 201);
  return expectTransferShape(res);
}

export async function entriesOf(api: TestServer, id: number, query = ''): Promise<EntryPage> {
  const res = await api.get(`/accounts/${id}/entries${query}`);
  expectStatus(res, 200);
  const page = res.json as EntryPage;
  expect(Array.isArray(page?.items), `${res.request}: the body should be { items, total, limit, offset }, got ${res.text.slice(0, 300)}`).toBe(true);
  for (const entry of page.items) expect(Object.keys(entry).sort(), `${res.request}: an entry has exactly the fields ${ENTRY_FIELDS.join(', ')}`).toEqual(ENTRY_FIELDS);
  return page;
}

/** Every entry of an account (the suite keeps accounts under 100 entries). */
export async function allEntries(api: TestServer, id: number): Promise<EntryJson[]> {
  const page = await entriesOf(api, id, '?limit=100');
  expect(page.total, `GET /accounts/${id}/entries?limit=100: total`).toBe(page.items.length);
  return page.items;
}

/** Asserts a 409 insufficient_funds with details { balanceCents, amountCents }. */
export function expectInsufficient(res: HttpResponse, balanceCents: number | undefined, amountCents: number): void {
  expectApiError(res, 409, 'insufficient_funds');
  const details = (res.json as { error: { details?: { balanceCents?: unknown; amountCents?: unknown } } }).error.details;
  expect(details?.amountCents, `${res.request}: error.details.amountCents`).toBe(amountCents);
  if (balanceCents === undefined) {
    expect(typeof details?.balanceCents === 'number' && details.balanceCents < amountCents, `${res.request}: error.details.balanceCents should be a number below ${amountCents}, got ${JSON.stringify(details)}`).toBe(true);
  } else {
    expect(details?.balanceCents, `${res.request}: error.details.balanceCents`).toBe(balanceCents);
  }
}

/** Every row of every table of the learner's, in rowid order: the whole state of the file. */
export function dumpDb(dbFile: string): Record<string, Row[]> {
  return withRawDb(dbFile, (db) => Object.fromEntries(appTables(db).map((table) => [table, db.prepare(`SELECT * FROM ${quoteIdent(table)} ORDER BY rowid`).all() as Row[]])));
}

