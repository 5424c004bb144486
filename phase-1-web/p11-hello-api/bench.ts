// p11 benchmark (run by `npm run bench`, or `node --import tsx phase-1-web/p11-hello-api/bench.ts`).
// Loads the REFERENCE solution with autocannon on loopback and, as the ceiling, a bare Express
// app that answers "hello" with no routing, validation or error handling: the gap between the
// two is what the reference's middleware costs. The last line printed is the JSON figures line.
import express from 'express';
import { loadTest, report } from '#benchkit';
import { createApp } from './solution/src/app.js';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

function bareHello(): express.Express {
  const app = express();
  app.get('/', (_req, res) => {
    res.json({ message: 'hello' });
  });
  return app;
}

const ceiling = await loadTest(bareHello(), { durationSeconds: DURATION_SECONDS });
const reference = await loadTest(createApp(), {
  durationSeconds: DURATION_SECONDS,
  requests: [{ method: 'GET', path: '/hello?name=Ada' }, { method: 'GET', path: '/health' }, { method: 'POST', path: '/hello', headers: { 'content-type': 'application/json' }, body: '{"name":"Grace"}' }],
});

report('p11', {
  'bare Express hello: requests/s': ceiling.requestsPerSecond,
  'bare Express hello: p99 latency (ms)': ceiling.p99Ms,
  'p11 reference, mixed GET/POST: requests/s': reference.requestsPerSecond,
  'p11 reference, mixed GET/POST: p99 latency (ms)': reference.p99Ms,
  'p11 reference: non-2xx answers, errors (must be 0)': [reference.non2xx, reference.errors],
});
