// What npm test and npm run variants share: a ✓/✗ line per finding, a bounded pool of suite
// runs, and the closing `N passed, M failed` line that CI reads.
import { availableParallelism } from 'node:os';
import { makeColor } from './output.js';

export interface CheckLog {
  report: (name: string, problems: string[], detail?: string) => void;
  heading: (text: string) => void;
  /** Prints the time taken and the closing line, and sets the exit code. */
  finish: (started: number, what: string) => void;
}

export function checkLog(): CheckLog {
  const c = makeColor(process.env, Boolean(process.stdout.isTTY));
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  return {
    report(name, problems, detail = '') {
      const suffix = detail ? c.dim(`  ${detail}`) : '';
      if (problems.length === 0) {
        passed++;
        console.log(`${c.green('✓')} ${name}${suffix}`);
        return;
      }
      failed++;
      failures.push(name);
      console.log(`${c.red('✗')} ${name}${suffix}`);
      for (const problem of problems) console.log(`    ${problem.split('\n').join('\n    ')}`);
    },
    heading(text) {
      console.log(c.bold(text));
    },
    finish(started, what) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`\n${what} took ${seconds} s.${failures.length > 0 ? ` Failed: ${failures.join('; ')}` : ''}`);
      console.log(`${passed} passed, ${failed} failed`);
      process.exitCode = failed === 0 ? 0 : 1;
    },
  };
}

/**
 * Runs async jobs with at most `limit` at once, keeping their order in the results. Each job
 * also gets the slot (0 to limit - 1) it runs in, so that slots can keep a runner each.
 */
export async function pool<T, R>(items: T[], limit: number, job: (item: T, slot: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (slot: number) => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]!, slot);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, slot) => worker(slot)));
  return results;
}

/**
 * How many suites run at once: one per core, unless B100_SLOTS says otherwise (suites wait on
 * child processes and sockets, so a machine may do better with more slots than cores).
 */
export function suiteSlots(env: Record<string, string | undefined> = process.env): number {
  const asked = Number(env.B100_SLOTS);
  return Number.isInteger(asked) && asked > 0 ? asked : Math.max(1, availableParallelism());
}
