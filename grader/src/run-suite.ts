import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RUNNER_FILE } from './paths.js';
import { TEST_TIMEOUT_MS, type SuiteTarget } from './suite-config.js';
import type { SuiteResult } from './suite-result.js';

/** A single check that keeps the thread busy this long is stuck (vitest's own timeout could not fire). */
export const STALL_LIMIT_MS = TEST_TIMEOUT_MS + 5_000;
/**
 * The whole run may take no longer than this: a safety net, not a speed rule (stuck checks are
 * caught by the per-check limits). Generous, because a busy 2-core machine ran a 43-check
 * database suite in 66 s where an idle one needs 18 s.
 */
export const RUN_LIMIT_MS = 300_000;



/** A runner child that has already loaded vitest and waits for a target. */
export interface WarmRunner {
  child: ChildProcess;
  /** The target it was prepared for, if any. */
  prepared?: SuiteTarget | undefined;
}

/** Starts a runner; with a target it also prepares vitest for it (watch mode knows the target ahead). */
export function startRunner(target?: SuiteTarget): WarmRunner {
  // The runner's own output (vitest warnings, learner console.log) is not the report: keep it
  // away from --json stdout, and show it only when a run crashes.
  // Learner code runs in an empty folder of its own: a relative path resolved against the
  // working folder (a bug, but a common one) writes there, never into the curriculum checkout.
  const cwd = mkdtempSync(path.join(tmpdir(), 'b100-cwd-'));
  const child = fork(RUNNER_FILE, [], { cwd, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], env: { ...process.env, NODE_OPTIONS: '' } });
  child.once('exit', () => rmSync(cwd, { recursive: true, force: true }));
  return { child, prepared: target ? prepare(child, target) : undefined };
}

function prepare(child: ChildProcess, target: SuiteTarget): SuiteTarget {
  const markerDir = mkdtempSync(path.join(tmpdir(), 'b100-run-'));
  const prepared = { ...target, currentTestFile: path.join(markerDir, 'current-test') };
  child.send({ type: 'prepare', target: prepared });
  return prepared;
}

/** The running check, since when, and its own time limit (testkit/setup.ts writes "limit\nname"). */
function readMarker(file: string): { name: string | null; since: number; limitMs?: number } {
  try {
    const text = readFileSync(file, 'utf8');
    const match = /^(\d+)\n([\s\S]*)$/.exec(text);
    const since = statSync(file).mtimeMs;
    if (match) return { name: match[2] || null, since, limitMs: Number(match[1]) };
    return { name: text || null, since };
  } catch {
    return { name: null, since: 0 };
  }
}

export interface RunOptions {
  runner?: WarmRunner;
  /** Keep the runner alive after the run (watch mode); `changed` files are re-read next time. */
  keepAlive?: boolean;
  /** Keep the runner's process for another suite (vitest itself is closed): see runnerPool(). */
  reuse?: boolean;
  changed?: string[];
  /** Run only the checks whose full name matches (watch mode's first verdict on one task). */
  namePattern?: string;
  stallLimitMs?: number;
  runLimitMs?: number;
}

/** Runs a suite in a child process and always settles: with results, or with why it stopped. */
export function runSuite(target: Omit<SuiteTarget, 'currentTestFile'>, options: RunOptions = {}): Promise<SuiteResult> {
  const stallLimit = options.stallLimitMs ?? STALL_LIMIT_MS;
  const runLimit = options.runLimitMs ?? RUN_LIMIT_MS;
  const runner = options.runner ?? startRunner();
  const { child } = runner;
  const prepared = runner.prepared ?? prepare(child, target);
  const marker = prepared.currentTestFile!;
  const markerDir = path.dirname(marker);
  const started = Date.now();
  const output: string[] = [];
  const collect = (c: Buffer) => output.push(c.toString());
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  return new Promise<SuiteResult>((resolve) => {
    let settled = false;
    const finish = (result: SuiteResult) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      child.off('message', onMessage);
      child.off('exit', onExit);
      child.stdout?.off('data', collect);
      child.stderr?.off('data', collect);
      const alive = (options.keepAlive || options.reuse) && !result.aborted;
      if (!alive && child.exitCode === null) child.kill('SIGKILL');
      if (!(alive && options.keepAlive)) rmSync(markerDir, { recursive: true, force: true });
      resolve(result);
    };
    const abort = (reason: 'timeout' | 'crash', detail: string) => {
      finish({ checks: [], errors: [], aborted: { reason, check: readMarker(marker).name, detail }, durationMs: Date.now() - started });
    };
    const watchdog = setInterval(() => {
      const now = Date.now();
      const current = readMarker(marker);
      // A check given a longer limit than the default (a multi-process check) gets it, plus the margin.
      const extra = current.limitMs !== undefined && current.limitMs > TEST_TIMEOUT_MS ? current.limitMs - TEST_TIMEOUT_MS : 0;
      const limit = stallLimit + extra;
      if (current.name && now - current.since > limit) {
        abort('timeout', `it was still running after ${Math.round(limit / 1000)} s`);
      } else if (now - started > runLimit) {
        abort('timeout', `the whole suite took longer than ${Math.round(runLimit / 1000)} s`);
      }
    }, 100);
    const onMessage = (message: { type: string; result?: SuiteResult }) => {
      if (message.type === 'result' && message.result) finish(message.result);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      const tail = output.join('').trim().split('\n').slice(-15).join('\n');
      abort('crash', `the test process ended early (${signal ?? `exit code ${code}`})${tail ? `:\n${tail}` : ''}`);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    if (!child.connected) {
      abort('crash', 'the test process was no longer running');
      return;
    }
    // A check that was running in a previous (watch) run must not count as stalled now.
    writeFileSync(marker, '');
    child.send({ type: 'go', keepAlive: options.keepAlive ?? false, reuse: options.reuse ?? false, changed: options.changed ?? [], ...(options.namePattern ? { namePattern: options.namePattern } : {}) });
  });
}

/**
 * Runners for grading many suites (npm test, npm run variants): one per slot, each reused from
 * suite to suite, and replaced when a run had to be stopped.
 */
export function runnerPool(): { run: (target: Omit<SuiteTarget, 'currentTestFile'>, slot: number, namePattern?: string) => Promise<SuiteResult>; close: () => void } {
  const runners = new Map<number, WarmRunner>();
  return {
    run: async (target, slot, namePattern) => {
      let runner = runners.get(slot);
      if (!runner || runner.child.killed || !runner.child.connected || runner.child.exitCode !== null) {
        runner = startRunner();
        runners.set(slot, runner);
      }
      return runSuite(target, { runner, reuse: true, ...(namePattern ? { namePattern } : {}) });
    },
    close: () => {
      for (const runner of runners.values()) runner.child.kill();
    },
  };
}
