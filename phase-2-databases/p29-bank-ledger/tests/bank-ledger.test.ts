// The hidden suite of p29 bank-ledger. It reaches the app only through what SPEC.md's Interface
// promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), and the
// drizzle/ migrations folder. Table and column names are the learner's design: checks that look
// inside the database file find rows by their content (an account's name, a transfer's key, an
// amount), never by a name.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expectAllow, expectApiError, expectHostileInputRefused, implDir, implPath, startAppProcesses, tempDir, expectInvalid, expectMigrationsApplied, expectNo5xx, expectStatus, findRow, hasText, load, migrationTags, quoteIdent, seededRandom, serve, tempDbFile, tryInsertCopy, withRawDb, type HttpResponse, type Row, type TestServer } from '#testkit';
import {
  CASH,
  START,
  allEntries,
  balanceOf,
  createAccount,
  deposit,
  dumpDb,
  entriesOf,
  expectAccountShape,
  expectInsufficient,
  expectTransferShape,
  getAccount,
  postTransfer,
  start,
  transfer,
  type AccountJson,
  type AppModule,
  type TransferJson,
} from './helpers.js';

const MINUTE = 60_000;

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next (and mutation testing sees each check run that code).
beforeEach(() => {
  vi.resetModules();
});


/** The field names in error.details of a 404 on POST /transfers (from, to). */
function detailFields(res: HttpResponse): string[] {
  const details = (res.json as { error?: { details?: unknown } } | undefined)?.error?.details;
  expect(Array.isArray(details), `${res.request}: error.details should list the unknown accounts, got ${res.text.slice(0, 300)}`).toBe(true);
  return (details as Array<{ field?: unknown }>).map((problem) => String(problem?.field)).sort();
}

/** Alice and Bob, funded with 10000 and 2500 cents. */
async function aliceAndBob(api: TestServer): Promise<[AccountJson, AccountJson]> {
  const alice = await createAccount(api, 'Alice');
  const bob = await createAccount(api, 'Bob');
  await deposit(api, alice.id, 10_000);
  await deposit(api, bob.id, 2_500);
  return [await getAccount(api, alice.id), await getAccount(api, bob.id)];
}

