// Pins the parts of the frame that make suites trustworthy (issue 12): the hostile-input
// battery, apps in several processes, time zones, variants, the learner-facing timeout message,
// watch mode's focus task, doctor, and database errors that name their statement.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import express from 'express';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { expectHostileInputRefused } from '../testkit/hostile.js';
import { serve } from '../testkit/http.js';
import { startAppProcesses } from '../testkit/processes.js';
import { visible } from '../testkit/visible.js';
import { withTimeZone } from '../testkit/zones.js';
import { withRawDb } from '../testkit/db.js';
import { doctorCommand } from '../src/commands/doctor.js';
import { looksLikeMachineTrouble, nodeIsSupported } from '../src/machine.js';
import { focusTask } from '../src/watch.js';
import { applyVariantPatch, judgeVariant, type Variant } from '../src/variants.js';
import { learnerMessage, type CheckResult, type SuiteResult } from '../src/suite-result.js';
import type { Project } from '../src/catalog.js';
import { ROOT } from '../src/paths.js';
import { tempDir, testContext } from './helpers.js';

/** An API whose error handler turns only its own errors into 4xx: what given files used to do. */
function apiWith(handler: express.ErrorRequestHandler) {
  const app = express();
  app.post('/notes', express.json(), (req, res) => {
    const title = (req.body as { title?: unknown } | undefined)?.title;
    if (typeof title !== 'string') res.status(400).json({ error: { code: 'validation_failed', message: 'title must be a string.' } });
    else res.status(201).json({ title });
  });
  app.get('/notes/:id', (req, res) => {
    res.json({ id: req.params.id });
  });
  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: 'No such route.' } });
  });
  app.use(handler);
  return app;
}

const naive: express.ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, _next) => {
  if (error.type === 'entity.parse.failed') res.status(400).json({ error: { code: 'invalid_json', message: 'Bad JSON.' } });
  else res.status(500).json({ error: { code: 'internal', message: 'Oops.' } });
};

const careful: express.ErrorRequestHandler = (error: { status?: number }, _req, res, _next) => {
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : error instanceof URIError ? 400 : 500;
  res.status(status).json({ error: { code: status === 500 ? 'internal' : 'bad_request', message: 'See the Interface.' } });
};

const routes = [
  { method: 'POST', path: '/notes', body: { title: 'Milk' } },
  { method: 'GET', path: '/notes/:id' },
];

