// p27 benchmark (run by `npm run bench -- --projects-only p27`, or
// `node --import tsx phase-2-databases/p27-catalog-query/bench.ts`). Seeds 10,000 products into
// a temporary database, then loads the REFERENCE solution with autocannon on loopback for three
// requests of the same size: the first page by price (the baseline), the page at offset 9,000,
// and that same page reached by cursor.
//
// Why the offset page is slower: LIMIT 20 OFFSET 9000 cannot jump to row 9,001. SQLite walks
// the price index from the start, fetching and throwing away 9,000 rows before it returns 20, so
// the cost grows with the page number. The cursor page says where to start instead:
// (price_cents, id) > (v, id) is a search in the same index, and it costs what page 1 costs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadInTurns, loadTest, medianRun, report, seededRandom, type LoadFigures } from '#benchkit';
import { createApp } from './solution/src/app.js';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COUNT = 10_000;

function seed(dbFile: string): void {
  const db = new Database(dbFile);
  // The same catalogue on every run.
  const next = seededRandom(27);
  const categories = ['books', 'garden', 'kitchen', 'music', 'outdoor', 'tools', 'toys', 'video'];
  const insert = db.prepare('INSERT INTO products (id, name, category, price_cents, rating, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let id = 1; id <= COUNT; id += 1) {
      insert.run(id, `Product ${id}`, categories[Math.floor(next() * categories.length)], 50 * (1 + Math.floor(next() * 400)), Math.round(next() * 50) / 10, Date.UTC(2026, 0, 1) - Math.floor(next() * 2000) * 60_000);
    }
  })();
  db.close();
}

const dir = mkdtempSync(path.join(tmpdir(), 'b100-p27-bench-'));
try {
  const dbFile = path.join(dir, 'bench.db');
  // The first app creates the table (migrations); then the rows go in with plain SQL.
  createApp({ dbFile }).locals.close();
  seed(dbFile);
  const app = createApp({ dbFile });

  // The cursor that points at the same page as offset=9000: nextCursor of the page before it.
  const before = await loadCursor(app, '/products?sort=price&limit=20&offset=8980');
  const run = (url: string) => loadTest(app, { durationSeconds: DURATION_SECONDS, requests: [{ method: 'GET', path: url }] });
  // Warm-up: the first seconds of a fresh process measure the JIT compiler, not the query.
  await loadTest(app, { durationSeconds: 1, requests: [{ method: 'GET', path: '/products?sort=price&limit=20&offset=100' }] });
  // The three requests take turns, ROUNDS times, and each figure is the median of its runs: on
  // a shared 2-core machine one run can be off by a third, more than the difference measured.
  const runs = await loadInTurns(
    {
      first: () => run('/products?sort=price&limit=20'),
      offset: () => run('/products?sort=price&limit=20&offset=9000'),
      cursor: () => run(`/products?sort=price&limit=20&cursor=${before}`),
    },
    ROUNDS,
  );
  const [first, offset, cursor] = [medianRun(runs.first), medianRun(runs.offset), medianRun(runs.cursor)];
  app.locals.close();
  // The same two pages as plain SQL, without HTTP: what the database itself does for each.
  const sqlOffset = timeQuery(dbFile, 'SELECT * FROM products ORDER BY price_cents, id LIMIT 20 OFFSET 9000', []);
  const last = lastRowBefore(dbFile, 9000);
  const sqlCursor = timeQuery(dbFile, 'SELECT * FROM products WHERE (price_cents, id) > (?, ?) ORDER BY price_cents, id LIMIT 20', [last.price_cents, last.id]);

  report('p27', {
    [`sort=price page 1 (baseline): requests/s (median of ${ROUNDS})`]: first.requestsPerSecond,
    'sort=price page 1 (baseline): p99 latency (ms)': first.p99Ms,
    [`sort=price offset=9000: requests/s (median of ${ROUNDS})`]: offset.requestsPerSecond,
    'sort=price offset=9000: p99 latency (ms)': offset.p99Ms,
    [`sort=price same page by cursor: requests/s (median of ${ROUNDS})`]: cursor.requestsPerSecond,
    'sort=price same page by cursor: p99 latency (ms)': cursor.p99Ms,
    'each run, page 1 / offset / cursor (requests/s)': [runs.first, runs.offset, runs.cursor].map((all) => all.map((figures) => figures.requestsPerSecond)),
    'SQL only, ORDER BY price LIMIT 20 OFFSET 9000: µs per page': sqlOffset,
    'SQL only, the same page by (price_cents, id) > (?, ?): µs per page': sqlCursor,
    'non-2xx answers, errors (must be 0)': [sum(Object.values(runs).flat(), 'non2xx'), sum(Object.values(runs).flat(), 'errors')],
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function sum(figures: LoadFigures[], key: 'non2xx' | 'errors'): number {
  return figures.reduce((total, run) => total + run[key], 0);
}

/** GET url on the app (served briefly on loopback) and return its nextCursor. */
async function loadCursor(app: ReturnType<typeof createApp>, url: string): Promise<string> {
  const { createServer } = await import('node:http');
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as { port: number };
    const body = (await (await fetch(`http://127.0.0.1:${port}${url}`)).json()) as { nextCursor: string };
    return body.nextCursor;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Median microseconds of one run of `sql` (a prepared statement, 2,000 runs). */
function timeQuery(dbFile: string, sql: string, params: unknown[]): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    const statement = db.prepare(sql);
    const samples: number[] = [];
    for (let i = 0; i < 2_000; i += 1) {
      const start = process.hrtime.bigint();
      statement.all(...params);
      samples.push(Number(process.hrtime.bigint() - start) / 1_000);
    }
    samples.sort((a, b) => a - b);
    return Math.round(samples[samples.length >> 1]! * 10) / 10;
  } finally {
    db.close();
  }
}

/** The row just before position `offset` in price order: where a cursor for that page points. */
function lastRowBefore(dbFile: string, offset: number): { price_cents: number; id: number } {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT price_cents, id FROM products ORDER BY price_cents, id LIMIT 1 OFFSET ?').get(offset - 1) as { price_cents: number; id: number };
  } finally {
    db.close();
  }
}
