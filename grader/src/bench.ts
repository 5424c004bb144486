// npm run bench: measures the design targets (grade time, grader overhead over bare vitest,
// watch re-grade time) and runs every project's own bench.ts. Numbers, not pass/fail: the
// targets are printed beside them. Results also go to .bench/results.json.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createVitest } from 'vitest/node';
import { loadInTurns } from '../benchkit/http.js';
import { loadProjects } from './catalog.js';
import { ROOT } from './paths.js';
import { suiteConfig } from './suite-config.js';
import { DEBOUNCE_MS } from './watch.js';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Command {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/** Wall time of one run of a command, in ms. */
function timeOnce({ command, args, env = {} }: Command): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  if (result.error) throw result.error;
  return performance.now() - started;
}

/**
 * Median wall time of each command, in ms, over RUNS rounds after a warm-up round. A round runs
 * every command once, so that a slow spell of a shared machine slows all of them alike and the
 * differences between them (grader overhead, npm's own cost) stay meaningful.
 */
async function timeInTurns<K extends string>(commands: Record<K, Command>): Promise<Record<K, number>> {
  const keys = Object.keys(commands) as K[];
  const timers = Object.fromEntries(keys.map((key) => [key, async () => timeOnce(commands[key])])) as Record<K, () => Promise<number>>;
  await loadInTurns(timers, 1);
  const runs = await loadInTurns(timers, RUNS);
  return Object.fromEntries(keys.map((key) => [key, median(runs[key])])) as Record<K, number>;
}

/**
 * Save a file in a watched copy and time until the verdict on the task being worked on is
 * printed, and until the full report is.
 */
async function watchRegrade(id: string, dir: string, file: string): Promise<{ verdict: number; full: number }> {
  const child = spawn(process.execPath, ['grader/dist/cli.js', 'grade', id, '--dir', dir, '--watch'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', B100_WATCH_CLEAR: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  let onVerdict: (() => void) | undefined;
  let onReport: (() => void) | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (/Task \d+ verdict in \d+ ms/.test(output)) {
      output = output.replace(/Task \d+ verdict in \d+ ms/, '');
      onVerdict?.();
    }
    if (/graded in \d+ ms/.test(output)) {
      output = '';
      onReport?.();
    }
  });
  const next = () => ({ verdict: new Promise<number>((resolve) => (onVerdict = () => resolve(performance.now()))), report: new Promise<number>((resolve) => (onReport = () => resolve(performance.now()))) });
  await next().report;
  const verdicts: number[] = [];
  const fulls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Let the warm runner finish preparing, as it would between a learner's saves.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const waiting = next();
    const started = performance.now();
    const now = new Date();
    utimesSync(file, now, now);
    const full = await waiting.report;
    // No verdict line means the save changed no task's state (every check passed before).
    const verdict = await Promise.race([waiting.verdict, Promise.resolve(full)]);
    verdicts.push(verdict - started);
    fulls.push(full - started);
  }
  child.kill('SIGINT');
  return { verdict: median(verdicts), full: median(fulls) };
}

/**
 * A suite of one check that needs no implementation: vitest's own cost on this machine, which no
 * grader built on vitest can go below, whatever the suite. Under .bench/ (ignored by git), not
 * under node_modules/, which vitest never collects from.
 */
function writeOneCheckSuite(): string {
  const dir = path.join(ROOT, '.bench/one-check');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'one.test.ts'), "import { expect, it } from 'vitest';\n\nit('adds', () => {\n  expect(1 + 1).toBe(2);\n});\n");
  return dir;
}

