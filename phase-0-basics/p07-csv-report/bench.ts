// p07 benchmark (run by `npm run bench`, or `node --import tsx phase-0-basics/p07-csv-report/bench.ts`).
// Generates a 100,000-row sales CSV (quoted fields with commas, doubled quotes and line breaks,
// CRLF line ends) in the system's temporary folder, then runs the REFERENCE solution's main() on
// it: grouped by region with count, sum and avg. Target: under 2 s. The last line printed is the
// JSON figures line the bench runner reads.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { seededRandom } from '#benchkit';
import { main } from './solution/src/main.js';

const ROWS = 100_000;
const RUNS = 3;
const TARGET_MS = 2000;
const ARGS = ['--group-by', 'region', '--count', '--sum', 'amount', '--avg', 'qty', '--sort', 'sum(amount):desc'];

const REGIONS = ['north', 'south', 'east', 'west', 'Zürich', '東京'];
const PRODUCTS = ['"tea, green"', 'coffee', '"say ""hi"""', 'cocoa', '"juice\r\n(fresh)"', 'café crème'];

function generate(file: string): void {
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lines = ['id,date,region,product,amount,qty,note'];
  for (let id = 1; id <= ROWS; id++) {
    const amount = (Math.floor(random() * 100_000) / 100).toFixed(2);
    const note = random() < 0.1 ? '"gift, wrapped"' : '';
    lines.push(`${id},2026-01-${String((id % 28) + 1).padStart(2, '0')},${pick(REGIONS)},${pick(PRODUCTS)},${amount},${1 + Math.floor(random() * 9)},${note}`);
  }
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
}

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  return Object.assign(new Writable({ write: (chunk: Buffer, _encoding, done) => { chunks.push(chunk.toString()); done(); } }), { text: () => chunks.join('') });
}

async function runOnce(file: string): Promise<{ ms: number; cpuMs: number; stdout: string; code: number }> {
  const stdout = sink();
  const stderr = sink();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const code = await main([...ARGS, file], { stdin: process.stdin, stdout, stderr, env: { NO_COLOR: '1' }, cwd: process.cwd() });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (code !== 0) throw new Error(`csv-report exited ${code}: ${stderr.text()}`);
  return { ms, cpuMs: (used.user + used.system) / 1000, stdout: stdout.text(), code };
}

const dir = mkdtempSync(path.join(tmpdir(), 'b100-p07-bench-'));
try {
  const file = path.join(dir, 'sales.csv');
  const generated = performance.now();
  generate(file);
  const mb = statSync(file).size / 1e6;
  console.log(`generated ${ROWS.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB, in ${((performance.now() - generated) / 1000).toFixed(2)} s`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce(file));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ms = median(runs.map((r) => r.ms));
  const cpuMs = median(runs.map((r) => r.cpuMs));
  const counted = runs[0]!.stdout.trim().split('\n').slice(2).reduce((total, line) => total + Number(line.trim().split(/\s{2,}/)[1]), 0);
  if (counted !== ROWS) throw new Error(`expected ${ROWS} rows in the report, counted ${counted}`);
  console.log(`csv-report ${ARGS.join(' ')} sales.csv:`);
  console.log(runs[0]!.stdout.trimEnd().split('\n').map((line) => `  ${line}`).join('\n'));
  console.log(`time: ${(ms / 1000).toFixed(2)} s (median of ${RUNS}; target under ${TARGET_MS / 1000} s), ${Math.round(ROWS / (ms / 1000)).toLocaleString('en-US')} rows/s, ${(mb / (ms / 1000)).toFixed(1)} MB/s`);
  console.log(`CPU time: ${(cpuMs / 1000).toFixed(2)} s (wall time above includes waiting for a busy machine)`);
  console.log(JSON.stringify({
    project: 'p07',
    figures: {
      'rows': ROWS,
      'input (MB)': Number(mb.toFixed(1)),
      'group and sum 100k rows (ms)': Math.round(ms),
      'group and sum 100k rows, CPU (ms)': Math.round(cpuMs),
      'rows per second': Math.round(ROWS / (ms / 1000)),
      'under 2 s target': ms < TARGET_MS,
    },
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
