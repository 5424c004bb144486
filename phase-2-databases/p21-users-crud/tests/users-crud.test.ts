// The hidden suite of p21 users-crud. It reaches the app only through what SPEC.md's Interface
// promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), and the
// drizzle/ migrations folder. Column names are the learner's design: checks that look inside
// the database file find rows by their content, never by a column name.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  expectAllow,
  expectApiError,
  expectHostileInputRefused,
  expectInvalid,
  expectMigrationsApplied,
  expectNo5xx,
  expectStatus,
  hasText,
  load,
  migrationTags,
  serve,
  tempDbFile,
  tryInsertCopy,
  withRawDb,
  type HttpResponse,
  type TestServer,
} from '#testkit';
import {
  START,
  countUsers,
  createUser,
  expectUserShape,
  getUser,
  listUsers,
  start,
  type AppModule,
  type UserJson,
} from './helpers.js';

const MINUTE = 60_000;

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next (and mutation testing sees each check run that code).
beforeEach(() => {
  vi.resetModules();
});

/** Ann, Bob and Cy, created in this order at START, START + 1 min and START + 2 min. */
async function threeUsers(started: { api: TestServer; clock: { advance: (ms: number) => void } }): Promise<[UserJson, UserJson, UserJson]> {
  const next = async (email: string, name: string) => {
    const user = await createUser(started.api, { email, name });
    started.clock.advance(MINUTE);
    return user;
  };
  const ann = await next('ann@example.com', 'Ann');
  const bob = await next('bob@example.com', 'Bob');
  const cy = await next('cy@example.com', 'Cy');
  return [ann, bob, cy];
}

describe('Task 1: Open the database and apply migrations', () => {
  it('createApp({ dbFile, now }) applies the migrations drizzle-kit generated in drizzle/', async () => {
    const { api, dbFile } = await start();
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('a new database answers GET /users with an empty page', async () => {
    const { api } = await start();
    const page = await listUsers(api);
    expect(page, 'GET /users on an empty database').toEqual({ items: [], total: 0, limit: 20, offset: 0 });
  });

  it('opening the same file again (a restart) keeps the data and applies no migration twice', async () => {
    const first = await start();
    const ann = await createUser(first.api, { email: 'ann@example.com', name: 'Ann' });
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await getUser(second.api, ann.id), `GET /users/${ann.id} after the restart`).toEqual(ann);
    await second.api.close();
    const applied = withRawDb(first.dbFile, (db) => db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get());
    expect(applied, 'rows in __drizzle_migrations after two starts').toBe(migrationTags().length);
  });

  it('two apps on two database files do not share data (no module-level state)', async () => {
    const one = await start();
    const two = await start();
    await createUser(one.api, { email: 'ann@example.com', name: 'Ann' });
    expect(await countUsers(two.api), 'total of the second app after a POST to the first').toBe(0);
    expect(await countUsers(one.api), 'total of the first app').toBe(1);
    await createUser(two.api, { email: 'ann@example.com', name: 'Ann again' });
  });

  it('app.locals.close() closes the database: later requests fail with the JSON 500 error', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: tempDbFile() }) as ReturnType<AppModule['createApp']> & { locals: { close?: () => unknown } };
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    // Served through a wrapper, so that the test closes the database itself, exactly once.
    const api = await serve((req, res) => app(req, res));
    await createUser(api, { email: 'ann@example.com', name: 'Ann' });
    await app.locals.close?.();
    expectApiError(await api.get('/users'), 500, 'internal');
    expectApiError(await api.post('/users', { json: { email: 'bob@example.com', name: 'Bob' } }), 500, 'internal');
  });

  it('an unknown route answers the JSON 404 not_found', async () => {
    const { api } = await start();
    expectApiError(await api.get('/nope'), 404, 'not_found');
    expectApiError(await api.get('/users/1/friends'), 404, 'not_found');
    expectApiError(await api.post('/nope', { json: { email: 'ann@example.com', name: 'Ann' } }), 404, 'not_found');
  });

  it('a method a path does not answer gets 405 method_not_allowed with an Allow header', async () => {
    const { api } = await start();
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await api.request(method, '/users', { json: { name: 'Ann' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['GET', 'HEAD', 'POST']);
    }
    for (const method of ['PUT', 'POST']) {
      const res = await api.request(method, '/users/1', { json: { name: 'Ann' } });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, ['DELETE', 'GET', 'HEAD', 'PATCH']);
    }
  });
});