/** A re-run in a vitest that is already started, as the grader's watch mode does after a save. */
async function warmRerun(testsDir: string, implDir: string): Promise<number> {
  const config = suiteConfig({ root: ROOT, testsDir, implDir });
  // A reporter with no hooks: vitest prints nothing, the bench prints its own figures.
  const vitest = await createVitest('test', { ...config.test, config: false, reporters: [{}] }, config);
  try {
    await vitest.start();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await vitest.rerunTestSpecifications(await vitest.globTestSpecifications(), true);
      times.push(performance.now() - started);
    }
    return median(times);
  } finally {
    await vitest.close();
  }
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
    const one = path.relative(ROOT, writeOneCheckSuite());
    const node = process.execPath;
    const vitestCli = 'node_modules/vitest/vitest.mjs';
    const suiteConfigFile = 'grader/vitest.suite.config.ts';
    const t = await timeInTurns({
      npmGrade: { command: 'npm', args: ['run', '-s', 'grade', id, '--', '--solution'] },
      nodeGrade: { command: node, args: ['grader/dist/cli.js', 'grade', id, '--solution'] },
      bare: { command: node, args: [vitestCli, 'run', '--config', suiteConfigFile], env: { B100_TESTS: `${rel}/tests`, B100_IMPL: `${rel}/solution` } },
      // The floor: npm's own cost (a quick verb through npm and through node) ...
      npmList: { command: 'npm', args: ['run', '-s', 'list'] },
      nodeList: { command: node, args: ['grader/dist/cli.js', 'list'] },
      // ... vitest's own cost with a one-check suite and no config file (the grader loads none) ...
      minimalOne: { command: node, args: [vitestCli, 'run', '--config', 'false', '--root', one] },
      // ... and the same suite configured as p01's bare run: the difference is p01's checks.
      bareOne: { command: node, args: [vitestCli, 'run', '--config', suiteConfigFile], env: { B100_TESTS: one, B100_IMPL: one } },
    });
    // The learner at work: a copy of the starter, whose Task 1 is the one being worked on.
    const copy = mkdtempSync(path.join(tmpdir(), 'b100-bench-'));
    cpSync(path.join(project.dir, 'starter'), copy, { recursive: true });
    const sourceFile = readdirSync(path.join(copy, 'src')).find((f) => f.endsWith('.ts') && f !== 'cli.ts')!;
    const watch = await watchRegrade(id, copy, path.join(copy, 'src', sourceFile));
    rmSync(copy, { recursive: true, force: true });
    const rerunP01 = await warmRerun(path.join(project.dir, 'tests'), path.join(project.dir, 'solution'));
    const grader = {
      'npm run grade p01 -- --solution (ms)': Math.round(t.npmGrade),
      'node grader/dist/cli.js grade p01 --solution (ms)': Math.round(t.nodeGrade),
      'bare vitest run of the p01 suite (ms)': Math.round(t.bare),
      'grader overhead over bare vitest (x)': Number((t.nodeGrade / t.bare).toFixed(2)),
      'watch: verdict on the task worked on, after a save (ms)': Math.round(watch.verdict),
      'watch: full report after a save (ms)': Math.round(watch.full),
    };
    console.log(`Grader (median of ${RUNS} warm runs; targets: npm grade at most 1.2x the floor below, watch verdict on the current task < 500 ms)`);
    for (const [name, value] of Object.entries(grader)) console.log(`  ${name.padEnd(52)} ${value}`);
    results.grader = grader;
    // Not targets: what no grader built on vitest can go below here, so whether the targets
    // above can be met on this machine at all.
    const npmOverhead = Math.max(0, t.npmList - t.nodeList);
    const p01Checks = Math.max(0, t.bare - t.bareOne);
    const floor = {
      'npm run overhead over plain node (ms)': Math.round(npmOverhead),
      'vitest run of a one-check suite, no config file (ms)': Math.round(t.minimalOne),
      "p01's checks: bare p01 run minus bare one-check run (ms)": Math.round(p01Checks),
      'lowest npm run grade p01: the three above (ms)': Math.round(npmOverhead + t.minimalOne + p01Checks),
      'warm re-run of the p01 suite in a started vitest (ms)': Math.round(rerunP01),
      [`lowest watch re-grade of p01: ${DEBOUNCE_MS} ms debounce + that re-run (ms)`]: Math.round(DEBOUNCE_MS + rerunP01),
    };
    console.log(`Floor on this machine: what no grader built on vitest can go below (medians)`);
    for (const [name, value] of Object.entries(floor)) console.log(`  ${name.padEnd(76)} ${value}`);
    results.floor = floor;
    const lowest = npmOverhead + t.minimalOne + p01Checks;
    const ratio = Number((t.npmGrade / lowest).toFixed(2));
    console.log(`Against the targets\n  ${'npm run grade p01 over the lowest possible (x, target at most 1.2)'.padEnd(76)} ${ratio}`);
    console.log(`  ${'watch: verdict on the current task after a save (ms, target under 500)'.padEnd(76)} ${Math.round(watch.verdict)}`);
    results.targets = { gradeOverFloor: ratio, watchTaskVerdictMs: Math.round(watch.verdict) };
  }
  if (!values['grader-only']) results.projects = projectBenches(positionals);
  mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
  writeFileSync(path.join(ROOT, '.bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote .bench/results.json');
}

await main();
