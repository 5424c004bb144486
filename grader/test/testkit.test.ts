// The testkit is what every hidden suite stands on: if one of its helpers lies, a hundred suites
// lie with it. These checks pin the behaviour suite authors rely on.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appTables, expectError, expectInvalid, fakeClock, fakeUpstream, findRow, hasText, queryPlan, runCli, runMain, serve, tempDir, tryInsertCopy, withRawDb } from '../testkit/index.js';

describe('serve and expectError', () => {
  it('serves an app on a loopback port and describes each request', async () => {
    const app = createServer((req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'not_found', message: `no ${req.url}` } }));
    });
    const api = await serve(app.listeners('request')[0] as Parameters<typeof serve>[0]);
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await api.get('/nope', { headers: { 'x-test': '1' } });
    expect(res.request).toBe('GET /nope [x-test: 1]');
    expectError(res, 404, 'not_found');
    expect(() => expectError(res, 404, 'conflict')).toThrow(/error\.code/);
    expect(() => expectError(res, 400)).toThrow(/answered 404/);
  });
});

describe('expectInvalid', () => {
  it('wants a non-empty list of { field, message } naming each field asked for', async () => {
    const answer = (details: unknown) =>
      createServer((_req, res) => {
        res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: { code: 'validation_failed', message: 'bad', details } }));
      }).listeners('request')[0] as Parameters<typeof serve>[0];
    const good = await (await serve(answer([{ field: 'name', message: 'is required' }]))).post('/');
    expectInvalid(good, 'name');
    expect(() => expectInvalid(good, 'email')).toThrow(/"field": "email"/);
    const empty = await (await serve(answer([]))).post('/');
    expect(() => expectInvalid(empty)).toThrow(/should list the problems/);
    expect(() => expectInvalid(good)).not.toThrow();
    const noField = await (await serve(answer([{ message: 'is required' }]))).post('/');
    expect(() => expectInvalid(noField)).toThrow(/string "field"/);
  });
});

describe('conditional requests', () => {
  it('reach the app without the no-cache that fetch would add, so a 304 is possible', async () => {
    const seen: Array<string | undefined> = [];
    const app = createServer((req, res) => {
      seen.push(req.headers['cache-control']);
      res.writeHead(req.headers['if-none-match'] === '"1"' ? 304 : 200).end();
    });
    const api = await serve(app.listeners('request')[0] as Parameters<typeof serve>[0]);
    expect((await api.get('/', { headers: { 'If-None-Match': '"1"' } })).status).toBe(304);
    await api.get('/', { headers: { 'if-none-match': '"1"', 'cache-control': 'no-cache' } });
    expect(seen).toEqual(['max-age=0', 'no-cache']);
  });
});

describe('fakeUpstream', () => {
  it('answers 404 until told otherwise and records every request', async () => {
    const upstream = await fakeUpstream();
    const first = await fetch(`${upstream.url}/rates?base=USD`);
    expect(first.status).toBe(404);
    await fetch(`${upstream.url}/post`, { method: 'POST', body: 'hello' });
    expect(upstream.requests.map((r) => `${r.method} ${r.path} ${r.body}`)).toEqual(['GET /rates?base=USD ', 'POST /post hello']);
  });

  it('has ready-made healthy, failing, malformed and hung-up behaviours', async () => {
    const upstream = await fakeUpstream();
    upstream.json({ rates: { EUR: 0.5 } });
    expect(await (await fetch(upstream.url)).json()).toEqual({ rates: { EUR: 0.5 } });
    upstream.fail(502);
    expect((await fetch(upstream.url)).status).toBe(502);
    upstream.malformed();
    const broken = await fetch(upstream.url);
    expect(broken.headers.get('content-type')).toBe('application/json');
    await expect(broken.json()).rejects.toThrow(SyntaxError);
    upstream.hangUp();
    await expect(fetch(upstream.url)).rejects.toThrow(TypeError);
  });

  it('holds responses back until released, without sleeping', async () => {
    const upstream = await fakeUpstream();
    upstream.json({ ok: true });
    const gate = upstream.hold();
    let answered = false;
    const pending = fetch(upstream.url).then((res) => {
      answered = true;
      return res.json();
    });
    // The request has arrived (it is recorded) but no answer left.
    await vi.waitFor(() => expect(upstream.requests).toHaveLength(1));
    expect(answered).toBe(false);
    gate.release();
    expect(await pending).toEqual({ ok: true });
  });
});

describe('fakeClock', () => {
  it('moves only when told', () => {
    const clock = fakeClock('2026-01-31T23:59:59.000Z');
    expect(clock.now().toISOString()).toBe('2026-01-31T23:59:59.000Z');
    clock.advance(1000);
    expect(clock.now().toISOString()).toBe('2026-02-01T00:00:00.000Z');
    clock.set('2030-01-01T00:00:00Z');
    expect(clock.now().getUTCFullYear()).toBe(2030);
    expect(() => fakeClock('not a date')).toThrow(/invalid start/);
  });
});

