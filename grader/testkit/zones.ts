// Local time under more than one zone (design.md, "Time zones and locales"). Suites run with
// TZ=UTC; a check of a spec that speaks of local days, hours or months runs again in these
// zones, so code that uses UTC where local time is meant (or the reverse) fails.
import { isMainThread } from 'node:worker_threads';

/** The zones a local-time check should also run in, and why each one. */
export const ZONES = {
  /** A half-hour offset (UTC+5:30, no DST): a day starts at 18:30 UTC. */
  halfHour: 'Asia/Kolkata',
  /** Southern-hemisphere DST (UTC+10/+11): summer in January, the change in April and October. */
  southernDst: 'Australia/Sydney',
  /** Northern DST (UTC-5/-4), with a 23-hour day on 8 March 2026 and a 25-hour day on 1 November 2026. */
  newYork: 'America/New_York',
} as const;

export const OTHER_ZONES: readonly string[] = Object.values(ZONES);

/**
 * Runs `use` with the process in `zone` (Date's local methods, Intl's default zone), then puts
 * the zone back. Load learner modules inside `use`, so formatters they create see the zone.
 * Node applies a change of process.env.TZ only on a process's main thread: the project's
 * project.json must say `"localTime": true`, which makes the grader run its suite in a forked
 * process instead of a worker thread.
 */
export async function withTimeZone<T>(zone: string, use: () => T | Promise<T>): Promise<T> {
  if (!isMainThread) {
    // Mutation testing runs suites in worker threads whatever the project says (Stryker's vitest
    // runner forces it): there, the other zones are left out rather than failing the dry run.
    if (process.env.B100_MUTATION === '1') return undefined as T;
    throw new Error('withTimeZone needs "localTime": true in project.json (the suite must run in a process of its own, where a change of TZ takes effect).');
  }
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await use();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
