import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { displayPath, type CommandResult, type Context } from './output.js';
import { startRunner, type WarmRunner } from './run-suite.js';
import type { SuiteTarget } from './suite-config.js';

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

/**
 * Grades now and after every save until Ctrl+C (or the signal). One runner stays alive between
 * grades and only re-reads the learner's files, so a re-grade skips vitest's start-up; when a
 * run had to be stopped (an endless loop), a fresh runner takes its place.
 */
export async function watchAndGrade(
  ctx: Context,
  dir: string,
  options: { poll: boolean; signal?: AbortSignal; target: SuiteTarget },
  gradeOnce: (runner: WarmRunner, changed: string[]) => Promise<CommandResult>,
): Promise<CommandResult> {
  let runner = startRunner(options.target);
  let last: CommandResult = { exitCode: 1, stdout: '' };
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const gradeNow = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const started = performance.now();
    last = await gradeOnce(runner, listFiles(dir));
    if (!runner.child.connected || runner.child.killed) runner = startRunner(options.target);
    const ms = Math.round(performance.now() - started);
    ctx.print(`${ctx.env.B100_WATCH_CLEAR === '0' || !ctx.interactive ? '' : '\u001bc'}${last.stdout}${last.stderr ? `${last.stderr}\n` : ''}`);
    ctx.print(ctx.color.dim(`graded in ${ms} ms · watching ${displayPath(dir)} for changes · Ctrl+C to stop\n`));
    running = false;
    if (again) {
      again = false;
      void gradeNow();
    }
  };

  const watcher = watchFolder(dir, options.poll, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void gradeNow(), DEBOUNCE_MS);
  });
  if (watcher.mode === 'polling') ctx.print(ctx.color.dim('(watching by polling)\n'));
  await gradeNow();

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
