// The shape the runner child sends to the grader: plain data, no vitest types.

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  /** The check's own name (the `it` text). */
  name: string;
  /** The top-level describe, which names the spec task ("Task 2: Precedence"). */
  group: string;
  /** The task number parsed from the group, or null for a check outside any task. */
  taskId: number | null;
  status: CheckStatus;
  /** The failure message (no ANSI codes), empty when passed. */
  message: string;
  /** Expected and received values when the assertion had them. */
  diff?: string;
  file: string;
}

export interface SuiteResult {
  checks: CheckResult[];
  /** Errors outside any check: a suite file that could not load, an unhandled rejection. */
  errors: string[];
  /** Set when the run was stopped: which check was running and why. */
  aborted?: { reason: 'timeout' | 'crash'; check: string | null; detail: string };
  durationMs: number;
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export function taskIdOf(group: string): number | null {
  const match = /^Task (\d+)\b/.exec(group);
  return match ? Number(match[1]) : null;
}

/**
 * vitest's own words for a check that ran out of time advise changing the test; a learner needs
 * to hear what was waiting instead.
 */
export function learnerMessage(message: string): string {
  const timedOut = /^Test timed out in (\d+)ms\./.exec(message);
  if (!timedOut) return message;
  const seconds = Number(timedOut[1]) / 1000;
  return (
    `This check was still waiting after ${seconds} s for something your code never finished: a promise that never settles, ` +
    'a callback never called, a stream never ended, or a loop that waits for an event that never comes. ' +
    'Every path through a function the spec names must return (or answer, or throw); the check above this line shows what it was calling.'
  );
}

/** Text matched literally inside a vitest name pattern (a task title may hold "(" or "?"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