describe('Task 2: Create users', () => {
  it('POST /users answers 201 with the user, a Location header, and lower-cases the email', async () => {
    const { api } = await start();
    const res = await api.post('/users', { json: { email: 'Ann.Lee@Example.COM', name: 'Ann Lee' } });
    expectStatus(res, 201);
    const user = expectUserShape(res);
    expect(user, 'the created user').toEqual({ id: user.id, email: 'ann.lee@example.com', name: 'Ann Lee', createdAt: START, updatedAt: START });
    const location = res.headers.get('location') ?? '';
    expect(location.endsWith(`/users/${user.id}`), `${res.request}: Location header should be /users/${user.id}, got "${location}"`).toBe(true);
    expect(await getUser(api, user.id), `GET /users/${user.id} after the POST`).toEqual(user);
  });

  it('each user gets its own id, and createdAt from the injected clock', async () => {
    const started = await start();
    const [ann, bob, cy] = await threeUsers(started);
    expect(new Set([ann.id, bob.id, cy.id]).size, 'ids of three users').toBe(3);
    expect(bob.createdAt, 'createdAt of a user created one minute later').toBe('2026-01-15T12:01:00.000Z');
    expect(cy.updatedAt, 'updatedAt of a new user equals its createdAt').toBe('2026-01-15T12:02:00.000Z');
  });

  it('now is optional: without it createdAt comes from the real clock', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const api = await serve(createApp({ dbFile: tempDbFile() }));
    const user = await createUser(api, { email: 'ann@example.com', name: 'Ann' });
    expect(user.createdAt, 'createdAt without a now option').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('a missing email or name answers 400 validation_failed naming the field', async () => {
    const { api } = await start();
    expectInvalid(await api.post('/users', { json: { name: 'Ann' } }), 'email');
    expectInvalid(await api.post('/users', { json: { email: 'ann@example.com' } }), 'name');
    const both = await api.post('/users', { json: {} });
    expectInvalid(both, 'email');
    expectInvalid(both, 'name');
    expect(await countUsers(api), 'users after rejected POSTs').toBe(0);
  });

  it('name must be 1 to 100 characters and not blank', async () => {
    const { api } = await start();
    expectInvalid(await api.post('/users', { json: { email: 'a@example.com', name: '' } }), 'name');
    expectInvalid(await api.post('/users', { json: { email: 'a@example.com', name: '   ' } }), 'name');
    expectInvalid(await api.post('/users', { json: { email: 'a@example.com', name: 'x'.repeat(101) } }), 'name');
    expect(await countUsers(api), 'users after rejected POSTs').toBe(0);
    const longest = await createUser(api, { email: 'a@example.com', name: 'x'.repeat(100) });
    expect(longest.name, 'a name of 100 characters').toBe('x'.repeat(100));
    // "stored exactly as sent": spaces around a name are the client's, not trimmed away.
    const spaced = await createUser(api, { email: 'b@example.com', name: '  Bo  Lee ' });
    expect(spaced.name, 'the name "  Bo  Lee " (the SPEC: stored exactly as sent, not trimmed)').toBe('  Bo  Lee ');
    expect((await getUser(api, spaced.id)).name, `GET /users/${spaced.id}: the name as sent`).toBe('  Bo  Lee ');
  });

  it('email must look like an email and be at most 254 characters', async () => {
    const { api } = await start();
    for (const email of ['not-an-email', 'ann@', '@example.com', 'ann smith@example.com', 'ann@example', 'ann@@example.com', '']) {
      expectInvalid(await api.post('/users', { json: { email, name: 'Ann' } }), 'email');
    }
    const domain = `${'b'.repeat(60)}.`.repeat(4);
    const longest = `a@${domain}${'c'.repeat(8)}`;
    expect(longest.length).toBe(254);
    expectInvalid(await api.post('/users', { json: { email: `${longest}c`, name: 'Too long' } }), 'email');
    expect(await countUsers(api), 'users after rejected POSTs').toBe(0);
    expect((await createUser(api, { email: longest, name: 'Longest' })).email, 'an email of 254 characters').toBe(longest);
  });

  it('fields of the wrong type answer 400 validation_failed', async () => {
    const { api } = await start();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ email: 'ann@example.com', name: 42 }, 'name'],
      [{ email: 'ann@example.com', name: null }, 'name'],
      [{ email: 'ann@example.com', name: ['Ann'] }, 'name'],
      [{ email: true, name: 'Ann' }, 'email'],
      [{ email: ['ann@example.com'], name: 'Ann' }, 'email'],
      [{ email: { $ne: '' }, name: 'Ann' }, 'email'],
    ];
    for (const [json, field] of cases) expectInvalid(await api.post('/users', { json }), field);
    expect(await countUsers(api), 'users after rejected POSTs').toBe(0);
  });

  it('unknown fields are rejected with 400, naming the field', async () => {
    const { api } = await start();
    for (const field of ['role', 'id', 'createdAt']) {
      expectInvalid(await api.post('/users', { json: { email: 'ann@example.com', name: 'Ann', [field]: 'x' } }), field);
    }
    expect(await countUsers(api), 'users after rejected POSTs').toBe(0);
  });

  it('a body that is not a JSON object answers 400', async () => {
    const { api } = await start();
    expectApiError(await api.post('/users', { body: '{"email": "ann@example.com", "name": ', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    for (const body of ['[]', 'null', '"ann@example.com"', '42']) {
      const res = await api.post('/users', { body, headers: { 'content-type': 'application/json' } });
      expectNo5xx(res);
      expectStatusAndShape(res, 400);
    }
    expect(await countUsers(api), 'users after rejected POSTs').toBe(0);
  });

  it('a body that is not JSON answers 415 unsupported_media_type', async () => {
    const { api } = await start();
    expectApiError(await api.post('/users', { body: '{"email":"ann@example.com","name":"Ann"}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/users', { body: 'email=ann%40example.com&name=Ann', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/users', { body: '{"email":"ann@example.com","name":"Ann"}', headers: { 'content-type': 'application/json; charset=iso-8859-1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/users', { body: '{"email":"ann@example.com","name":"Ann"}', headers: { 'content-type': 'application/json', 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expect(await countUsers(api), 'users after rejected POSTs').toBe(0);
  });

  it('a body over 16 KiB answers 413 payload_too_large; padding under the limit is fine', async () => {
    const { api } = await start();
    const huge = JSON.stringify({ email: 'ann@example.com', name: 'x'.repeat(17_000) });
    expectApiError(await api.post('/users', { body: huge, headers: { 'content-type': 'application/json' } }), 413, 'payload_too_large');
    const padded = `{"email": "ann@example.com", "name": "Ann"${' '.repeat(15_000)}}`;
    const res = await api.post('/users', { body: padded, headers: { 'content-type': 'application/json' } });
    expect(res.status, `a valid 15 KB body (whitespace padding) answered ${res.status} with ${res.text.slice(0, 200)}`).toBe(201);
  });
});

/** 400 with the JSON error shape, whatever the code (invalid_json or validation_failed). */
function expectStatusAndShape(res: HttpResponse, status: number): void {
  expectStatus(res, status);
  const error = (res.json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  expect(typeof error?.code === 'string' && typeof error.message === 'string', `${res.request}: the body should be {"error": {"code", "message"}}, got ${res.text.slice(0, 300)}`).toBe(true);
}

describe('Task 3: Read and list users', () => {
  it('GET /users/:id answers the user; an unknown id answers 404 not_found', async () => {
    const started = await start();
    const [ann, bob] = await threeUsers(started);
    expect(await getUser(started.api, bob.id), `GET /users/${bob.id}`).toEqual(bob);
    expect(await getUser(started.api, ann.id), `GET /users/${ann.id}`).toEqual(ann);
    expectApiError(await started.api.get('/users/999999'), 404, 'not_found');
  });

  it('an id that is not written in digits answers 404 not_found, never another user', async () => {
    const { api } = await start();
    const ann = await createUser(api, { email: 'ann@example.com', name: 'Ann' });
    const id = ann.id;
    for (const raw of ['abc', `0x${id.toString(16)}`, `${id}e0`, `${id}abc`, `${id}.5`, `-${id}`, '0', `%20${id}`, '99999999999999999999', 'null']) {
      expectApiError(await api.get(`/users/${raw}`), 404, 'not_found');
    }
  });

  it('GET /users lists users oldest first with total, limit and offset', async () => {
    const started = await start();
    const users = await threeUsers(started);
    expect(await listUsers(started.api), 'GET /users with three users').toEqual({ items: users, total: 3, limit: 20, offset: 0 });
  });

  it('limit defaults to 20; offset skips users', async () => {
    const started = await start();
    const users: UserJson[] = [];
    for (let i = 1; i <= 21; i++) users.push(await createUser(started.api, { email: `user${i}@example.com`, name: `User ${i}` }));
    const first = await listUsers(started.api);
    expect(first.items.map((u) => u.name), 'names on GET /users with 21 users').toEqual(users.slice(0, 20).map((u) => u.name));
    expect(first.total, 'total with 21 users').toBe(21);
    const rest = await listUsers(started.api, '?offset=20');
    expect(rest, 'GET /users?offset=20 with 21 users').toEqual({ items: [users[20]], total: 21, limit: 20, offset: 20 });
    expect(await getUser(started.api, users[20]!.id), `GET /users/${users[20]!.id}`).toEqual(users[20]);
  });

  it('limit and offset select a window of the list', async () => {
    const started = await start();
    const users: UserJson[] = [];
    for (let i = 1; i <= 5; i++) users.push(await createUser(started.api, { email: `user${i}@example.com`, name: `User ${i}` }));
    const names = async (query: string) => (await listUsers(started.api, query)).items.map((u) => u.name);
    expect(await listUsers(started.api, '?limit=2&offset=1'), 'GET /users?limit=2&offset=1').toEqual({ items: users.slice(1, 3), total: 5, limit: 2, offset: 1 });
    expect(await names('?limit=1'), 'GET /users?limit=1').toEqual(['User 1']);
    expect(await names('?limit=2&offset=4'), 'GET /users?limit=2&offset=4').toEqual(['User 5']);
    expect(await names('?offset=0&limit=100'), 'GET /users?offset=0&limit=100').toEqual(users.map((u) => u.name));
    expect(await listUsers(started.api, '?offset=5'), 'GET /users?offset=5 (past the end)').toEqual({ items: [], total: 5, limit: 20, offset: 5 });
  });

  it('limit must be a whole number from 1 to 100, else 400 validation_failed', async () => {
    const { api } = await start();
    for (const limit of ['0', '101', '-1', 'abc', '1.5', '1e1', '10abc']) {
      expectInvalid(await api.get(`/users?limit=${limit}`), 'limit');
    }
    expectInvalid(await api.get('/users?limit=1&limit=2'), 'limit');
  });

  it('offset must be a whole number from 0, else 400 validation_failed', async () => {
    const { api } = await start();
    for (const offset of ['-1', 'abc', '1.5', '1e1', '2abc']) {
      expectInvalid(await api.get(`/users?offset=${offset}`), 'offset');
    }
    const huge = await api.get('/users?offset=99999999999999999999');
    expectNo5xx(huge);
    expect([200, 400], `${huge.request} answered ${huge.status}`).toContain(huge.status);
  });
});

describe('Task 4: Update and delete users', () => {
  it('PATCH changes only the fields sent and moves updatedAt', async () => {
    const started = await start();
    const [ann, bob] = await threeUsers(started);
    started.clock.advance(10 * MINUTE);
    const res = await started.api.patch(`/users/${ann.id}`, { json: { name: 'Ann Lee' } });
    expectStatus(res, 200);
    const expected = { ...ann, name: 'Ann Lee', updatedAt: '2026-01-15T12:13:00.000Z' };
    expect(expectUserShape(res), res.request).toEqual(expected);
    expect(await getUser(started.api, ann.id), `GET /users/${ann.id} after the PATCH`).toEqual(expected);
    expect(await getUser(started.api, bob.id), 'another user is untouched').toEqual(bob);
  });

  it('PATCH an email lower-cases it and keeps the name', async () => {
    const started = await start();
    const [ann] = await threeUsers(started);
    started.clock.advance(MINUTE);
    const res = await started.api.patch(`/users/${ann.id}`, { json: { email: 'Ann.Lee@Example.com' } });
    expectStatus(res, 200);
    const expected = { ...ann, email: 'ann.lee@example.com', updatedAt: '2026-01-15T12:04:00.000Z' };
    expect(await getUser(started.api, ann.id), `GET /users/${ann.id} after the PATCH`).toEqual(expected);
    const both = await started.api.patch(`/users/${ann.id}`, { json: { email: 'ann@example.org', name: 'A.' } });
    expect(expectUserShape(both), both.request).toEqual({ ...expected, email: 'ann@example.org', name: 'A.' });
  });

  it('a PATCH with nothing valid to change answers 400 and changes nothing', async () => {
    const started = await start();
    const [ann] = await threeUsers(started);
    started.clock.advance(MINUTE);
    const path = `/users/${ann.id}`;
    expectInvalid(await started.api.patch(path, { json: {} }), 'body');
    expectInvalid(await started.api.patch(path, { json: { role: 'admin' } }), 'role');
    expectInvalid(await started.api.patch(path, { json: { name: 'Ann', id: 7 } }), 'id');
    expectInvalid(await started.api.patch(path, { json: { name: '' } }), 'name');
    expectInvalid(await started.api.patch(path, { json: { name: ' ' } }), 'name');
    expectInvalid(await started.api.patch(path, { json: { name: null } }), 'name');
    expectInvalid(await started.api.patch(path, { json: { name: 'y'.repeat(101) } }), 'name');
    expectInvalid(await started.api.patch(path, { json: { email: 'ann' } }), 'email');
    expectInvalid(await started.api.patch(path, { json: { email: 'ann@example.org', name: 5 } }), 'name');
    expectApiError(await started.api.patch(path, { body: '{"name":', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await started.api.patch(path, { body: '{"name":"Ann Lee"}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expect(await getUser(started.api, ann.id), `GET ${path} after rejected PATCHes`).toEqual(ann);
  });

  it('PATCH an unknown id answers 404 not_found', async () => {
    const { api } = await start();
    const ann = await createUser(api, { email: 'ann@example.com', name: 'Ann' });
    expectApiError(await api.patch('/users/999999', { json: { name: 'Nobody' } }), 404, 'not_found');
    expectApiError(await api.patch('/users/abc', { json: { name: 'Nobody' } }), 404, 'not_found');
    expectApiError(await api.patch(`/users/${ann.id}e0`, { json: { name: 'Nobody' } }), 404, 'not_found');
    expect(await getUser(api, ann.id), 'the user after PATCHes to other ids').toEqual(ann);
  });

  it('DELETE answers 204 with no body; the user is gone, the others stay', async () => {
    const started = await start();
    const [ann, bob, cy] = await threeUsers(started);
    const res = await started.api.delete(`/users/${bob.id}`);
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expectApiError(await started.api.get(`/users/${bob.id}`), 404, 'not_found');
    expectApiError(await started.api.delete(`/users/${bob.id}`), 404, 'not_found');
    expect(await listUsers(started.api), 'GET /users after the DELETE').toEqual({ items: [ann, cy], total: 2, limit: 20, offset: 0 });
  });

  it('DELETE an unknown id answers 404 not_found and deletes nothing', async () => {
    const started = await start();
    const users = await threeUsers(started);
    for (const raw of ['999999', 'abc', `${users[0].id}e0`, `0x${users[0].id.toString(16)}`]) {
      expectApiError(await started.api.delete(`/users/${raw}`), 404, 'not_found');
    }
    expect((await listUsers(started.api)).items, 'users after DELETEs of unknown ids').toEqual(users);
  });

  it('the email of a deleted user can be used again', async () => {
    const { api } = await start();
    const ann = await createUser(api, { email: 'ann@example.com', name: 'Ann' });
    expect((await api.delete(`/users/${ann.id}`)).status, `DELETE /users/${ann.id}`).toBe(204);
    const again = await createUser(api, { email: 'ANN@example.com', name: 'Ann again' });
    expect(again.email, 'the email of the new user').toBe('ann@example.com');
  });
});

describe('Task 5: Keep emails unique', () => {
  it('a second user with the same email answers 409 conflict', async () => {
    const { api } = await start();
    const ann = await createUser(api, { email: 'ann@example.com', name: 'Ann' });
    expectApiError(await api.post('/users', { json: { email: 'ann@example.com', name: 'Impostor' } }), 409, 'conflict');
    expect(await listUsers(api), 'GET /users after the 409').toEqual({ items: [ann], total: 1, limit: 20, offset: 0 });
    await createUser(api, { email: 'bob@example.com', name: 'Bob' });
  });

  it('emails that differ only in case are the same email: 409 conflict', async () => {
    const { api } = await start();
    const ann = await createUser(api, { email: 'Ann@Example.com', name: 'Ann' });
    for (const email of ['ann@example.com', 'ANN@EXAMPLE.COM', 'aNN@example.COM']) {
      expectApiError(await api.post('/users', { json: { email, name: 'Impostor' } }), 409, 'conflict');
    }
    expect((await listUsers(api)).items, 'users after the 409s').toEqual([ann]);
  });

  it("PATCH to another user's email (in any case) answers 409 and changes nothing", async () => {
    const started = await start();
    const [ann, bob] = await threeUsers(started);
    started.clock.advance(MINUTE);
    expectApiError(await started.api.patch(`/users/${bob.id}`, { json: { email: 'ANN@example.com' } }), 409, 'conflict');
    expectApiError(await started.api.patch(`/users/${bob.id}`, { json: { name: 'Bobby', email: 'ann@example.com' } }), 409, 'conflict');
    expect(await getUser(started.api, bob.id), 'the user whose PATCH was refused (name included)').toEqual(bob);
    expect(await getUser(started.api, ann.id), 'the owner of the email').toEqual(ann);
  });

  it('a user may PATCH its own email to another case', async () => {
    const started = await start();
    const [ann] = await threeUsers(started);
    const res = await started.api.patch(`/users/${ann.id}`, { json: { email: 'ANN@EXAMPLE.COM', name: 'Ann L.' } });
    expectStatus(res, 200);
    expect(expectUserShape(res).email, res.request).toBe('ann@example.com');
  });

  it('the database itself refuses a second row with the same email (a unique index)', async () => {
    const { api, dbFile } = await start();
    await createUser(api, { email: 'ann@example.com', name: 'Ann' });
    await api.close();
    const code = tryInsertCopy(dbFile, hasText('ann@example.com'));
    expect(
      code ?? 'accepted',
      'INSERT of a copy of the row of ann@example.com straight into the database file: SQLite should refuse it (SQLITE_CONSTRAINT_UNIQUE) because of a unique index in src/db/schema.ts',
    ).toMatch(/^SQLITE_CONSTRAINT/);
  });

  it('two apps open on the same file see each other and still refuse duplicates', async () => {
    const one = await start();
    const two = await start({ dbFile: one.dbFile, clock: one.clock });
    const ann = await createUser(one.api, { email: 'ann@example.com', name: 'Ann' });
    expectApiError(await two.api.post('/users', { json: { email: 'Ann@Example.com', name: 'Ann 2' } }), 409, 'conflict');
    const bob = await createUser(two.api, { email: 'bob@example.com', name: 'Bob' });
    expectApiError(await one.api.patch(`/users/${ann.id}`, { json: { email: 'BOB@example.com' } }), 409, 'conflict');
    expect((await listUsers(one.api)).items, 'users seen by the first app').toEqual([ann, bob]);
  });
});

const INJECTIONS = [
  "Robert'); DROP TABLE users;--",
  "' OR '1'='1",
  "admin'--",
  '"; DELETE FROM users; --',
  "1; UPDATE users SET name = 'pwned'",
  "x' UNION SELECT sqlite_version(), 2, 3, 4, 5 --",
  '%_\\\'"`;',
];

describe('Task 6: Survive restarts and SQL injection', () => {
  it('after a restart every user, update and delete is still there, and new ids are fresh', async () => {
    const first = await start();
    const [ann, bob, cy] = await threeUsers(first);
    first.clock.advance(MINUTE);
    const patched = expectUserShape(await first.api.patch(`/users/${cy.id}`, { json: { name: 'Cyrus' } }));
    expect((await first.api.delete(`/users/${bob.id}`)).status, `DELETE /users/${bob.id}`).toBe(204);
    await first.api.close();

    const second = await start({ dbFile: first.dbFile, clock: first.clock });
    expect(await listUsers(second.api), 'GET /users after the restart').toEqual({ items: [ann, patched], total: 2, limit: 20, offset: 0 });
    expect(patched.updatedAt, 'updatedAt of the PATCHed user').toBe('2026-01-15T12:04:00.000Z');
    expectApiError(await second.api.post('/users', { json: { email: 'ANN@example.com', name: 'Again' } }), 409, 'conflict');
    const dan = await createUser(second.api, { email: 'dan@example.com', name: 'Dan' });
    expect([ann.id, cy.id], 'ids in use after the restart').not.toContain(dan.id);
  });

  it('names full of SQL are stored and returned exactly as sent', async () => {
    const { api, dbFile, clock } = await start();
    const created: UserJson[] = [];
    for (const [i, name] of INJECTIONS.entries()) {
      const user = await createUser(api, { email: `user${i}@example.com`, name });
      expect(user.name, `the name of a user created with name ${JSON.stringify(name)}`).toBe(name);
      created.push(user);
    }
    for (const user of created) expect(await getUser(api, user.id), `GET /users/${user.id}`).toEqual(user);
    await api.close();
    const again = await start({ dbFile, clock });
    expect((await listUsers(again.api)).items, 'users after a restart: the table is intact').toEqual(created);
  });

  it('emails with quotes are stored verbatim; emails with SQL in them are rejected with 400', async () => {
    const { api } = await start();
    const obrien = await createUser(api, { email: "O'Brien@example.com", name: "Pat O'Brien" });
    expect(obrien.email, "the email O'Brien@example.com").toBe("o'brien@example.com");
    expectApiError(await api.post('/users', { json: { email: "o'brien@example.com", name: 'Twin' } }), 409, 'conflict');
    for (const email of ["x@example.com' OR '1'='1", "x@example.com'; DROP TABLE users; --", "' OR 1=1 --"]) {
      expectInvalid(await api.post('/users', { json: { email, name: 'Mallory' } }), 'email');
    }
    expect((await listUsers(api)).items, 'users after the hostile POSTs').toEqual([obrien]);
  });

  it('PATCH with SQL in the name changes only that user, verbatim', async () => {
    const started = await start();
    const [ann, bob, cy] = await threeUsers(started);
    for (const name of INJECTIONS) {
      const res = await started.api.patch(`/users/${bob.id}`, { json: { name } });
      expectStatus(res, 200);
      expect(expectUserShape(res).name, res.request).toBe(name);
    }
    const items = (await listUsers(started.api)).items;
    expect(items.map((u) => u.name), 'names after the PATCHes').toEqual([ann.name, INJECTIONS.at(-1), cy.name]);
  });

  it('SQL in the :id of GET, PATCH and DELETE answers 404 and touches nothing', async () => {
    const started = await start();
    const users = await threeUsers(started);
    const id = users[0].id;
    const hostile = [`${id} OR 1=1`, `${id}; DROP TABLE users`, `${id}' OR '1'='1`, `${id}--`, `0 OR id > 0`];
    for (const raw of hostile.map(encodeURIComponent)) {
      expectApiError(await started.api.get(`/users/${raw}`), 404, 'not_found');
      expectApiError(await started.api.patch(`/users/${raw}`, { json: { name: 'pwned' } }), 404, 'not_found');
      expectApiError(await started.api.delete(`/users/${raw}`), 404, 'not_found');
    }
    expect((await listUsers(started.api)).items, 'users after the hostile requests').toEqual(users);
  });

  it('SQL in limit and offset answers 400 and touches nothing', async () => {
    const started = await start();
    const users = await threeUsers(started);
    const hostile: Array<[string, string]> = [
      ['limit', '1 OR 1=1'],
      ['limit', '1; DROP TABLE users'],
      ['offset', "0'; DELETE FROM users; --"],
      ['offset', '0 UNION SELECT 1,2,3,4,5'],
    ];
    for (const [param, value] of hostile) {
      expectInvalid(await started.api.get(`/users?${param}=${encodeURIComponent(value)}`), param);
    }
    expect((await listUsers(started.api)).items, 'users after the hostile requests').toEqual(users);
  });

  it('hostile input on every route (broken URLs, corrupt bodies, repeated parameters) gets a 4xx JSON error, never a 5xx', async () => {
    const started = await start();
    const [ann] = await threeUsers(started);
    await expectHostileInputRefused(
      started.api,
      [
        { method: 'POST', path: '/users', body: { email: 'zed@example.com', name: 'Zed' } },
        { method: 'GET', path: '/users', query: ['limit', 'offset'] },
        { method: 'GET', path: '/users/:id' },
        { method: 'PATCH', path: '/users/:id', body: { email: 'zoe@example.com', name: 'Zoe' } },
        { method: 'DELETE', path: '/users/:id' },
      ],
      { params: { id: String(ann.id) } },
    );
  });
});
