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
