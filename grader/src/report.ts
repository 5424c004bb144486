import type { ChalkInstance } from 'chalk';
import type { Project } from './catalog.js';
import { looksLikeMachineTrouble } from './machine.js';
import type { CheckResult, SuiteResult } from './suite-result.js';

export interface Score {
  passed: number;
  total: number;
}

export function scoreOf(result: SuiteResult): Score {
  return { passed: result.checks.filter((c) => c.status === 'pass').length, total: result.checks.length };
}

/**
 * Checks skipped because this machine has no Chromium (testkit/browser.ts): tolerated on a
 * maintainer's machine, with a warning, but not in CI, which installs Chromium (.ci/run).
 */
export function browserSkipsTolerated(result: SuiteResult, env: NodeJS.ProcessEnv = process.env): boolean {
  const skipped = result.checks.filter((check) => check.status === 'skip');
  return env.CI !== 'true' && skipped.length > 0 && skipped.every((check) => check.message.startsWith('no Chromium'));
}

/** A suite passes only when it ran, had checks, every one passed, and nothing failed outside them. */
export function isPass(result: SuiteResult): boolean {
  const score = scoreOf(result);
  return !result.aborted && result.errors.length === 0 && score.total > 0 && score.passed === score.total;
}

function indent(text: string, by = '    '): string {
  return text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

/** Groups in task order (Task 2 before Task 10), whatever order the suite files ran in. */
function groupByTask(checks: CheckResult[]): Map<string, CheckResult[]> {
  const groups = new Map<string, CheckResult[]>();
  const ordered = [...checks].sort((a, b) => (a.taskId ?? Infinity) - (b.taskId ?? Infinity));
  for (const check of ordered) {
    const key = check.group || '(checks outside any task)';
    groups.set(key, [...(groups.get(key) ?? []), check]);
  }
  return groups;
}

function abortText(result: SuiteResult, c: ChalkInstance): string[] {
  const aborted = result.aborted;
  if (!aborted) return [];
  const lines: string[] = [];
  const check = aborted.check ? `the check "${aborted.check.replace(/ > /g, ' › ')}"` : 'loading your code';
  if (aborted.reason === 'timeout') {
    lines.push(c.red.bold(`Grading stopped: ${check} never finished (${aborted.detail}).`));
    lines.push('Your code is probably stuck in a loop that never ends (a `while` whose condition never becomes');
    lines.push('false, or a recursion without a base case), or it waits for something that never comes.');
  } else {
    lines.push(c.red.bold(`Grading stopped: ${aborted.check ? `${check} crashed the test process` : 'the test process crashed'}.`));
    lines.push('Does your code call process.exit(), or use a lot of memory? ' + aborted.detail);
  }
  return lines;
}

/** Why checks were skipped, once per reason: browser checks on a machine without Chromium. */
function skipText(result: SuiteResult, c: ChalkInstance): string[] {
  const reasons = new Map<string, number>();
  for (const check of result.checks) if (check.status === 'skip' && check.message) reasons.set(check.message, (reasons.get(check.message) ?? 0) + 1);
  return [...reasons].flatMap(([reason, count]) => ['', c.yellow.bold(`${count} check${count === 1 ? ' was' : 's were'} skipped: ${reason}`), c.yellow('The project is marked done only when every check ran and passed.')]);
}

/** The learner-facing report: checks grouped by task, the first failure in full, a score line. */
export function formatReport(project: Project, result: SuiteResult, c: ChalkInstance): string {
  const lines: string[] = [];
  const groups = groupByTask(result.checks);
  for (const [group, checks] of groups) {
    const done = checks.every((check) => check.status === 'pass');
    lines.push((done ? c.green : c.bold)(group));
    for (const check of checks) {
      const mark = check.status === 'pass' ? c.green('✓') : check.status === 'skip' ? c.yellow('-') : c.red('✗');
      lines.push(`  ${mark} ${check.name}`);
    }
  }
  if (result.errors.length > 0) {
    lines.push('', c.red.bold('Errors outside the checks:'));
    for (const error of result.errors) lines.push(indent(error, '  '));
  }
  lines.push(...(result.aborted ? ['', ...abortText(result, c)] : []));
  lines.push(...skipText(result, c));

  const firstFailure = [...groups.values()].flat().find((check) => check.status === 'fail');
  if (firstFailure) {
    lines.push('', c.red.bold(`First failure: ${firstFailure.group} › ${firstFailure.name}`));
    lines.push(indent(firstFailure.message));
    if (firstFailure.diff) lines.push(indent(firstFailure.diff));
    const hint = project.tasks.find((task) => task.id === firstFailure.taskId)?.hint;
    if (hint) lines.push('', `  ${c.cyan('Hint:')} ${hint}`);
  }
  const seen = [result.aborted?.detail ?? '', ...result.errors, firstFailure?.message ?? ''].join('\n');
  if (looksLikeMachineTrouble(seen)) {
    lines.push('', c.yellow.bold('This looks like a problem of this machine, not of your code: `npm run doctor` checks it and says how to fix it.'));
  }
  const score = scoreOf(result);
  const pass = isPass(result);
  if (result.aborted) lines.push('', c.red.bold(`Not graded: the run was stopped before the end (${score.passed}/${score.total} checks counted).`));
  else lines.push('', (pass ? c.green.bold : c.red.bold)(`${score.passed}/${score.total} checks passed`));
  return lines.join('\n');
}

/** Watch mode's quick verdict on the task the learner is working on, before the full report. */
export function formatTaskVerdict(project: Project, result: SuiteResult, task: number, c: ChalkInstance): string {
  const checks = result.checks.filter((check) => check.taskId === task);
  const passed = checks.filter((check) => check.status === 'pass').length;
  const done = passed === checks.length;
  const lines = [(done ? c.green.bold : c.bold)(checks[0]?.group ?? `Task ${task}`)];
  for (const check of checks) lines.push(`  ${check.status === 'pass' ? c.green('✓') : c.red('✗')} ${check.name}`);
  const failure = checks.find((check) => check.status === 'fail');
  if (failure) {
    lines.push('', c.red.bold(`First failure: ${failure.name}`), indent(failure.message));
    if (failure.diff) lines.push(indent(failure.diff));
    const hint = project.tasks.find((t) => t.id === task)?.hint;
    if (hint) lines.push('', `  ${c.cyan('Hint:')} ${hint}`);
  }
  lines.push('', (done ? c.green.bold : c.red.bold)(`Task ${task}: ${passed}/${checks.length} checks passed`));
  return lines.join('\n');
}

/** Results shaped like Exercism's test-runner interface (version 3). */
export function toJson(project: Project, result: SuiteResult): object {
  const pass = isPass(result);
  const status = result.aborted || (result.checks.length === 0 && result.errors.length > 0) ? 'error' : pass ? 'pass' : 'fail';
  const messages = [...result.errors];
  if (result.aborted) {
    messages.unshift(`Grading stopped (${result.aborted.reason}) during ${result.aborted.check ?? 'loading'}: ${result.aborted.detail}`);
  }
  return {
    version: 3,
    status,
    ...(messages.length > 0 ? { message: messages.join('\n') } : {}),
    project: project.id,
    tests: result.checks.map((check) => ({
      name: `${check.group} > ${check.name}`,
      status: check.status === 'pass' ? 'pass' : check.status === 'fail' ? 'fail' : 'error',
      message: check.status === 'fail' ? [check.message, check.diff].filter(Boolean).join('\n') : null,
      task_id: check.taskId,
    })),
  };
}
