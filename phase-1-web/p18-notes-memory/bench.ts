// p18 benchmark (run by `npm run bench`, or `node --import tsx phase-1-web/p18-notes-memory/bench.ts`).
// Serves the REFERENCE solution on a loopback port in a child process, seeds it with notes, then
// runs autocannon against it for a few seconds with a mixed load: list a page, read one note,
// create a note, in turn on every connection. Reports requests per second and latency
// percentiles. The last line printed is the JSON figures line the bench runner reads.
// BENCH_SECONDS (default 5) and BENCH_CONNECTIONS (default 10) change the run.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SEED_NOTES = 200;
const TAGS = ['home', 'work', 'ideas', 'travel'];

/** In the child: the reference app on a free loopback port; prints the port as one JSON line. */
async function child(): Promise<void> {
  const { createApp } = await import('./solution/src/app.js');
  const server = createApp().listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.stdout.write(`${JSON.stringify({ port })}\n`);
  });
}

async function startServer(): Promise<{ url: string; server: ChildProcess }> {
  const self = fileURLToPath(import.meta.url);
  const server = spawn(process.execPath, ['--import', 'tsx', self, '--child'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(server.stdout!, 'data')) as [Buffer];
  const { port } = JSON.parse(chunk.toString().trim().split('\n')[0] ?? '') as { port: number };
  return { url: `http://127.0.0.1:${port}`, server };
}

/** Creates SEED_NOTES notes so that lists have pages to cut; returns one id to read. */
async function seed(url: string): Promise<string> {
  let firstId = '';
  for (let n = 0; n < SEED_NOTES; n++) {
    const res = await fetch(`${url}/notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Seed note ${n}`, body: `Body of note ${n}`, tags: [TAGS[n % TAGS.length]], pinned: n % 7 === 0 }),
    });
    if (res.status !== 201) throw new Error(`seeding answered ${res.status}: ${await res.text()}`);
    const note = (await res.json()) as { id: string };
    if (n === 0) firstId = note.id;
  }
  return firstId;
}

async function parent(): Promise<void> {
  const { url, server } = await startServer();
  try {
    const id = await seed(url);
    // Titles must be unique: each POST gets the next number. This counter is the bench's, not the app's.
    let created = 0;
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        { method: 'GET', path: '/notes?limit=20&sort=title' },
        { method: 'GET', path: `/notes/${id}` },
        {
          method: 'POST',
          path: '/notes',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ title: `Bench note ${++created}`, tags: ['bench'] }) }),
        },
      ],
    });
    const errors = result.errors + result.non2xx;
    console.log(`${SECONDS} s, ${CONNECTIONS} connections, GET list / GET one / POST in turn, ${SEED_NOTES} seeded notes, ${created} created`);
    console.log(`requests/s: ${result.requests.average.toFixed(0)} average, ${result.requests.total} requests in all`);
    console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    if (errors > 0) console.log(`errors or non-2xx answers: ${errors}`);
    console.log(
      JSON.stringify({
        project: 'p18',
        figures: {
          'requests/s (average)': Math.round(result.requests.average),
          'latency p50 (ms)': result.latency.p50,
          'latency p99 (ms)': result.latency.p99,
          'notes at the end': SEED_NOTES + created,
          'errors and non-2xx': errors,
        },
      }),
    );
  } finally {
    server.kill();
  }
}

if (process.argv[2] === '--child') await child();
else await parent();
