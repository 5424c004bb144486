// p24 benchmark (run by `npm run bench -- --projects-only p24`, or
// `node --import tsx phase-2-databases/p24-url-shortener/bench.ts`).
// Seeds 1,000 links into a temporary database through the REFERENCE solution's API, then loads
// GET /<code> with autocannon on loopback, cycling through the codes. Every request is a lookup
// by code plus its click's two writes, committed with the clicks of the redirects that arrived
// in the same turn of the event loop (src/links/click-counter.ts). As the ceiling, a bare
// Express app answers the same 302 with no database at all. The two alternate, ROUNDS times
// each, and the figures are the medians: on a shared 2-core machine one run can be off by a
// third. The last line printed is the JSON figures line.
//
// autocannon counts every 3xx as "non-2xx", so the figures count the answers themselves: a
// wrapper tallies the status codes the app answered with, and the clicks the database recorded
// must equal the 302s. (The last few of each run may never reach autocannon, which drops the
// requests still in flight when its time is up: those clicks were committed all the same.)
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import express from 'express';
import { loadInTurns, loadTest, medianRun, report } from '#benchkit';
import { createApp } from './solution/src/app.js';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LINKS = 1_000;

/** Wraps an app to count the status codes it answers, whether or not the client stayed to read them. */
function tallied(app: RequestListener): { listener: RequestListener; counts: Map<number, number> } {
  const counts = new Map<number, number>();
  const listener: RequestListener = (req, res) => {
    res.on('close', () => {
      if (res.writableEnded) counts.set(res.statusCode, (counts.get(res.statusCode) ?? 0) + 1);
    });
    app(req, res);
  };
  return { listener, counts };
}

/** POSTs LINKS links through the app's own API and returns their codes. */
async function seed(app: RequestListener): Promise<string[]> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const codes: string[] = [];
  try {
    for (let i = 0; i < LINKS; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/links`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ url: `https://example.com/articles/${i}?utm_source=bench` }),
      });
      if (res.status !== 201) throw new Error(`seeding link ${i}: POST /links answered ${res.status}`);
      codes.push(((await res.json()) as { code: string }).code);
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return codes;
}

function bareRedirect(): express.Express {
  const app = express();
  app.get('/:code', (_req, res) => {
    res.status(302).location('https://example.com/articles/1?utm_source=bench').end();
  });
  return app;
}

const dir = mkdtempSync(path.join(tmpdir(), 'p24-bench-'));
const dbFile = path.join(dir, 'bench.db');
try {
  const app = createApp({ dbFile });
  const codes = await seed(app);
  const { listener, counts } = tallied(app);
  const { ceilings, runs } = await loadInTurns(
    {
      ceilings: () => loadTest(bareRedirect(), { durationSeconds: DURATION_SECONDS, requests: [{ method: 'GET', path: '/Abc1234' }] }),
      runs: () => loadTest(listener, { durationSeconds: DURATION_SECONDS, requests: codes.map((code) => ({ method: 'GET', path: `/${code}` })) }),
    },
    ROUNDS,
  );
  app.locals.close();

  const ceiling = medianRun(ceilings);
  const reference = medianRun(runs);
  const redirects = counts.get(302) ?? 0;
  const otherAnswers = [...counts].filter(([status]) => status !== 302).reduce((sum, [, n]) => sum + n, 0);
  const reader = new Database(dbFile, { readonly: true });
  const clicks = reader.prepare('SELECT sum(clicks) FROM links').pluck().get() as number;
  reader.close();

  report('p24', {
    [`bare Express 302, no database: redirects/s (median of ${ROUNDS})`]: ceiling.requestsPerSecond,
    'bare Express 302: p50 / p99 latency (ms)': [ceiling.p50Ms, ceiling.p99Ms],
    [`p24 reference, GET /<code> over ${LINKS} links: redirects/s (median of ${ROUNDS})`]: reference.requestsPerSecond,
    'p24 reference: p50 / p99 latency (ms)': [reference.p50Ms, reference.p99Ms],
    'p24 reference: each run (redirects/s)': runs.map((run) => run.requestsPerSecond),
    'bare Express: each run (redirects/s)': ceilings.map((run) => run.requestsPerSecond),
    'p24 reference: 302 answers given, other answers (must be 0)': [redirects, otherAnswers],
    'p24 reference: clicks recorded (must equal the 302s)': clicks,
    'p24 reference: connection errors (must be 0)': runs.reduce((sum, run) => sum + run.errors, 0),
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
