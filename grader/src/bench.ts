// npm run bench: measures the design targets (grade time, grader overhead over bare vitest,
// watch re-grade time) and runs every project's own bench.ts. Numbers, not pass/fail: the
// targets are printed beside them. Results also go to .bench/results.json.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadProjects } from './catalog.js';
import { ROOT } from './paths.js';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall time of a command, in ms, median of RUNS after one warm-up run. */
function time(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const once = () => {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
    if (result.error) throw result.error;
    return performance.now() - started;
  };
  once();
  return median(Array.from({ length: RUNS }, once));
}

/** Save a file in a watched copy and time until the new report is printed. */
async function watchRegrade(id: string, dir: string, file: string): Promise<number> {
  const child = spawn(process.execPath, ['grader/dist/cli.js', 'grade', id, '--dir', dir, '--watch'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', B100_WATCH_CLEAR: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  let waiter: (() => void) | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (/graded in \d+ ms/.test(output)) {
      output = '';
      waiter?.();
    }
  });
  const nextReport = () => new Promise<void>((resolve) => (waiter = resolve));
  await nextReport();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Let the warm runner finish preparing, as it would between a learner's saves.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const started = performance.now();
    const report = nextReport();
    const now = new Date();
    utimesSync(file, now, now);
    await report;
    times.push(performance.now() - started);
  }
  child.kill('SIGINT');
  return median(times);
}

function projectBenches(only: string[]): Array<{ project: string; figures: Record<string, unknown> }> {
  const results = [];
  for (const project of loadProjects(ROOT)) {
    const file = path.join(project.dir, 'bench.ts');
    if (!existsSync(file) || (only.length > 0 && !only.includes(project.id))) continue;
    console.log(`\n${project.id} bench (${path.relative(ROOT, file)})`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
    const lines = run.stdout.trim().split('\n');
    console.log(lines.slice(0, -1).map((l) => `  ${l}`).join('\n'));
    try {
      results.push(JSON.parse(lines.at(-1) ?? '') as { project: string; figures: Record<string, unknown> });
    } catch {
      console.log(`  (no JSON figures line; exit code ${run.status})`);
    }
  }
  return results;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'grader-only': { type: 'boolean' }, 'projects-only': { type: 'boolean' } } });
  const results: Record<string, unknown> = {};
  if (!values['projects-only']) {
    const id = 'p01';
    const project = loadProjects(ROOT).find((p) => p.id === id);
    if (!project) throw new Error('bench needs p01');
    const rel = path.relative(ROOT, project.dir);
    const npmGrade = time('npm', ['run', '-s', 'grade', id, '--', '--solution']);
    const nodeGrade = time(process.execPath, ['grader/dist/cli.js', 'grade', id, '--solution']);
    const bare = time(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'grader/vitest.suite.config.ts'], {
      B100_TESTS: `${rel}/tests`,
      B100_IMPL: `${rel}/solution`,
    });
    const copy = mkdtempSync(path.join(tmpdir(), 'b100-bench-'));
    cpSync(path.join(project.dir, 'solution'), copy, { recursive: true });
    const sourceFile = readdirSync(path.join(copy, 'src')).find((f) => f.endsWith('.ts') && f !== 'cli.ts')!;
    const watch = await watchRegrade(id, copy, path.join(copy, 'src', sourceFile));
    rmSync(copy, { recursive: true, force: true });
    const grader = {
      'npm run grade p01 -- --solution (ms)': Math.round(npmGrade),
      'node grader/dist/cli.js grade p01 --solution (ms)': Math.round(nodeGrade),
      'bare vitest run of the p01 suite (ms)': Math.round(bare),
      'grader overhead over bare vitest (x)': Number((nodeGrade / bare).toFixed(2)),
      'watch re-grade after a save (ms)': Math.round(watch),
    };
    console.log(`Grader (median of ${RUNS} warm runs; targets: npm grade < 1000 ms, overhead < 1.3x, watch < 500 ms)`);
    for (const [name, value] of Object.entries(grader)) console.log(`  ${name.padEnd(52)} ${value}`);
    results.grader = grader;
  }
  if (!values['grader-only']) results.projects = projectBenches(positionals);
  mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
  writeFileSync(path.join(ROOT, '.bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote .bench/results.json');
}

await main();
