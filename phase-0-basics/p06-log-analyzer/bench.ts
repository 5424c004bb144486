// p06 benchmark (npm run bench p06): the reference log-analyzer on a generated combined-format log
// of 1,000,000 lines (about 200 MB). Targets: at least 50 MB/s, under 150 MB peak RSS.
//
// The parent generates the log in os.tmpdir(), then runs the analysis in child processes
// (node --import tsx this-file --child <log>) so that each child's peak RSS is the analysis alone.
// The last line printed is the JSON figures line that grader/src/bench.ts collects.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '#benchkit';

const LINES = 1_000_000;
const RUNS = 2;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'curl/8.8.0',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
];
const STATUSES = [200, 200, 200, 200, 200, 200, 301, 304, 404, 403, 500, 503];

/** A whole number in [0, n) from a seeded generator: the same log on every run. */
function random(seed: number): (n: number) => number {
  const next = seededRandom(seed);
  return (n) => Math.floor(next() * n);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function logTime(ms: number): string {
  // Written at -0700 like a server in California: the analyzer must convert back to UTC.
  const d = new Date(ms - 7 * 3_600_000);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} -0700`;
}

async function generate(file: string): Promise<void> {
  const pick = random(2026);
  const out = createWriteStream(file);
  const start = Date.UTC(2026, 0, 15);
  let batch: string[] = [];
  for (let i = 0; i < LINES; i++) {
    // About 50,000 different clients and 2,000 pages, as on a busy small shop.
    const ip = `10.${pick(4)}.${pick(100)}.${pick(128)}`;
    const target = `/shop/item/${pick(2000)}?ref=${pick(100000)}`;
    const line =
      i % 1000 === 999
        ? `garbage line ${i} that no parser accepts`
        : `${ip} - - [${logTime(start + i * 100)}] "GET ${target} HTTP/1.1" ${STATUSES[pick(STATUSES.length)]} ${pick(60000)} "https://example.com/search?q=${pick(1000)}" "${AGENTS[pick(AGENTS.length)]}"`;
    batch.push(line);
    if (batch.length === 1000) {
      if (!out.write(`${batch.join('\n')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      batch = [];
    }
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(batch.length > 0 ? `${batch.join('\n')}\n` : '', resolve);
  });
}

interface ChildResult {
  seconds: number;
  /** CPU time (user + system) of the analysis: less sensitive than wall time to a busy machine. */
  cpuSeconds: number;
  maxRssKiB: number;
  code: number;
  requests: number;
  malformed: number;
}

/** In the child: run the reference main() on the log, as `log-analyzer --json <log>` would. */
async function child(file: string): Promise<void> {
  const { main } = await import('./solution/src/main.js');
  const chunks: Buffer[] = [];
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const code = await main(['--json', file], { stdin: process.stdin, stdout, stderr: process.stderr, env: {}, cwd: process.cwd() });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const report = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { requests: number; malformed: number };
  const result: ChildResult = { seconds, cpuSeconds, maxRssKiB: process.resourceUsage().maxRSS, code, requests: report.requests, malformed: report.malformed };
  console.log(JSON.stringify(result));
}

function runChild(file: string): ChildResult {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`the analysis child failed with exit code ${run.status}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as ChildResult;
}

async function parent(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'p06-bench-'));
  try {
    const file = path.join(dir, 'access.log');
    let started = performance.now();
    await generate(file);
    const megabytes = statSync(file).size / 1e6;
    console.log(`generated ${LINES.toLocaleString('en')} lines, ${megabytes.toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const results: ChildResult[] = [];
    for (let run = 1; run <= RUNS; run++) {
      started = performance.now();
      const result = runChild(file);
      results.push(result);
      console.log(
        `run ${run}: analysed in ${result.seconds.toFixed(2)} s (${(megabytes / result.seconds).toFixed(1)} MB/s; ${result.cpuSeconds.toFixed(2)} s of CPU), peak RSS ${(result.maxRssKiB / 1024).toFixed(1)} MB, ` +
          `${result.requests} requests, ${result.malformed} malformed, exit code ${result.code}`,
      );
    }
    const best = Math.min(...results.map((r) => r.seconds));
    const bestCpu = Math.min(...results.map((r) => r.cpuSeconds));
    const peak = Math.max(...results.map((r) => r.maxRssKiB)) / 1024;
    const throughput = megabytes / best;
    console.log(`best throughput ${throughput.toFixed(1)} MB/s (target >= 50; ${(megabytes / bestCpu).toFixed(1)} MB per CPU second), peak RSS ${peak.toFixed(1)} MB (target < 150)`);
    console.log(`load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
    console.log(
      JSON.stringify({
        project: 'p06',
        figures: {
          'log lines': LINES,
          'log size (MB)': Number(megabytes.toFixed(1)),
          'analysis time, best of 2 (s)': Number(best.toFixed(2)),
          'throughput (MB/s)': Number(throughput.toFixed(1)),
          'throughput per CPU second (MB/s)': Number((megabytes / bestCpu).toFixed(1)),
          'peak RSS (MB)': Number(peak.toFixed(1)),
        },
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt !== -1) await child(process.argv[childAt + 1] ?? '');
else await parent();
