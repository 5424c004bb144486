import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Project } from '../src/catalog.js';
import { formatReport, isPass, scoreOf, toJson } from '../src/report.js';
import type { SuiteResult } from '../src/suite-result.js';

const project = {
  id: 'p01',
  title: 'CLI calculator',
  tasks: [
    { id: 1, title: 'Tokenize', hint: 'Walk the string one character at a time.' },
    { id: 2, title: 'Evaluate', hint: 'Precedence climbs.' },
  ],
} as unknown as Project;

const c = new Chalk({ level: 0 });

const result: SuiteResult = {
  durationMs: 10,
  errors: [],
  checks: [
    { name: 'splits numbers', group: 'Task 1: Tokenize', taskId: 1, status: 'pass', message: '', file: 't.ts' },
    { name: 'adds', group: 'Task 2: Evaluate', taskId: 2, status: 'fail', message: 'evaluate("1+2"): expected 4 to be 3', diff: '- Expected\n+ Received\n\n- 3\n+ 4', file: 't.ts' },
    { name: 'multiplies', group: 'Task 2: Evaluate', taskId: 2, status: 'fail', message: 'second failure', file: 't.ts' },
  ],
};

describe('report', () => {
  it('groups checks by task, shows the first failure in full with its task hint, and a score line', () => {
    const text = formatReport(project, result, c);
    expect(text).toMatch(/Task 1: Tokenize\n  ✓ splits numbers/);
    expect(text).toMatch(/Task 2: Evaluate\n  ✗ adds\n  ✗ multiplies/);
    expect(text).toContain('First failure: Task 2: Evaluate › adds');
    expect(text).toContain('evaluate("1+2"): expected 4 to be 3');
    expect(text).toContain('+ 4');
    expect(text).toContain('Hint: Precedence climbs.');
    expect(text).not.toContain('second failure');
    expect(text.trimEnd().split('\n').at(-1)).toBe('1/3 checks passed');
  });

  it('passes only when every check passed and nothing else went wrong', () => {
    const allPass: SuiteResult = { ...result, checks: result.checks.map((check) => ({ ...check, status: 'pass' as const })) };
    expect(isPass(allPass)).toBe(true);
    expect(isPass(result)).toBe(false);
    expect(isPass({ ...allPass, errors: ['tests/a.test.ts: SyntaxError'] })).toBe(false);
    expect(isPass({ ...allPass, checks: [] })).toBe(false);
    expect(isPass({ ...allPass, aborted: { reason: 'timeout', check: null, detail: '' } })).toBe(false);
    expect(scoreOf(result)).toEqual({ passed: 1, total: 3 });
  });

  it('names the stuck check when grading was stopped', () => {
    const text = formatReport(project, { checks: [], errors: [], durationMs: 1, aborted: { reason: 'timeout', check: 'Task 2: Evaluate > adds', detail: 'it was still running after 10 s' } }, c);
    expect(text).toContain('the check "Task 2: Evaluate › adds" never finished');
    expect(text).toMatch(/loop that never ends/);
    expect(text).toContain('Not graded: the run was stopped before the end');
  });

  it('prints Exercism test-runner JSON', () => {
    const json = toJson(project, result) as { version: number; status: string; tests: Array<Record<string, unknown>> };
    expect(json.version).toBe(3);
    expect(json.status).toBe('fail');
    expect(json.tests[1]).toEqual({ name: 'Task 2: Evaluate > adds', status: 'fail', message: expect.stringContaining('expected 4 to be 3'), task_id: 2 });
    expect((toJson(project, { checks: [], errors: [], durationMs: 1, aborted: { reason: 'crash', check: null, detail: 'x' } }) as { status: string }).status).toBe('error');
  });
});