describe('the hostile-input battery', () => {
  it('lists corrupt gzip and malformed percent-encoding answered with a 500', async () => {
    const api = await serve(apiWith(naive));
    const failure = await expectHostileInputRefused(api, routes).then(() => '', (error: Error) => error.message);
    expect(failure).toMatch(/POST \/notes \(a corrupt gzip body\): answered 500/);
    expect(failure).toMatch(/GET \/notes\/%ZZ \(:id as malformed percent-encoding\): answered 500/);
  });

  it('passes an app that answers every bad request with a 4xx JSON error', async () => {
    const api = await serve(apiWith(careful));
    await expectHostileInputRefused(api, routes);
  });

  it('catches a 4xx without the JSON error shape and a prototype that was polluted', async () => {
    const app = express();
    app.post('/things', express.json(), (req, res) => {
      Object.assign(Object.prototype, (req.body as Record<string, unknown>).__proto__ ?? {});
      res.status(400).send('bad');
    });
    const api = await serve(app);
    const failure = await expectHostileInputRefused(api, [{ method: 'POST', path: '/things', body: { a: 1 } }]).then(() => '', (error: Error) => error.message);
    expect(failure).toMatch(/without the JSON error shape/);
    expect(failure).toMatch(/reached Object\.prototype/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a request that never gets an answer instead of waiting for the check to time out', async () => {
    const app = express();
    app.get('/slow/:id', () => {});
    const api = await serve(app);
    const failure = await expectHostileInputRefused(api, [{ method: 'GET', path: '/slow/:id' }], { timeoutMs: 50 }).then(() => '', (error: Error) => error.message);
    expect(failure).toMatch(/no answer within 0\.05 s/);
    expect(failure).toMatch(/stopped after three requests that got no answer/);
  });
});

describe('startAppProcesses', () => {
  it('starts instances in processes of their own that share files and a clock the check moves', async () => {
    // Under the repository, as a learner's workspace is: packages resolve from its node_modules.
    const impl = path.join(ROOT, '.b100', `processes-test-${process.pid}`);
    mkdirSync(path.join(impl, 'src'), { recursive: true });
    onTestFinished(() => rmSync(impl, { recursive: true, force: true }));
    writeFileSync(
      path.join(impl, 'src/app.ts'),
      `import { appendFileSync, readFileSync } from 'node:fs';
export function createApp(options: { file: string; now: () => Date }) {
  return (req: { method?: string }, res: { end: (body: string) => void }) => {
    if (req.method === 'POST') appendFileSync(options.file, 'x');
    res.end(JSON.stringify({ pid: process.pid, now: options.now().toISOString(), size: readFileSync(options.file, 'utf8').length, here: import.meta.url }));
  };
}
`,
    );
    const file = path.join(tempDir(), 'shared.txt');
    writeFileSync(file, '');
    vi.stubEnv('B100_IMPL', impl);
    const { apps, advance } = await startAppProcesses(2, { options: { file }, start: '2026-01-15T12:00:00.000Z' });
    await Promise.all(apps.map((app) => app.post('/')));
    const [a, b] = (await Promise.all(apps.map((app) => app.get('/')))).map((res) => res.json as { pid: number; now: string; size: number; here: string });
    expect(a!.pid).not.toBe(b!.pid);
    expect(a!.pid).not.toBe(process.pid);
    expect([a!.size, b!.size]).toEqual([2, 2]);
    expect(a!.here, 'import.meta.url stays the file of the learner').toMatch(/processes-test-\d+\/src\/app\.ts$/);
    await advance(60_000);
    expect((( await apps[1]!.get('/')).json as { now: string }).now).toBe('2026-01-15T12:01:00.000Z');
  });

  it('says which instance could not start and why', async () => {
    const impl = path.join(ROOT, '.b100', `processes-broken-${process.pid}`);
    mkdirSync(path.join(impl, 'src'), { recursive: true });
    onTestFinished(() => rmSync(impl, { recursive: true, force: true }));
    writeFileSync(path.join(impl, 'src/app.ts'), "export function createApp() { throw new Error('no database file given'); }\n");
    vi.stubEnv('B100_IMPL', impl);
    await expect(startAppProcesses(1, { options: {} })).rejects.toThrow(/instance 1 of the app ended while starting[\s\S]*no database file given/);
  });
});

describe('withTimeZone', () => {
  it('refuses to pretend in a worker thread, where Node ignores a change of TZ', async () => {
    await expect(withTimeZone('Asia/Kolkata', () => new Date().getHours())).rejects.toThrow(/"localTime": true in project.json/);
  });
});

describe('visible', () => {
  it('escapes what would print as nothing and keeps what prints', () => {
    expect(visible('a\u007fb\u202ec\ud800d')).toBe('a\\x7fb\\u202ec\\ud800d');
    expect(visible('café 😀 tab\there\nline')).toBe('café 😀 tab\there\nline');
  });
});

describe('withRawDb', () => {
  it('names the statement that a database error came from', () => {
    const file = path.join(tempDir(), 'a.db');
    withRawDb(file, (db) => db.exec('CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE b (a_id INTEGER REFERENCES a(id));'));
    const message = (() => {
      try {
        withRawDb(file, (db) => db.prepare('INSERT INTO b (a_id) VALUES (?)').run(42));
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/FOREIGN KEY constraint failed\n {2}while running: INSERT INTO b \(a_id\) VALUES \(\?\) with \[42\]/);
    expect(new Database(file).prepare('SELECT count(*) AS n FROM b').get()).toEqual({ n: 0 });
  });
});

function check(name: string, taskId: number, status: CheckResult['status']): CheckResult {
  return { name, group: `Task ${taskId}: T${taskId}`, taskId, status, message: status === 'fail' ? 'expected 1 to be 2' : '', file: 'x.test.ts' };
}

function result(...checks: CheckResult[]): SuiteResult {
  return { checks, errors: [], durationMs: 1 };
}

const project = { id: 'p99' } as Project;
const variant = (spec: Variant['spec']): Variant => ({ project, name: 'v', dir: '/nowhere', spec });

describe('judgeVariant', () => {
  it('wants an alternative to pass every check', () => {
    expect(judgeVariant(variant({ expect: 'pass' }), result(check('a', 1, 'pass')))).toEqual([]);
    expect(judgeVariant(variant({ expect: 'pass' }), result(check('a', 1, 'pass'), check('b', 2, 'fail'))).join('\n')).toMatch(/Task 2: T2 › b/);
  });

  it('wants a bug caught by the checks it names, not merely by some check', () => {
    const bug = variant({ expect: 'fail', bug: 'uses UTC for local days', caughtBy: ['b'] });
    expect(judgeVariant(bug, result(check('a', 1, 'pass'), check('b', 2, 'fail')))).toEqual([]);
    expect(judgeVariant(bug, result(check('a', 1, 'fail'), check('b', 2, 'pass')))).toEqual(['"b" should fail for "uses UTC for local days" but passes']);
    expect(judgeVariant(bug, result(check('a', 1, 'pass'), check('b', 2, 'pass'))).join('\n')).toMatch(/passes every check it names: the suite misses it/);
    expect(judgeVariant(variant({ expect: 'fail', bug: 'uses UTC for local days', caughtBy: ['Task 2: T2 › gone'] }), result(check('b', 2, 'fail')))).toEqual(['caughtBy names "Task 2: T2 › gone", which is no check of the suite']);
  });

  it('wants a stage to pass its tasks and fail a later one', () => {
    const stage = variant({ expect: 'pass', throughTask: 1 });
    expect(judgeVariant(stage, result(check('a', 1, 'pass'), check('b', 2, 'fail')))).toEqual([]);
    expect(judgeVariant(stage, result(check('a', 1, 'fail'), check('b', 2, 'fail')))[0]).toMatch(/with tasks 1 to 1 done/);
    expect(judgeVariant(stage, result(check('a', 1, 'pass'), check('b', 2, 'pass')))).toEqual(['the solution cut after task 1 passes every check: the later tasks are not checked']);
  });
});

describe('variant.patch', () => {
  const patch = ['--- a/src/sum.ts', '+++ b/src/sum.ts', '@@ -1,3 +1,3 @@', ' export function sum(a: number, b: number) {', '-  return a + b;', '+  return a - b;', ' }', ''].join('\n');

  it('applies a bug to the laid copy of the solution', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src/sum.ts'), 'export function sum(a: number, b: number) {\n  return a + b;\n}\n');
    applyVariantPatch(patch, dir);
    expect(readFileSync(path.join(dir, 'src/sum.ts'), 'utf8')).toContain('return a - b;');
  });

  it('says so when the solution changed under the patch, or lost the file', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src/sum.ts'), 'export function sum(x: number, y: number) {\n  return x + y;\n}\n');
    expect(() => applyVariantPatch(patch, dir)).toThrow(/no longer applies to solution\/src\/sum\.ts/);
    expect(() => applyVariantPatch(patch.replaceAll('sum.ts', 'gone.ts'), dir)).toThrow(/changes src\/gone\.ts, which the solution does not have/);
  });
});

describe('learner-facing messages', () => {
  it("rewrites vitest's timeout advice into what was waiting", () => {
    const message = learnerMessage('Test timed out in 10000ms.\nIf this is a long-running test, pass a timeout value as the last argument or configure it globally with "testTimeout".');
    expect(message).toMatch(/still waiting after 10 s/);
    expect(message).not.toMatch(/testTimeout/);
    expect(learnerMessage('expected 1 to be 2')).toBe('expected 1 to be 2');
  });

  it('focuses watch mode on the first task with a check that does not pass', () => {
    expect(focusTask(result(check('a', 1, 'pass'), check('c', 3, 'fail'), check('b', 2, 'fail')))).toEqual({ id: 2, group: 'Task 2: T2' });
    expect(focusTask(result(check('a', 1, 'pass')))).toBeUndefined();
  });

  it('doctor says what to fix and fails only for what grading needs', () => {
    const ctx = testContext();
    const warnOnly = doctorCommand(ctx, [
      { name: 'Node.js', level: 'ok', detail: '20.19.0' },
      { name: 'Chromium (phase 3)', level: 'warn', detail: 'not found', fix: 'Install Chromium.' },
    ]);
    expect(warnOnly.exitCode).toBe(0);
    expect(warnOnly.stdout).toMatch(/! Chromium \(phase 3\): not found\n {4}Install Chromium\./);
    expect(doctorCommand(ctx, [{ name: 'SQLite', level: 'fail', detail: 'does not load', fix: 'npm rebuild better-sqlite3' }]).exitCode).toBe(1);
    expect([nodeIsSupported('20.19.0'), nodeIsSupported('20.18.3'), nodeIsSupported('22.0.0'), nodeIsSupported('18.20.0')]).toEqual([true, false, true, false]);
    expect(looksLikeMachineTrouble('Error: Could not locate the bindings file. Tried: build/better_sqlite3.node')).toBe(true);
    expect(looksLikeMachineTrouble('expected 201, got 500')).toBe(false);
  });
});
