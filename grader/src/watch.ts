import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { displayPath, type CommandResult, type Context } from './output.js';
import { startRunner, type WarmRunner } from './run-suite.js';
import type { SuiteTarget } from './suite-config.js';
import { escapeRegExp, type SuiteResult } from './suite-result.js';

/** Saves often come in bursts (editor writes a temp file, renames, formats): wait for quiet. */
export const DEBOUNCE_MS = 80;
export const POLL_INTERVAL_MS = 300;

const ignored = (rel: string) => rel.split(path.sep).some((part) => part === 'node_modules' || part.startsWith('.'));

/** Every file below dir that a save could touch (not node_modules, not dotfiles). */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (ignored(path.relative(dir, full))) continue;
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(dir);
  return files;
}

/** mtime and size of every file below dir: compared between polls to notice saves. */
function snapshot(dir: string): string {
  return listFiles(dir)
    .map((file) => {
      const stat = statSync(file, { throwIfNoEntry: false });
      return stat ? `${file}:${stat.mtimeMs}:${stat.size}` : '';
    })
    .join('\n');
}

/**
 * Watches a folder for changes through the OS's events, falling back to polling where those are
 * missed (WSL, containers, network drives) or when asked to (--poll).
 */
export function watchFolder(dir: string, poll: boolean, onChange: () => void): { close: () => void; mode: 'events' | 'polling' } {
  const startPolling = () => {
    let last = snapshot(dir);
    const timer = setInterval(() => {
      const next = snapshot(dir);
      if (next !== last) {
        last = next;
        onChange();
      }
    }, POLL_INTERVAL_MS);
    return { close: () => clearInterval(timer), mode: 'polling' as const };
  };
  if (poll) return startPolling();
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { recursive: true }, (_event, file) => {
      if (file && ignored(String(file))) return;
      onChange();
    });
  } catch {
    return startPolling();
  }
  let fallback: { close: () => void } | undefined;
  watcher.on('error', () => {
    watcher.close();
    fallback = startPolling();
  });
  return { close: () => (fallback ? fallback.close() : watcher.close()), mode: 'events' };
}

/** What watch mode needs from the grade command: a run (all checks, or one task's), and a report. */
export interface WatchGrading {
  run: (runner: WarmRunner, changed: string[], namePattern?: string) => Promise<SuiteResult>;
  render: (result: SuiteResult) => CommandResult;
  /** The short verdict on one task, shown while the other tasks are still being checked. */
  renderTask: (result: SuiteResult, task: number) => string;
}


/** The task the learner is working on: the first one with a check that did not pass. */
export function focusTask(result: SuiteResult | undefined): { id: number; group: string } | undefined {
  if (!result || result.aborted) return undefined;
  const open = result.checks.filter((check) => check.status !== 'pass' && check.taskId !== null).sort((a, b) => a.taskId! - b.taskId!)[0];
  return open ? { id: open.taskId!, group: open.group } : undefined;
}

/**
 * Grades now and after every save until Ctrl+C (or the signal). One runner stays alive between
 * grades and only re-reads the learner's files, so a re-grade skips vitest's start-up; when a
 * run had to be stopped (an endless loop), a fresh runner takes its place. After a save, the
 * task the learner is working on is checked first and its verdict shown at once (design.md:
 * within 0.5 s); the full report follows.
 */
export async function watchAndGrade(ctx: Context, dir: string, options: { poll: boolean; signal?: AbortSignal; target: SuiteTarget }, grading: WatchGrading): Promise<CommandResult> {
  let runner = startRunner(options.target);
  let last: CommandResult = { exitCode: 1, stdout: '' };
  let lastResult: SuiteResult | undefined;
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const clear = () => (ctx.env.B100_WATCH_CLEAR === '0' || !ctx.interactive ? '' : '\u001bc');
  const renew = () => {
    if (!runner.child.connected || runner.child.killed) runner = startRunner(options.target);
  };

  const gradeNow = async (saved: number) => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const changed = listFiles(dir);
    const focus = focusTask(lastResult);
    let invalidated = false;
    if (focus) {
      const quick = await grading.run(runner, changed, `^${escapeRegExp(focus.group)} `);
      invalidated = true;
      renew();
      if (!quick.aborted && quick.checks.length > 0) {
        ctx.print(`${clear()}${grading.renderTask(quick, focus.id)}\n`);
        ctx.print(ctx.color.dim(`Task ${focus.id} verdict in ${Math.round(performance.now() - saved)} ms · checking every task...\n`));
      }
    }
    lastResult = await grading.run(runner, invalidated ? [] : changed);
    last = grading.render(lastResult);
    renew();
    const ms = Math.round(performance.now() - saved);
    ctx.print(`${clear()}${last.stdout}${last.stderr ? `${last.stderr}\n` : ''}`);
    ctx.print(ctx.color.dim(`graded in ${ms} ms · watching ${displayPath(dir)} for changes · Ctrl+C to stop\n`));
    running = false;
    if (again) {
      again = false;
      void gradeNow(performance.now());
    }
  };

  let firstChange = 0;
  const watcher = watchFolder(dir, options.poll, () => {
    if (!timer) firstChange = performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void gradeNow(firstChange);
    }, DEBOUNCE_MS);
  });
  if (watcher.mode === 'polling') ctx.print(ctx.color.dim('(watching by polling)\n'));
  await gradeNow(performance.now());

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    options.signal?.addEventListener('abort', stop, { once: true });
  });
  clearTimeout(timer);
  watcher.close();
  runner.child.kill();
  return { exitCode: last.exitCode, stdout: '' };
}
