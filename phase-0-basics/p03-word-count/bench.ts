// p03 benchmark (run by `npm run bench`, or `node --import tsx phase-0-basics/p03-word-count/bench.ts`).
// Generates a 1,000,000-line access log in the combined format (about 200 MB) in the system's
// temporary folder, counts it with the REFERENCE solution's main() in a child process, and
// reports throughput and peak memory. Streaming is the point: the peak RSS must stay far below
// the size of the file. The last line printed is the JSON figures line the bench runner reads.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '#benchkit';

const LINES = 1_000_000;
const RUNS = 3;
const ARGS = ['-lwmc'];
const MiB = 1024 * 1024;

interface ChildResult {
  ms: number;
  maxRssKiB: number;
  code: number;
  stdout: string;
}

const PATHS = ['/', '/products/123?ref=home', '/cart', '/checkout/step-2', '/api/v1/orders?page=3', '/search?q=caf\u00e9+cr\u00e8me', '/search?q=\u6771\u4eac+\u30db\u30c6\u30eb', '/static/app.4f9c2e.js', '/images/logo.png', '/blog/2025/10/streams-in-node'];
const AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'curl/8.4.0',
];
const STATUSES = [200, 200, 200, 200, 301, 304, 404, 500];
const METHODS = ['GET', 'GET', 'GET', 'POST'];

const BLOCK_LINES = 10_000;

/** One combined-format line: client, time, request, status, size, referrer, user agent. */
function logLine(n: number, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const octet = () => Math.floor(random() * 256);
  const ip = `${10 + Math.floor(random() * 200)}.${octet()}.${octet()}.${octet()}`;
  const second = (n * 7) % 86_400;
  const clock = [Math.floor(second / 3600), Math.floor(second / 60) % 60, second % 60].map((v) => String(v).padStart(2, '0')).join(':');
  const size = Math.floor(random() * 50_000);
  return `${ip} - - [15/Jan/2026:${clock} +0000] "${pick(METHODS)} ${pick(PATHS)} HTTP/1.1" ${pick(STATUSES)} ${size} "https://shop.example.com/" "${pick(AGENTS)}"\n`;
}

/**
 * Writes LINES log lines to `file`: a block of BLOCK_LINES seeded random lines, written again and
 * again. Counting does not care that the blocks repeat, and generating stays fast.
 */
function generateLog(file: string): void {
  const random = seededRandom(42);
  const block = Buffer.from(Array.from({ length: BLOCK_LINES }, (_, n) => logLine(n, random)).join(''));
  const fd = openSync(file, 'w');
  try {
    for (let done = 0; done < LINES; done += BLOCK_LINES) writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
}

/** In the child: count the file with the reference main() and report time and peak RSS. */
async function child(file: string): Promise<void> {
  const { main } = await import('./solution/src/main.js');
  let stdout = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stdout += chunk.toString();
      done();
    },
  });
  const started = performance.now();
  const code = await main(file === '' ? [] : [...ARGS, file], {
    stdin: process.stdin,
    stdout: sink,
    stderr: process.stderr,
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
  });
  const ms = performance.now() - started;
  const result: ChildResult = { ms, maxRssKiB: process.resourceUsage().maxRSS, code, stdout };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(file: string): ChildResult {
  const self = fileURLToPath(import.meta.url);
  // An empty file name counts an empty stdin: the baseline memory of Node, tsx and the modules.
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', file], { encoding: 'utf8', input: '', stdio: ['pipe', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`bench child failed with exit code ${run.status}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as ChildResult;
}

/** GNU wc on the same file, for comparison, when the system has it. */
function systemWcMs(file: string): number | undefined {
  if (!existsSync('/usr/bin/wc')) return undefined;
  const started = performance.now();
  const run = spawnSync('/usr/bin/wc', ['-lwmc', file], { env: { LC_ALL: 'C.UTF-8' }, stdio: 'ignore' });
  return run.status === 0 ? performance.now() - started : undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function parent(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'b100-p03-bench-'));
  const file = path.join(dir, 'access.log');
  try {
    const started = performance.now();
    generateLog(file);
    const bytes = statSync(file).size;
    const mb = bytes / 1e6;
    console.log(`generated ${LINES.toLocaleString('en-US')} log lines, ${mb.toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const baseline = runChild('');
    const runs = Array.from({ length: RUNS }, () => runChild(file));
    const report = runs[0]!.stdout.trim();
    const lines = Number(report.trim().split(/\s+/)[0]);
    if (lines !== LINES || runs.some((r) => r.code !== 0)) throw new Error(`unexpected result: ${report}`);
    const ms = median(runs.map((r) => r.ms));
    const peakMiB = Math.max(...runs.map((r) => r.maxRssKiB)) / 1024;
    const baselineMiB = baseline.maxRssKiB / 1024;
    console.log(`wc ${ARGS.join(' ')} access.log -> ${report.replace(file, 'access.log').replace(/\s+/g, ' ')}`);
    console.log(`throughput: ${(mb / (ms / 1000)).toFixed(0)} MB/s (median of ${RUNS} runs, ${(ms / 1000).toFixed(2)} s each)`);
    console.log(`peak RSS: ${peakMiB.toFixed(0)} MiB counting ${(bytes / MiB).toFixed(0)} MiB; ${baselineMiB.toFixed(0)} MiB for an empty input`);

    const systemMs = systemWcMs(file);
    if (systemMs !== undefined) console.log(`for comparison, /usr/bin/wc -lwmc: ${(mb / (systemMs / 1000)).toFixed(0)} MB/s`);

    const figures: Record<string, number> = {
      'input (MB)': Number(mb.toFixed(1)),
      'throughput (MB/s)': Number((mb / (ms / 1000)).toFixed(1)),
      'peak RSS (MiB)': Number(peakMiB.toFixed(1)),
      'baseline RSS, empty input (MiB)': Number(baselineMiB.toFixed(1)),
    };
    if (systemMs !== undefined) figures['system wc throughput (MB/s)'] = Number((mb / (systemMs / 1000)).toFixed(1));
    console.log(JSON.stringify({ project: 'p03', figures }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? '');
else await parent();