describe('runMain and runCli', () => {
  function implWithCli(source: string): string {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src/main.ts'), source);
    writeFileSync(path.join(dir, 'src/cli.ts'), "import { main } from './main.js';\nprocess.exitCode = await main(process.argv.slice(2));\n");
    vi.stubEnv('B100_IMPL', dir);
    return dir;
  }

  it('runMain gives main in-memory stdio and collects the output', async () => {
    const result = await runMain((argv, io) => {
      io.stdout.write(`args ${argv.join(',')} cwd ${io.cwd}\n`);
      io.stderr.write('warn\n');
      return 3;
    }, ['a', 'b'], { cwd: '/somewhere' });
    expect(result).toEqual({ code: 3, stdout: 'args a,b cwd /somewhere\n', stderr: 'warn\n' });
  });

  it('runCli runs the real CLI file with its arguments, stdin and exit code', async () => {
    implWithCli(`import { text } from 'node:stream/consumers';
export async function main(argv: string[]): Promise<number> {
  const input: string = await text(process.stdin);
  process.stdout.write(argv.join(' ') + '|' + input.toUpperCase() + '|' + process.env.TZ);
  process.stderr.write('done');
  return 4;
}`);
    const result = await runCli(['x', 'y'], { stdin: 'héllo' });
    expect(result).toEqual({ code: 4, stdout: 'x y|HÉLLO|UTC', stderr: 'done' });
  });

  it('runCli answers exit 1 with the compiler error when the CLI does not compile', async () => {
    implWithCli('export function main(: number {');
    const result = await runCli([]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Expected identifier.*src\/main\.ts:1:21/s);
  });

  it('runCli names a missing CLI file', async () => {
    const dir = implWithCli('export const main = () => 0;');
    await expect(runCli([], { file: 'src/other.ts' })).rejects.toThrow(/src\/other\.ts is missing/);
    expect(existsSync(dir)).toBe(true);
  });
});

describe('database helpers', () => {
  function sampleDb(): string {
    const dbFile = path.join(tempDir(), 'sample.db');
    withRawDb(dbFile, (db) => {
      db.exec(`
        CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY, hash TEXT, created_at NUMERIC);
        CREATE TABLE owners (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);
        CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT NOT NULL, owner_id INTEGER NOT NULL REFERENCES owners(id), legs INTEGER NOT NULL CHECK (legs >= 0));
        CREATE INDEX pets_owner ON pets (owner_id, name);
        CREATE TABLE pet_tags (pet_id INTEGER NOT NULL REFERENCES pets(id), tag TEXT NOT NULL, PRIMARY KEY (pet_id, tag));
        INSERT INTO owners (email) VALUES ('ann@example.com');
        INSERT INTO pets (name, owner_id, legs) VALUES ('Rex', 1, 4);
        INSERT INTO pet_tags (pet_id, tag) VALUES (1, 'good-boy');
      `);
    });
    return dbFile;
  }

  it('lists the learner tables and finds rows by content whatever the column names', () => {
    const dbFile = sampleDb();
    withRawDb(dbFile, (db) => {
      expect(appTables(db)).toEqual(['owners', 'pet_tags', 'pets']);
      expect(findRow(db, hasText('ANN@example.com'))).toEqual({ table: 'owners', row: { id: 1, email: 'ann@example.com' } });
      expect(findRow(db, hasText('nobody'))).toBeUndefined();
    });
  });

  it('tryInsertCopy reports what the database refuses, foreign keys included', () => {
    const dbFile = sampleDb();
    expect(tryInsertCopy(dbFile, hasText('ann@example.com'))).toBe('SQLITE_CONSTRAINT_UNIQUE');
    expect(tryInsertCopy(dbFile, hasText('ann@example.com'), (row) => ({ ...row, email: 'bob@example.com' }))).toBeNull();
    expect(tryInsertCopy(dbFile, hasText('Rex'), (row) => ({ ...row, owner_id: 99 }))).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(tryInsertCopy(dbFile, hasText('Rex'), (row) => ({ ...row, legs: -1 }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(() => tryInsertCopy(dbFile, hasText('nobody'))).toThrow(/no table/);
    // A composite key is data: the copy keeps it, so the key itself refuses the copy.
    expect(tryInsertCopy(dbFile, hasText('good-boy'))).toBe('SQLITE_CONSTRAINT_PRIMARYKEY');
    expect(tryInsertCopy(dbFile, hasText('good-boy'), (row) => ({ ...row, tag: 'sleepy' }))).toBeNull();
  });

  it('queryPlan shows whether a query uses an index', () => {
    withRawDb(sampleDb(), (db) => {
      expect(queryPlan(db, 'SELECT * FROM pets WHERE owner_id = ? ORDER BY name', [1]).join('\n')).toMatch(/USING INDEX pets_owner/);
      expect(queryPlan(db, 'SELECT * FROM pets WHERE legs = ?', [4]).join('\n')).toMatch(/SCAN pets/);
    });
  });
});