describe('Task 1: Open the ledger and create accounts', () => {
  it('createApp({ dbFile, now }) applies the migrations drizzle-kit generated in drizzle/', async () => {
    const { api, dbFile } = await start();
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('a new database has the cash account 0, named Cash, with a balance of 0', async () => {
    const { api } = await start();
    const cash = await getAccount(api, CASH);
    expect({ id: cash.id, name: cash.name, balanceCents: cash.balanceCents }, 'GET /accounts/0 on a new database').toEqual({ id: 0, name: 'Cash', balanceCents: 0 });
    expect(typeof cash.createdAt, 'createdAt of the cash account').toBe('string');
    expectApiError(await api.get('/accounts/1'), 404, 'not_found');
  });

  it('POST /accounts answers 201 with the account, a Location header, and a balance of 0', async () => {
    const started = await start();
    const res = await started.api.post('/accounts', { json: { name: 'Alice' } });
    expectStatus(res, 201);
    const alice = expectAccountShape(res);
    expect(alice, 'the created account').toEqual({ id: alice.id, name: 'Alice', balanceCents: 0, createdAt: START });
    expect(alice.id > 0 && Number.isInteger(alice.id), `${res.request}: id should be a positive integer, got ${alice.id}`).toBe(true);
    const location = res.headers.get('location') ?? '';
    expect(location.endsWith(`/accounts/${alice.id}`), `${res.request}: Location should be /accounts/${alice.id}, got "${location}"`).toBe(true);
    expect(await getAccount(started.api, alice.id), `GET /accounts/${alice.id}`).toEqual(alice);
    started.clock.advance(MINUTE);
    const bob = await createAccount(started.api, 'Bob');
    expect(bob.createdAt, 'createdAt of an account created a minute later').toBe('2026-01-15T12:01:00.000Z');
    expect(bob.id, 'the second account gets its own id').not.toBe(alice.id);
    // Two accounts may share a name: they are told apart by id.
    expect((await createAccount(started.api, 'Alice')).id, 'a second account named Alice').not.toBe(alice.id);
  });

  it('a name must be a string of 1 to 100 characters, not blank; no other field is accepted', async () => {
    const { api, dbFile } = await start();
    const before = dumpDb(dbFile);
    const cases: Array<[unknown, string]> = [
      [{}, 'name'],
      [{ name: '' }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(101) }, 'name'],
      [{ name: 42 }, 'name'],
      [{ name: null }, 'name'],
      [{ name: ['Alice'] }, 'name'],
      [{ name: 'Alice', balanceCents: 1_000_000 }, 'balanceCents'],
      [{ name: 'Alice', id: 7 }, 'id'],
    ];
    for (const [json, field] of cases) expectInvalid(await api.post('/accounts', { json }), field);
    expect(dumpDb(dbFile), 'the database after rejected POST /accounts').toEqual(before);
    expect((await createAccount(api, 'x'.repeat(100))).name, 'a name of 100 characters').toBe('x'.repeat(100));
  });

  it('bodies that are not a JSON object answer 400, 413 or 415 as in p21', async () => {
    const { api, dbFile } = await start();
    const before = dumpDb(dbFile);
    const json = { 'content-type': 'application/json' };
    expectApiError(await api.post('/accounts', { body: '{"name": ', headers: json }), 400, 'invalid_json');
    expectInvalid(await api.post('/accounts', { body: '[]', headers: json }), 'body');
    expectApiError(await api.post('/accounts', { body: '{"name":"Alice"}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/accounts', { body: 'name=Alice', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/accounts', { body: JSON.stringify({ name: 'x'.repeat(17_000) }), headers: json }), 413, 'payload_too_large');
    expectApiError(await api.post('/accounts', { body: '{"name":"Alice"}', headers: { 'content-type': 'application/json; charset=iso-8859-1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/accounts', { body: '{"name":"Alice"}', headers: { ...json, 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expect(dumpDb(dbFile), 'the database after rejected bodies').toEqual(before);
  });

  it('an id that is not a number of an account answers 404 not_found', async () => {
    const { api } = await start();
    const alice = await createAccount(api, 'Alice');
    for (const raw of ['999999', 'abc', `${alice.id}e0`, `0x${alice.id.toString(16)}`, `${alice.id}.0`, `-${alice.id}`, encodeURIComponent(`${alice.id} OR 1=1`)]) {
      expectApiError(await api.get(`/accounts/${raw}`), 404, 'not_found');
    }
  });

  it('a method a path does not answer gets 405 with an Allow header; other paths 404', async () => {
    const { api } = await start();
    const alice = await createAccount(api, 'Alice');
    const cases: Array<[string, string, string[]]> = [
      ['GET', '/accounts', ['POST']],
      ['DELETE', `/accounts/${alice.id}`, ['GET', 'HEAD']],
      ['POST', `/accounts/${alice.id}`, ['GET', 'HEAD']],
      ['POST', `/accounts/${alice.id}/entries`, ['GET', 'HEAD']],
      ['GET', `/accounts/${alice.id}/deposits`, ['POST']],
      ['GET', '/transfers', ['POST']],
      ['DELETE', '/transfers/1', ['GET', 'HEAD']],
    ];
    for (const [method, path, allowed] of cases) {
      const res = await api.request(method, path, method === 'GET' ? {} : { json: { name: 'x' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, allowed);
    }
    expectApiError(await api.get('/ledger'), 404, 'not_found');
    expectApiError(await api.get(`/accounts/${alice.id}/friends`), 404, 'not_found');
  });

  it('app.locals.close() closes the database: later requests fail with the JSON 500 error', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: tempDbFile() }) as ReturnType<AppModule['createApp']> & { locals: { close?: () => unknown } };
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    const api = await serve((req, res) => app(req, res));
    const alice = await createAccount(api, 'Alice');
    expect(alice.createdAt, 'createdAt without a now option (the real clock)').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await app.locals.close?.();
    const res = await api.get(`/accounts/${alice.id}`);
    expectApiError(res, 500, 'internal');
    expect(res.text, `${res.request}: a 500 shows no stack trace`).not.toMatch(/\n\s+at |SqliteError|node_modules/);
  });

  it('two apps on two database files do not share anything (no module-level state)', async () => {
    const one = await start();
    const two = await start();
    const alice = await createAccount(one.api, 'Alice');
    await deposit(one.api, alice.id, 500);
    expectApiError(await two.api.get(`/accounts/${alice.id}`), 404, 'not_found');
    expect(await balanceOf(two.api, CASH), 'cash of the second app').toBe(0);
    expect(await balanceOf(one.api, CASH), 'cash of the first app').toBe(-500);
  });
});

describe('Task 2: Deposit money', () => {
  it('POST /accounts/:id/deposits answers 201 with a transfer from account 0', async () => {
    const started = await start();
    const alice = await createAccount(started.api, 'Alice');
    started.clock.advance(MINUTE);
    const res = await started.api.post(`/accounts/${alice.id}/deposits`, { json: { amountCents: 12_345 } });
    expectStatus(res, 201);
    const made = expectTransferShape(res);
    expect(made, res.request).toEqual({ id: made.id, from: 0, to: alice.id, amountCents: 12_345, createdAt: '2026-01-15T12:01:00.000Z' });
    const location = res.headers.get('location') ?? '';
    expect(location.endsWith(`/transfers/${made.id}`), `${res.request}: Location should be /transfers/${made.id}, got "${location}"`).toBe(true);
    const read = await started.api.get(`/transfers/${made.id}`);
    expectStatus(read, 200);
    expect(read.json, read.request).toEqual(made);
    expect(await balanceOf(started.api, alice.id), 'balance of Alice after the deposit').toBe(12_345);
    expect(await balanceOf(started.api, CASH), 'balance of cash after the deposit').toBe(-12_345);
  });

  it('deposits add up: customer balances sum to everything deposited, cash to minus that', async () => {
    const { api } = await start();
    const alice = await createAccount(api, 'Alice');
    const bob = await createAccount(api, 'Bob');
    const ids = new Set<number>();
    for (const [id, amount] of [[alice.id, 100], [bob.id, 250], [alice.id, 1], [alice.id, 9_000]] as const) ids.add((await deposit(api, id, amount)).id);
    expect(ids.size, 'each deposit is a transfer of its own').toBe(4);
    expect(await balanceOf(api, alice.id), 'Alice after deposits of 100, 1 and 9000').toBe(9_101);
    expect(await balanceOf(api, bob.id), 'Bob after a deposit of 250').toBe(250);
    expect(await balanceOf(api, CASH), 'cash after deposits of 9351 in all').toBe(-9_351);
  });

  it('a deposit writes two entries that sum to zero: -amount on cash, +amount on the account', async () => {
    const { api } = await start();
    const alice = await createAccount(api, 'Alice');
    const made = await deposit(api, alice.id, 700);
    const mine = await allEntries(api, alice.id);
    expect(mine.map((e) => [e.transferId, e.amountCents, e.createdAt]), `entries of account ${alice.id}`).toEqual([[made.id, 700, START]]);
    const cash = await allEntries(api, CASH);
    expect(cash.map((e) => [e.transferId, e.amountCents]), 'entries of cash').toEqual([[made.id, -700]]);
    expect(cash[0]!.id, 'the two entries have ids of their own').not.toBe(mine[0]!.id);
  });

  it('deposits from four processes at once are all applied, exactly once', async () => {
    const { api, dbFile } = await start();
    const saver = await createAccount(api, 'Saver');
    await api.close();
    // Four servers on one file: better-sqlite3 serialises requests inside one process, so only
    // several processes can show a deposit read and written back, or a transaction that takes
    // the write lock too late (SQLITE_BUSY), losing money or answering 500.
    const { apps, stderr } = await startAppProcesses(4, { options: { dbFile }, start: START });
    const amounts = Array.from({ length: 80 }, (_, i) => 1 + ((i * 37) % 101));
    const responses = await Promise.all(amounts.map((amountCents, i) => apps[i % 4]!.post(`/accounts/${saver.id}/deposits`, { json: { amountCents } })));
    const failed = responses.filter((res) => res.status !== 201);
    expect(
      failed.map((res) => `${res.status} ${res.text.slice(0, 120)}`),
      `80 deposits to account ${saver.id} sent to four app processes at once: every one should answer 201 (a deposit is atomic and correct under concurrency; SQLITE_BUSY must not reach the client). Server stderr:\n${stderr().slice(-600)}`,
    ).toEqual([]);
    const total = amounts.reduce((sum, amount) => sum + amount, 0);
    expect(await balanceOf(apps[0]!, saver.id), `balance of account ${saver.id} after 80 concurrent deposits totalling ${total} cents: a lower balance means a deposit was lost (read, then written back)`).toBe(total);
    expect(await balanceOf(apps[1]!, CASH), 'cash after the concurrent deposits: minus everything deposited').toBe(-total);
    const page = await entriesOf(apps[2]!, saver.id, '?limit=1');
    expect(page.total, `entries of account ${saver.id}: one per deposit`).toBe(80);
  }, 30_000);

  it('amountCents must be a whole number of cents from 1 to Number.MAX_SAFE_INTEGER', async () => {
    const { api, dbFile } = await start();
    const alice = await createAccount(api, 'Alice');
    const before = dumpDb(dbFile);
    const path = `/accounts/${alice.id}/deposits`;
    for (const amountCents of [0, -5, 1.5, 0.1, '100', null, true, [100], { cents: 100 }, Number.MAX_SAFE_INTEGER + 1, 1e300]) {
      expectInvalid(await api.post(path, { json: { amountCents } }), 'amountCents');
    }
    expectInvalid(await api.post(path, { json: {} }), 'amountCents');
    expectInvalid(await api.post(path, { json: { amountCents: 100, from: 0 } }), 'from');
    expectApiError(await api.post(path, { body: '{"amountCents": 1', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.post(path, { body: '{"amountCents": 100}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expect(dumpDb(dbFile), 'the database after rejected deposits').toEqual(before);
    await deposit(api, alice.id, Number.MAX_SAFE_INTEGER);
    expect(await balanceOf(api, alice.id), 'a deposit of Number.MAX_SAFE_INTEGER').toBe(Number.MAX_SAFE_INTEGER);
    expect(await balanceOf(api, CASH), 'cash after it').toBe(-Number.MAX_SAFE_INTEGER);
  });

  it('a deposit to an unknown account, or to cash itself, answers 404 and writes nothing', async () => {
    const { api, dbFile } = await start();
    const alice = await createAccount(api, 'Alice');
    const before = dumpDb(dbFile);
    for (const raw of ['999999', '0', 'abc', `${alice.id}e0`, encodeURIComponent(`${alice.id} OR 1=1`)]) {
      expectApiError(await api.post(`/accounts/${raw}/deposits`, { json: { amountCents: 100 } }), 404, 'not_found');
    }
    expect(dumpDb(dbFile), 'the database after refused deposits').toEqual(before);
  });
});

describe('Task 3: Transfer between accounts', () => {
  it('POST /transfers answers 201 with the transfer and moves the money', async () => {
    const started = await start();
    const [alice, bob] = await aliceAndBob(started.api);
    started.clock.advance(MINUTE);
    const res = await postTransfer(started.api, 'first-transfer', { from: alice.id, to: bob.id, amountCents: 4_000 });
    expectStatus(res, 201);
    const made = expectTransferShape(res);
    expect(made, res.request).toEqual({ id: made.id, from: alice.id, to: bob.id, amountCents: 4_000, createdAt: '2026-01-15T12:01:00.000Z' });
    expect(res.headers.get('idempotent-replayed'), `${res.request}: a first request is not a replay`).not.toBe('true');
    const location = res.headers.get('location') ?? '';
    expect(location.endsWith(`/transfers/${made.id}`), `${res.request}: Location should be /transfers/${made.id}, got "${location}"`).toBe(true);
    expect((await started.api.get(`/transfers/${made.id}`)).json, `GET /transfers/${made.id}`).toEqual(made);
    expect(await balanceOf(started.api, alice.id), 'Alice: 10000 - 4000').toBe(6_000);
    expect(await balanceOf(started.api, bob.id), 'Bob: 2500 + 4000').toBe(6_500);
    expect(await balanceOf(started.api, CASH), 'cash does not move in a transfer').toBe(-12_500);
  });

  it('a transfer writes two entries with its id: -amount on the source, +amount on the target', async () => {
    const { api } = await start();
    const [alice, bob] = await aliceAndBob(api);
    const made = await transfer(api, 'k1', { from: bob.id, to: alice.id, amountCents: 999 });
    const [aliceLast] = await allEntries(api, alice.id);
    const [bobLast] = await allEntries(api, bob.id);
    expect([aliceLast?.transferId, aliceLast?.amountCents], `newest entry of the target ${alice.id}`).toEqual([made.id, 999]);
    expect([bobLast?.transferId, bobLast?.amountCents], `newest entry of the source ${bob.id}`).toEqual([made.id, -999]);
  });

  it('moving a whole balance is allowed; one cent more answers 409 insufficient_funds', async () => {
    const { api } = await start();
    const [alice, bob] = await aliceAndBob(api);
    expectInsufficient(await postTransfer(api, 'too-much', { from: bob.id, to: alice.id, amountCents: 2_501 }), 2_500, 2_501);
    await transfer(api, 'all-of-it', { from: bob.id, to: alice.id, amountCents: 2_500 });
    expect(await balanceOf(api, bob.id), 'Bob after moving his whole balance').toBe(0);
    expectInsufficient(await postTransfer(api, 'one-cent', { from: bob.id, to: alice.id, amountCents: 1 }), 0, 1);
    expect(await balanceOf(api, alice.id), 'Alice').toBe(12_500);
  });

  it('a refused transfer (insufficient funds) leaves every table exactly as it was', async () => {
    const { api, dbFile } = await start();
    const [alice, bob] = await aliceAndBob(api);
    await transfer(api, 'before', { from: alice.id, to: bob.id, amountCents: 1 });
    const before = dumpDb(dbFile);
    const statement = await entriesOf(api, alice.id);
    expectInsufficient(await postTransfer(api, 'overdraft', { from: alice.id, to: bob.id, amountCents: 10_000 }), 9_999, 10_000);
    expect(dumpDb(dbFile), 'every row of every table after the refused transfer').toEqual(before);
    expect(await entriesOf(api, alice.id), `GET /accounts/${alice.id}/entries after it`).toEqual(statement);
    expect(await balanceOf(api, alice.id), 'Alice').toBe(9_999);
  });

  it('unknown accounts answer 404 naming from, to or both, and write nothing', async () => {
    const { api, dbFile } = await start();
    const [alice, bob] = await aliceAndBob(api);
    const before = dumpDb(dbFile);
    const cases: Array<[{ from: number; to: number }, string[]]> = [
      [{ from: alice.id, to: 999_999 }, ['to']],
      [{ from: 999_998, to: bob.id }, ['from']],
      [{ from: 999_998, to: 999_999 }, ['from', 'to']],
    ];
    for (const [[body, fields], i] of cases.map((c, i) => [c, i] as const)) {
      const res = await postTransfer(api, `unknown-${i}`, { ...body, amountCents: 100 });
      expectApiError(res, 404, 'not_found');
      expect(detailFields(res), `${res.request}: error.details name the unknown accounts`).toEqual(fields);
    }
    expect(dumpDb(dbFile), 'every row of every table after the refused transfers').toEqual(before);
  });

  it('a transfer from an account to itself answers 400 naming to', async () => {
    const { api, dbFile } = await start();
    const [alice] = await aliceAndBob(api);
    const before = dumpDb(dbFile);
    expectInvalid(await postTransfer(api, 'self', { from: alice.id, to: alice.id, amountCents: 100 }), 'to');
    expect(dumpDb(dbFile), 'the database after it').toEqual(before);
  });

  it('transfers from four processes at once: no 5xx, no overdraft, every 201 applied exactly once', async () => {
    const { api, dbFile } = await start();
    const funds = [4_000, 3_000, 2_000, 1_000];
    const ids: number[] = [];
    for (const [i, amount] of funds.entries()) {
      const account = await createAccount(api, `Multi ${i}`);
      await deposit(api, account.id, amount);
      ids.push(account.id);
    }
    await api.close();
    const { apps, stderr } = await startAppProcesses(4, { options: { dbFile }, start: START });
    const bodies = Array.from({ length: 80 }, (_, i) => ({ from: ids[i % 4]!, to: ids[(i + 1 + (i >> 2) % 3) % 4]!, amountCents: 60 + ((i * 13) % 90) }));
    const responses = await Promise.all(bodies.map((body, i) => postTransfer(apps[i % 4]!, `multi-${i}`, body)));
    const expected = new Map(ids.map((id, i) => [id, funds[i]!]));
    const wrong: string[] = [];
    for (const [i, res] of responses.entries()) {
      const body = bodies[i]!;
      if (res.status === 201) {
        expected.set(body.from, expected.get(body.from)! - body.amountCents);
        expected.set(body.to, expected.get(body.to)! + body.amountCents);
      } else if (res.status === 409) {
        expectInsufficient(res, undefined, body.amountCents);
      } else {
        wrong.push(`${res.request}: ${res.status} ${res.text.slice(0, 120)}`);
      }
    }
    expect(wrong, `80 transfers sent to four app processes at once: each should answer 201 or 409 (one transaction with { behavior: 'immediate' }; SQLITE_BUSY must not reach the client). Server stderr:\n${stderr().slice(-600)}`).toEqual([]);
    let total = 0;
    for (const id of ids) {
      const balance = await balanceOf(apps[0]!, id);
      total += balance;
      expect(balance, `balance of account ${id}: never below zero`).toBeGreaterThanOrEqual(0);
      expect(balance, `balance of account ${id}: its deposit plus every 201 transfer in, minus every 201 transfer out (a difference is a lost update: a balance read, then written back)`).toBe(expected.get(id));
      const sum = (await allEntries(apps[1]!, id)).reduce((s, e) => s + e.amountCents, 0);
      expect(sum, `sum of the entries of account ${id}`).toBe(balance);
    }
    expect(total, 'the total of the four balances: everything deposited').toBe(10_000);
  }, 30_000);

  it('from, to and amountCents are validated: 400 naming each bad field, nothing written', async () => {
    const { api, dbFile } = await start();
    const [alice, bob] = await aliceAndBob(api);
    const before = dumpDb(dbFile);
    const ok = { from: alice.id, to: bob.id, amountCents: 100 };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...ok, amountCents: 0 }, 'amountCents'],
      [{ ...ok, amountCents: -100 }, 'amountCents'],
      [{ ...ok, amountCents: 10.5 }, 'amountCents'],
      [{ ...ok, amountCents: '100' }, 'amountCents'],
      [{ ...ok, amountCents: Number.MAX_SAFE_INTEGER + 1 }, 'amountCents'],
      [{ from: alice.id, to: bob.id }, 'amountCents'],
      [{ ...ok, from: 0 }, 'from'],
      [{ ...ok, to: 0 }, 'to'],
      [{ ...ok, from: String(alice.id) }, 'from'],
      [{ ...ok, to: 1.5 }, 'to'],
      [{ ...ok, to: null }, 'to'],
      [{ to: bob.id, amountCents: 100 }, 'from'],
      [{ ...ok, currency: 'EUR' }, 'currency'],
    ];
    for (const [json, field] of cases) {
      expectInvalid(await postTransfer(api, `bad-${field}`, json), field);
    }
    expectInvalid(await postTransfer(api, 'array', [ok]), 'body');
    expectApiError(await api.post('/transfers', { body: '{"from": 1,', headers: { 'content-type': 'application/json', 'Idempotency-Key': 'broken' } }), 400, 'invalid_json');
    expectApiError(await api.post('/transfers', { body: JSON.stringify(ok), headers: { 'content-type': 'text/plain', 'Idempotency-Key': 'text' } }), 415, 'unsupported_media_type');
    expect(dumpDb(dbFile), 'the database after rejected transfers').toEqual(before);
  });

  it('the Idempotency-Key header is required: 1 to 64 letters, digits, _ or -', async () => {
    const { api, dbFile } = await start();
    const [alice, bob] = await aliceAndBob(api);
    const before = dumpDb(dbFile);
    const body = { from: alice.id, to: bob.id, amountCents: 100 };
    expectInvalid(await api.post('/transfers', { json: body }), 'Idempotency-Key');
    for (const key of ['', ' ', 'k'.repeat(65), 'has space', 'semi;colon', "' OR 1=1 --", "Robert'); DROP TABLE transfers;--", '"', ';', 'clé']) {
      expectInvalid(await postTransfer(api, key, body), 'Idempotency-Key');
    }
    expect(dumpDb(dbFile), 'the database after requests with bad keys').toEqual(before);
    await transfer(api, 'k'.repeat(64), body);
    await transfer(api, 'A-z_0-9', body);
    await transfer(api, 'x', body);
    expect(await balanceOf(api, bob.id), 'Bob after three transfers of 100').toBe(2_800);
  });

  it('GET /transfers/:id answers 404 for an unknown or malformed id', async () => {
    const { api } = await start();
    const [alice, bob] = await aliceAndBob(api);
    const made = await transfer(api, 'k', { from: alice.id, to: bob.id, amountCents: 1 });
    for (const raw of ['999999', 'abc', `${made.id}e0`, encodeURIComponent(`${made.id} OR 1=1`)]) {
      expectApiError(await api.get(`/transfers/${raw}`), 404, 'not_found');
    }
  });
});

describe("Task 4: List an account's entries", () => {
  it('GET /accounts/:id/entries lists entries newest first with total, limit and offset', async () => {
    const started = await start();
    const [alice, bob] = await aliceAndBob(started.api);
    const made: TransferJson[] = [];
    for (const [i, amount] of [300, 200, 100].entries()) {
      started.clock.advance(MINUTE);
      made.push(await transfer(started.api, `t${i}`, { from: alice.id, to: bob.id, amountCents: amount }));
    }
    const page = await entriesOf(started.api, alice.id);
    expect({ total: page.total, limit: page.limit, offset: page.offset }, `GET /accounts/${alice.id}/entries`).toEqual({ total: 4, limit: 20, offset: 0 });
    expect(
      page.items.map((e) => [e.transferId, e.amountCents, e.createdAt]),
      `GET /accounts/${alice.id}/entries: newest first`,
    ).toEqual([
      [made[2]!.id, -100, '2026-01-15T12:03:00.000Z'],
      [made[1]!.id, -200, '2026-01-15T12:02:00.000Z'],
      [made[0]!.id, -300, '2026-01-15T12:01:00.000Z'],
      [expect.any(Number), 10_000, START],
    ]);
    expect(new Set(page.items.map((e) => e.id)).size, 'entry ids are distinct').toBe(4);
    expect((await entriesOf(started.api, bob.id)).items.map((e) => e.amountCents), `entries of ${bob.id}`).toEqual([100, 200, 300, 2_500]);
  });

  it('entries made at the same instant are still newest first (the later one first)', async () => {
    const { api } = await start();
    const [alice, bob] = await aliceAndBob(api);
    for (let i = 1; i <= 5; i++) await transfer(api, `same-time-${i}`, { from: alice.id, to: bob.id, amountCents: i });
    const amounts = (await entriesOf(api, alice.id)).items.map((e) => e.amountCents);
    expect(amounts, `GET /accounts/${alice.id}/entries with a frozen clock`).toEqual([-5, -4, -3, -2, -1, 10_000]);
  });

  it('limit and offset select a window; offset past the end gives an empty page', async () => {
    const { api } = await start();
    const alice = await createAccount(api, 'Alice');
    for (let i = 1; i <= 25; i++) await deposit(api, alice.id, i);
    const first = await entriesOf(api, alice.id);
    expect(first.items.map((e) => e.amountCents), 'the default page: the 20 newest').toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
    expect(first.total, 'total').toBe(25);
    const rest = await entriesOf(api, alice.id, '?offset=20');
    expect(rest.items.map((e) => e.amountCents), '?offset=20').toEqual([5, 4, 3, 2, 1]);
    expect({ limit: rest.limit, offset: rest.offset }, '?offset=20').toEqual({ limit: 20, offset: 20 });
    const window = await entriesOf(api, alice.id, '?limit=2&offset=3');
    expect([window.items.map((e) => e.amountCents), window.limit, window.offset, window.total], '?limit=2&offset=3').toEqual([[22, 21], 2, 3, 25]);
    expect((await entriesOf(api, alice.id, '?limit=1')).items.map((e) => e.amountCents), '?limit=1').toEqual([25]);
    expect((await entriesOf(api, alice.id, '?limit=100')).items.length, '?limit=100').toBe(25);
    const past = await entriesOf(api, alice.id, '?offset=25');
    expect([past.items, past.total], '?offset=25 (past the end)').toEqual([[], 25]);
    const last = first.items[0]!;
    const read = await api.get(`/transfers/${last.transferId}`);
    expect([read.status, read.json], read.request).toEqual([200, { id: last.transferId, from: 0, to: alice.id, amountCents: 25, createdAt: START }]);
  });

  it('limit (1 to 100) and offset (0 or more) must be whole numbers, else 400 naming them', async () => {
    const { api } = await start();
    const alice = await createAccount(api, 'Alice');
    const path = `/accounts/${alice.id}/entries`;
    for (const limit of ['0', '101', '-1', 'abc', '1.5', '1e1', "1' OR '1'='1", '1;DROP TABLE entries']) {
      expectInvalid(await api.get(`${path}?limit=${encodeURIComponent(limit)}`), 'limit');
    }
    for (const offset of ['-1', 'abc', '1.5', '0 UNION SELECT 1,2,3,4', "0'; DELETE FROM entries; --"]) {
      expectInvalid(await api.get(`${path}?offset=${encodeURIComponent(offset)}`), 'offset');
    }
    expectInvalid(await api.get(`${path}?limit=1&limit=2`), 'limit');
    const huge = await api.get(`${path}?offset=99999999999999999999`);
    expectNo5xx(huge);
  });

  it('an unknown account has no statement: 404 not_found', async () => {
    const { api } = await start();
    const alice = await createAccount(api, 'Alice');
    for (const raw of ['999999', 'abc', `${alice.id}e0`]) expectApiError(await api.get(`/accounts/${raw}/entries`), 404, 'not_found');
    expect(await entriesOf(api, alice.id), 'the statement of a new account').toEqual({ items: [], total: 0, limit: 20, offset: 0 });
  });

  it("every account's balance equals the sum of its entries, cash included", async () => {
    const { api } = await start();
    const [alice, bob] = await aliceAndBob(api);
    const carol = await createAccount(api, 'Carol');
    await transfer(api, 'a', { from: alice.id, to: carol.id, amountCents: 3_333 });
    await transfer(api, 'b', { from: carol.id, to: bob.id, amountCents: 1_111 });
    await postTransfer(api, 'c', { from: carol.id, to: bob.id, amountCents: 9_999 });
    for (const id of [CASH, alice.id, bob.id, carol.id]) {
      const sum = (await allEntries(api, id)).reduce((total, e) => total + e.amountCents, 0);
      expect(await balanceOf(api, id), `balance of account ${id} against the sum of its entries`).toBe(sum);
    }
    expect(await balanceOf(api, carol.id), 'Carol').toBe(2_222);
  });
});

describe('Task 5: Make retries safe with idempotency keys', () => {
  it('the same key with the same body replays the first response and moves nothing again', async () => {
    const started = await start();
    const [alice, bob] = await aliceAndBob(started.api);
    const body = { from: alice.id, to: bob.id, amountCents: 1_500 };
    const first = await postTransfer(started.api, 'retry-me', body);
    expectStatus(first, 201);
    const original = expectTransferShape(first);
    started.clock.advance(5 * MINUTE);
    // The same request again, with its keys in another order: the same request all the same.
    const again = await started.api.post('/transfers', {
      body: `{ "amountCents": 1500, "to": ${bob.id}, "from": ${alice.id} }`,
      headers: { 'content-type': 'application/json', 'Idempotency-Key': 'retry-me' },
    });
    expectStatus(again, 201);
    expect(again.json, `${again.request}: the body of the first response`).toEqual(original);
    expect(again.headers.get('idempotent-replayed'), `${again.request}: header Idempotent-Replayed`).toBe('true');
    expect(first.headers.get('idempotent-replayed'), `${first.request}: the first response is not a replay`).not.toBe('true');
    expect(await balanceOf(started.api, alice.id), 'Alice: moved once').toBe(8_500);
    expect(await balanceOf(started.api, bob.id), 'Bob: moved once').toBe(4_000);
    expect((await entriesOf(started.api, bob.id)).total, 'entries of Bob: one deposit, one transfer').toBe(2);
  });

  it('the same key with another body answers 422 idempotency_mismatch and changes nothing', async () => {
    const { api, dbFile } = await start();
    const [alice, bob] = await aliceAndBob(api);
    const carol = await createAccount(api, 'Carol');
    await transfer(api, 'used', { from: alice.id, to: bob.id, amountCents: 100 });
    const before = dumpDb(dbFile);
    for (const body of [
      { from: alice.id, to: bob.id, amountCents: 101 },
      { from: alice.id, to: carol.id, amountCents: 100 },
      { from: bob.id, to: alice.id, amountCents: 100 },
      { from: carol.id, to: bob.id, amountCents: 100 },
    ]) {
      expectApiError(await postTransfer(api, 'used', body), 422, 'idempotency_mismatch');
    }
    expect(dumpDb(dbFile), 'the database after the mismatches').toEqual(before);
  });

  it('another key with the same body is another transfer', async () => {
    const { api } = await start();
    const [alice, bob] = await aliceAndBob(api);
    const body = { from: alice.id, to: bob.id, amountCents: 1_000 };
    const one = await transfer(api, 'key-1', body);
    const two = await transfer(api, 'key-2', body);
    expect(two.id, 'a second key makes a second transfer').not.toBe(one.id);
    expect(await balanceOf(api, alice.id), 'Alice after two transfers of 1000').toBe(8_000);
    const upper = await transfer(api, 'KEY-1', body);
    expect(upper.id, 'keys are case-sensitive: KEY-1 is not key-1').not.toBe(one.id);
  });

  it('20 concurrent requests with one key move the money exactly once', async () => {
    const { api } = await start();
    const [alice, bob] = await aliceAndBob(api);
    const body = { from: alice.id, to: bob.id, amountCents: 700 };
    const responses = await Promise.all(Array.from({ length: 20 }, () => postTransfer(api, 'double-click', body)));
    for (const res of responses) expectStatus(res, 201);
    const ids = new Set(responses.map((res) => expectTransferShape(res).id));
    expect(ids.size, 'transfer ids in the 20 responses').toBe(1);
    const replays = responses.filter((res) => res.headers.get('idempotent-replayed') === 'true').length;
    expect(replays, 'responses with Idempotent-Replayed: true (all but the first)').toBe(19);
    expect(await balanceOf(api, alice.id), 'Alice').toBe(9_300);
    expect(await balanceOf(api, bob.id), 'Bob').toBe(3_200);
    expect((await entriesOf(api, alice.id)).total, 'entries of Alice: one deposit, one transfer').toBe(2);
  });

  it('a refused request does not use up its key: the retry after a deposit goes through', async () => {
    const { api } = await start();
    const [alice, bob] = await aliceAndBob(api);
    const body = { from: bob.id, to: alice.id, amountCents: 3_000 };
    expectInsufficient(await postTransfer(api, 'salary', body), 2_500, 3_000);
    await deposit(api, bob.id, 500);
    const res = await postTransfer(api, 'salary', body);
    expectStatus(res, 201);
    expect(res.headers.get('idempotent-replayed'), `${res.request}: the first request that succeeded is not a replay`).not.toBe('true');
    expect(await balanceOf(api, bob.id), 'Bob').toBe(0);
    const replay = await postTransfer(api, 'salary', body);
    expect([replay.status, replay.headers.get('idempotent-replayed')], replay.request).toEqual([201, 'true']);
  });

  it('keys are kept in the database: a restart or a second app replays them too', async () => {
    const first = await start();
    const [alice, bob] = await aliceAndBob(first.api);
    const body = { from: alice.id, to: bob.id, amountCents: 250 };
    const original = await transfer(first.api, 'survives', body);
    const other = await start({ dbFile: first.dbFile, clock: first.clock });
    const fromOther = await postTransfer(other.api, 'survives', body);
    expect([fromOther.status, fromOther.headers.get('idempotent-replayed'), fromOther.json], `${fromOther.request} on a second app`).toEqual([201, 'true', original]);
    await first.api.close();
    await other.api.close();
    const restarted = await start({ dbFile: first.dbFile, clock: first.clock });
    const replay = await postTransfer(restarted.api, 'survives', body);
    expect([replay.status, replay.headers.get('idempotent-replayed'), replay.json], `${replay.request} after a restart`).toEqual([201, 'true', original]);
    expectApiError(await postTransfer(restarted.api, 'survives', { ...body, amountCents: 251 }), 422, 'idempotency_mismatch');
    expect(await balanceOf(restarted.api, alice.id), 'Alice: moved once').toBe(9_750);
  });
});

/** In `dbFile`, the table holding the row `match` finds, and the column of that row holding `value`. */
function locate(dbFile: string, match: (row: Row) => boolean, value: unknown): { table: string; column: string } {
  return withRawDb(dbFile, (db) => {
    const found = findRow(db, match);
    expect(found, 'a row of the database holding the values the check looks for').toBeDefined();
    const column = Object.keys(found!.row).find((name) => found!.row[name] === value);
    expect(column, `a column of ${found!.table} holding ${JSON.stringify(value)} (amounts and balances are integers in cents)`).toBeDefined();
    return { table: found!.table, column: column! };
  });
}

/** A change for tryInsertCopy: every column holding `from` gets `to` instead. */
function replacing(...pairs: Array<[unknown, unknown]>): (row: Row) => Row {
  return (row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, pairs.find(([from]) => from === value)?.[1] ?? value]));
}

describe('Task 6: Let the database keep the rules', () => {
  it('the database refuses a negative balance, but cash may go below zero', async () => {
    const { api, dbFile } = await start();
    const alice = await createAccount(api, 'Alice');
    await deposit(api, alice.id, 4_242);
    const { table, column } = locate(dbFile, hasText('Alice'), 4_242);
    const code = withRawDb(dbFile, (db) => {
      try {
        db.prepare(`UPDATE ${quoteIdent(table)} SET ${quoteIdent(column)} = -1 WHERE ${quoteIdent(column)} = 4242`).run();
        return 'accepted';
      } catch (error) {
        return String((error as { code?: unknown }).code);
      }
    });
    expect(code, `UPDATE ${table} SET ${column} = -1 straight in the file: a CHECK constraint should refuse it`).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(await balanceOf(api, alice.id), 'Alice after the refused UPDATE').toBe(4_242);
  });

  it('the database refuses a transfer of 0 or less, and a second transfer with the same key', async () => {
    const { api, dbFile } = await start();
    const [alice, bob] = await aliceAndBob(api);
    await transfer(api, 'check-me', { from: alice.id, to: bob.id, amountCents: 777 });
    const zero = tryInsertCopy(dbFile, hasText('check-me'), replacing(['check-me', 'other-key'], [777, 0]));
    expect(zero ?? 'accepted', 'INSERT of a copy of the transfer with amount 0 (and a new key): a CHECK constraint should refuse it').toBe('SQLITE_CONSTRAINT_CHECK');
    const negative = tryInsertCopy(dbFile, hasText('check-me'), replacing(['check-me', 'other-key'], [777, -777]));
    expect(negative ?? 'accepted', 'INSERT of a copy of the transfer with amount -777: a CHECK constraint should refuse it').toBe('SQLITE_CONSTRAINT_CHECK');
    const sameKey = tryInsertCopy(dbFile, hasText('check-me'));
    expect(sameKey ?? 'accepted', 'INSERT of a copy of the transfer with the same key: a unique index should refuse it').toMatch(/^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/);
  });

  it('foreign keys: a transfer or an entry cannot name an account that does not exist', async () => {
    const { api, dbFile } = await start();
    const accounts: AccountJson[] = [];
    for (let i = 1; i <= 12; i++) accounts.push(await createAccount(api, `Account ${i}`));
    // Two-digit ids, far from the ids of transfers and entries, so each value names one column.
    const [fifth, sixth] = [accounts[10]!, accounts[11]!];
    expect(await getAccount(api, sixth.id), `GET /accounts/${sixth.id}`).toEqual(sixth);
    await deposit(api, sixth.id, 5_000);
    await transfer(api, 'fk-check', { from: sixth.id, to: fifth.id, amountCents: 777 });
    const toNowhere = tryInsertCopy(dbFile, hasText('fk-check'), replacing(['fk-check', 'fk-other'], [fifth.id, 999_999]));
    expect(toNowhere ?? 'accepted', 'INSERT of a copy of the transfer to account 999999: a foreign key should refuse it').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    const entryOfNobody = tryInsertCopy(dbFile, (row) => Object.values(row).includes(-777), replacing([sixth.id, 999_999]));
    expect(entryOfNobody ?? 'accepted', 'INSERT of a copy of the entry -777 for account 999999: a foreign key should refuse it').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  });

  it('60 concurrent random transfers keep the total, never go negative, and match the entries', async () => {
    const { api } = await start();
    const funds = [3_000, 2_000, 1_000, 500];
    const accounts: AccountJson[] = [];
    for (const [i, amount] of funds.entries()) {
      const account = await createAccount(api, `Concurrent ${i}`);
      await deposit(api, account.id, amount);
      accounts.push(account);
    }
    const random = seededRandom(29);
    const pick = () => accounts[Math.floor(random() * accounts.length)]!.id;
    const bodies = Array.from({ length: 60 }, () => {
      const from = pick();
      let to = pick();
      while (to === from) to = pick();
      return { from, to, amountCents: 1 + Math.floor(random() * 1_500) };
    });
    bodies[30] = { from: accounts[3]!.id, to: accounts[0]!.id, amountCents: 1_000_000 };
    const responses = await Promise.all(bodies.map((body, i) => postTransfer(api, `random-${i}`, body)));
    const expected = new Map(accounts.map((a, i) => [a.id, funds[i]!]));
    for (const [i, res] of responses.entries()) {
      const body = bodies[i]!;
      if (res.status === 201) {
        expect(expectTransferShape(res), res.request).toMatchObject(body);
        expected.set(body.from, expected.get(body.from)! - body.amountCents);
        expected.set(body.to, expected.get(body.to)! + body.amountCents);
      } else {
        expectInsufficient(res, undefined, body.amountCents);
      }
    }
    expect(responses[30]!.status, 'the transfer of 1000000 cents').toBe(409);
    expect(responses.filter((res) => res.status === 201).length, 'transfers that went through').toBeGreaterThan(0);
    let total = 0;
    for (const account of accounts) {
      const balance = await balanceOf(api, account.id);
      total += balance;
      expect(balance, `balance of account ${account.id}`).toBeGreaterThanOrEqual(0);
      expect(balance, `balance of account ${account.id}: its deposit plus the 201 transfers in, minus those out`).toBe(expected.get(account.id));
      const sum = (await allEntries(api, account.id)).reduce((s, e) => s + e.amountCents, 0);
      expect(sum, `sum of the entries of account ${account.id}`).toBe(balance);
    }
    expect(total, 'the total of all balances: everything deposited').toBe(6_500);
    expect(await balanceOf(api, CASH), 'cash').toBe(-6_500);
  });

  it('two apps on one file alternate transfers: the database, not the process, keeps the rules', async () => {
    const one = await start();
    const two = await start({ dbFile: one.dbFile, clock: one.clock });
    const apps = [one.api, two.api];
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const account = await createAccount(apps[i % 2]!, `Shared ${i}`);
      await deposit(apps[(i + 1) % 2]!, account.id, 1_000);
      ids.push(account.id);
    }
    const model = new Map(ids.map((id) => [id, 1_000]));
    const random = seededRandom(2929);
    for (let i = 0; i < 30; i++) {
      const from = ids[i % 3]!;
      const to = ids[(i + 1 + Math.floor(random() * 2)) % 3]!;
      const amountCents = 1 + Math.floor(random() * 900);
      const res = await postTransfer(apps[i % 2]!, `alt-${i}`, { from, to, amountCents });
      if (model.get(from)! >= amountCents) {
        expectStatus(res, 201);
        model.set(from, model.get(from)! - amountCents);
        model.set(to, model.get(to)! + amountCents);
      } else {
        expectInsufficient(res, model.get(from)!, amountCents);
      }
    }
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => postTransfer(apps[i % 2]!, `burst-${i}`, { from: ids[i % 3]!, to: ids[(i + 1) % 3]!, amountCents: 150 })));
    for (const res of burst) expect([201, 409], `${res.request} answered ${res.status}`).toContain(res.status);
    let total = 0;
    for (const id of ids) {
      const seenByOne = await balanceOf(one.api, id);
      expect(await balanceOf(two.api, id), `balance of ${id} as the second app sees it`).toBe(seenByOne);
      expect(seenByOne, `balance of ${id}`).toBeGreaterThanOrEqual(0);
      const sum = (await allEntries(two.api, id)).reduce((s, e) => s + e.amountCents, 0);
      expect(sum, `sum of the entries of ${id}`).toBe(seenByOne);
      total += seenByOne;
    }
    expect(total, 'the total of the three balances').toBe(3_000);
  });

  it('a restart keeps accounts, balances, transfers and entries, and applies no migration twice', async () => {
    const first = await start();
    const [alice, bob] = await aliceAndBob(first.api);
    first.clock.advance(MINUTE);
    const made = await transfer(first.api, 'before-restart', { from: alice.id, to: bob.id, amountCents: 1_234 });
    const accounts = [await getAccount(first.api, CASH), await getAccount(first.api, alice.id), await getAccount(first.api, bob.id)];
    const statements = [await entriesOf(first.api, alice.id), await entriesOf(first.api, bob.id)];
    await first.api.close();
    const second = await start({ dbFile: first.dbFile, clock: first.clock });
    for (const account of accounts) expect(await getAccount(second.api, account.id), `GET /accounts/${account.id} after the restart`).toEqual(account);
    expect([await entriesOf(second.api, alice.id), await entriesOf(second.api, bob.id)], 'the statements after the restart').toEqual(statements);
    expect((await second.api.get(`/transfers/${made.id}`)).json, `GET /transfers/${made.id} after the restart`).toEqual(made);
    const carol = await createAccount(second.api, 'Carol');
    expect([CASH, alice.id, bob.id], 'ids in use after the restart').not.toContain(carol.id);
    await second.api.close();
    expectMigrationsApplied(first.dbFile);
    const applied = withRawDb(first.dbFile, (db) => db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get());
    expect(applied, 'rows in __drizzle_migrations after two starts').toBe(migrationTags().length);
  });

  it('hostile input on every route (corrupt bodies, malformed URLs, repeated parameters) answers 4xx JSON, never 5xx', async () => {
    const { api } = await start();
    const [alice, bob] = await aliceAndBob(api);
    const made = await transfer(api, 'hostile-seed', { from: alice.id, to: bob.id, amountCents: 100 });
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/accounts', body: { name: 'Carol' } },
        { method: 'GET', path: '/accounts/:id' },
        { method: 'POST', path: '/accounts/:id/deposits', body: { amountCents: 500 } },
        { method: 'GET', path: '/accounts/:id/entries', query: ['limit', 'offset'] },
        { method: 'POST', path: '/transfers', body: { from: alice.id, to: bob.id, amountCents: 1 } },
        { method: 'GET', path: '/transfers/:transferId' },
      ],
      { params: { id: String(alice.id), transferId: String(made.id) }, headers: { 'Idempotency-Key': 'hostile-probe' } },
    );
  });

  it('a database holding accounts and transfers written before the last migration keeps every row through it', async () => {
    // The app as it was before each later migration: a copy of this implementation whose journal
    // stops earlier. Where that copy can already create accounts, deposit and transfer, the data
    // it wrote must survive the remaining migrations (a table rebuild included) and the rules hold.
    const tags = migrationTags();
    const copy = tempDir('b100-p29-before-');
    cpSync(implDir(), copy, { recursive: true, filter: (source) => !/(^|[\\/])(node_modules|\.git)$|\.db(-wal|-shm)?$/.test(source) });
    const journal = JSON.parse(readFileSync(implPath('drizzle/meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    for (let kept = 1; kept < tags.length; kept++) {
      writeFileSync(path.join(copy, 'drizzle/meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, kept) }));
      const dbFile = tempDbFile();
      const before = await startAppProcesses(1, { module: path.relative(implDir(), path.join(copy, 'src/app.ts')), options: { dbFile }, start: START });
      const old = before.apps[0]!;
      const seeded = await (async () => {
        const one = await old.post('/accounts', { json: { name: 'Early Alice' } });
        const two = await old.post('/accounts', { json: { name: 'Early Bob' } });
        if (one.status !== 201 || two.status !== 201) return undefined;
        const [a, b] = [(one.json as AccountJson).id, (two.json as AccountJson).id];
        const dep = await old.post(`/accounts/${a}/deposits`, { json: { amountCents: 5_000 } });
        const move = await postTransfer(old, 'early-transfer', { from: a, to: b, amountCents: 1_250 });
        if (dep.status !== 201 || move.status !== 201) return undefined;
        return { a, b, transferId: (move.json as TransferJson).id };
      })();
      await before.kill();
      if (seeded === undefined) continue;
      let started: Awaited<ReturnType<typeof start>> | undefined;
      try {
        started = await start({ dbFile });
      } catch (error) {
        expect.fail(`createApp on a database written with the first ${kept} of your ${tags.length} migrations (holding 2 accounts, a deposit and a transfer) threw while applying the rest: ${String(error)}`);
      }
      const { api } = started!;
      const what = `after upgrading a database written with the first ${kept} of your ${tags.length} migrations`;
      expect([await balanceOf(api, seeded.a), await balanceOf(api, seeded.b), await balanceOf(api, CASH)], `${what}: the balances of Early Alice, Early Bob and cash`).toEqual([3_750, 1_250, -5_000]);
      expect((await allEntries(api, seeded.a)).map((e) => e.amountCents), `${what}: the entries of Early Alice, newest first`).toEqual([-1_250, 5_000]);
      const replay = await postTransfer(api, 'early-transfer', { from: seeded.a, to: seeded.b, amountCents: 1_250 });
      expectStatus(replay, 201);
      expect(replay.headers.get('idempotent-replayed'), `${what}: the key of the early transfer is still known (a replay)`).toBe('true');
      expectInsufficient(await postTransfer(api, 'early-too-much', { from: seeded.b, to: seeded.a, amountCents: 1_251 }), 1_250, 1_251);
      await api.close();
      const zero = tryInsertCopy(dbFile, hasText('early-transfer'), replacing(['early-transfer', 'early-other-key'], [1_250, 0]));
      expect(zero ?? 'accepted', `${what}: a copy of the early transfer with amount 0, inserted with plain SQL: the CHECK of the last migration refuses it`).toBe('SQLITE_CONSTRAINT_CHECK');
    }
  });

  it('SQL in names, ids, keys and query parameters is only ever data', async () => {
    const { api, dbFile } = await start();
    const hostile = ["Robert'); DROP TABLE accounts;--", "' OR 1=1 --", '"', ';', "x'; UPDATE accounts SET balance_cents = 1000000; --", '%_\\\'"`;'];
    const created: AccountJson[] = [];
    for (const name of hostile) {
      const account = await createAccount(api, name);
      expect(account.name, `the name of an account created with ${JSON.stringify(name)}`).toBe(name);
      created.push(account);
    }
    await deposit(api, created[0]!.id, 100);
    const before = dumpDb(dbFile);
    for (const raw of [`${created[0]!.id} OR 1=1`, `${created[0]!.id}; DROP TABLE entries`, "0' OR '1'='1"].map(encodeURIComponent)) {
      expectApiError(await api.get(`/accounts/${raw}`), 404, 'not_found');
      expectApiError(await api.get(`/accounts/${raw}/entries`), 404, 'not_found');
      expectApiError(await api.post(`/accounts/${raw}/deposits`, { json: { amountCents: 1 } }), 404, 'not_found');
    }
    expectInvalid(await postTransfer(api, "k' OR 1=1 --", { from: created[0]!.id, to: created[1]!.id, amountCents: 1 }), 'Idempotency-Key');
    expectInvalid(await api.get(`/accounts/${created[0]!.id}/entries?limit=${encodeURIComponent('1 OR 1=1')}`), 'limit');
    expect(dumpDb(dbFile), 'the database after the hostile requests').toEqual(before);
    for (const account of created) {
      expect(await getAccount(api, account.id), `GET /accounts/${account.id}`).toEqual({ ...account, balanceCents: account.id === created[0]!.id ? 100 : 0 });
    }
  });
});
