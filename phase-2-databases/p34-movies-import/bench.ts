// p34 benchmark (run by `npm run bench -- --projects-only p34`, or
// `node --import tsx phase-2-databases/p34-movies-import/bench.ts`). Imports the same generated
// file of 100,000 movies into a fresh database with the REFERENCE's import three ways, taking
// turns: importMovies() as the reference runs it (batches of 5,000 rows, one transaction each),
// the same over HTTP (POST /imports, so parsing the body and the JSON report are in), and the
// baseline: importMovies() with batchSize 1, one transaction per row.
//
// Why the baseline is slower: every COMMIT makes SQLite write its WAL frame and wait for the disk
// (fsync); 100,000 commits pay that 100,000 times, 20 batches pay it 20 times. Both write the same
// rows with the same prepared statements: only the number of transactions differs.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadInTurns, report, seededRandom } from '#benchkit';
import { createApp } from './solution/src/app.js';
import { openDatabase } from './solution/src/db/client.js';
import { BATCH_SIZE, importMovies } from './solution/src/imports/importer.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** The same file on every run: 100,000 rows, 5% of them repeating an earlier id. */
function generate(): string {
  const random = seededRandom(34);
  const genres = ['Action', 'Comedy', 'Crime', 'Drama', 'Horror', 'Sci-Fi', 'Film-Noir', 'Western'];
  const lines = ['imdb_id,title,year,runtime_minutes,genres,rating'];
  for (let i = 1; i <= ROWS; i += 1) {
    const n = random() < 0.05 ? 1 + Math.floor(random() * i) : i;
    const title = i % 5 === 0 ? `"The ""${i}"" Film, Part ${i % 9}"` : `Film number ${i}`;
    const genre = `${genres[i % 8]}|${genres[(i * 7) % 8]}`;
    lines.push(`tt${String(n).padStart(8, '0')},${title},${1900 + (i % 125)},${random() < 0.1 ? '' : 60 + (i % 150)},${genre},${random() < 0.1 ? '' : (Math.floor(random() * 101) / 10).toFixed(1)}`);
  }
  return lines.join('\n') + '\n';
}

interface Run {
  rowsPerSecond: number;
  ms: number;
}

const dir = mkdtempSync(path.join(tmpdir(), 'b100-p34-bench-'));
let fileNumber = 0;
const freshDbFile = (): string => path.join(dir, `bench-${(fileNumber += 1)}.db`);

/** importMovies() on a fresh database file, timed; the file is closed (and left for rmSync). */
function timeFunction(csv: string, batchSize: number): Run {
  const { db, close } = openDatabase(freshDbFile());
  try {
    const started = performance.now();
    const result = importMovies(db, csv, { batchSize });
    const ms = performance.now() - started;
    if (result.failed !== 0 || result.received !== ROWS) throw new Error(`unexpected report ${JSON.stringify({ ...result, errors: result.errors.length })}`);
    return { rowsPerSecond: Math.round((ROWS / ms) * 1000), ms: Math.round(ms) };
  } finally {
    close();
  }
}

/** POST /imports of the whole file to a fresh app on loopback, timed from send to answer. */
async function timeHttp(csv: string): Promise<Run> {
  const app = createApp({ dbFile: freshDbFile() });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/imports`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });
    const body = (await res.json()) as { received?: number; failed?: number };
    const ms = performance.now() - started;
    if (res.status !== 200 || body.received !== ROWS || body.failed !== 0) throw new Error(`POST /imports answered ${res.status}`);
    return { rowsPerSecond: Math.round((ROWS / ms) * 1000), ms: Math.round(ms) };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    app.locals.close();
  }
}

function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.rowsPerSecond - b.rowsPerSecond)[Math.floor(runs.length / 2)]!;
}

try {
  const csv = generate();
  // Warm-up: the first import of a fresh process measures the JIT compiler, not the import.
  timeFunction(csv, BATCH_SIZE);
  const runs = await loadInTurns<'batched' | 'http' | 'perRow', Run>(
    {
      batched: async () => timeFunction(csv, BATCH_SIZE),
      http: () => timeHttp(csv),
      perRow: async () => timeFunction(csv, 1),
    },
    ROUNDS,
  );
  const [batched, http, perRow] = [median(runs.batched), median(runs.http), median(runs.perRow)];
  report('p34', {
    [`rows in the file (${(csv.length / 1024 / 1024).toFixed(1)} MiB)`]: ROWS,
    [`importMovies, batches of ${BATCH_SIZE}: rows/s (median of ${ROUNDS})`]: batched.rowsPerSecond,
    [`importMovies, batches of ${BATCH_SIZE}: ms`]: batched.ms,
    [`POST /imports over HTTP: rows/s (median of ${ROUNDS})`]: http.rowsPerSecond,
    'POST /imports over HTTP: ms': http.ms,
    [`baseline, one transaction per row: rows/s (median of ${ROUNDS})`]: perRow.rowsPerSecond,
    'baseline, one transaction per row: ms': perRow.ms,
    'batched / per-row (x)': Number((batched.rowsPerSecond / perRow.rowsPerSecond).toFixed(1)),
    'each run, batched / http / per-row (rows/s)': [runs.batched, runs.http, runs.perRow].map((all) => all.map((run) => run.rowsPerSecond)),
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
