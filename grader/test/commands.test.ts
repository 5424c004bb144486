// End-to-end checks of the grader's verbs on a real project of the curriculum, with a temporary
// workspace. Grading runs real suites in child processes, so these take a few seconds each.
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadProjects } from '../src/catalog.js';
import { gradeCommand } from '../src/commands/grade.js';
import { runCommand } from '../src/main.js';
import { makeColor } from '../src/output.js';
import { ROOT } from '../src/paths.js';
import { loadProgress, PROGRESS_FILE } from '../src/progress-store.js';
import { runnerPool, runSuite } from '../src/run-suite.js';
import { testContext, tempDir } from './helpers.js';

const project = loadProjects(ROOT).find((p) => p.id === (process.env.B100_TEST_PROJECT ?? 'p11'))!;

/** A copy of the reference solution with `extra` appended to every source module but the entry. */
function brokenCopy(extra: string): string {
  const dir = tempDir();
  cpSync(path.join(project.dir, 'solution'), dir, { recursive: true });
  const entries = Object.values(project.entry).map((e) => path.join(dir, e));
  for (const file of readdirSync(path.join(dir, 'src'), { recursive: true }) as string[]) {
    const full = path.join(dir, 'src', file);
    if (full.endsWith('.ts') && !entries.includes(full)) appendFileSync(full, `\n${extra}\n`);
  }
  return dir;
}

describe('grade', () => {
  it('creates the workspace copy from the starter on first use, fails it, and counts the attempt', async () => {
    const ctx = testContext();
    const result = await runCommand(ctx, ['grade', project.id]);
    expect(result.exitCode).toBe(1);
    expect(existsSync(path.join(ctx.workspaceDir, project.name))).toBe(true);
    expect(result.stdout).toContain(`Created your copy of the starter in`);
    expect(result.stdout).toMatch(/First failure: Task \d+: /);
    expect(result.stdout).toMatch(/\n\d+\/\d+ checks passed\n$/);
    const entry = loadProgress(ctx.workspaceDir).progress.projects[project.id];
    expect(entry).toMatchObject({ passed: false, attempts: 1 });
  });

  it('marks the project done when the learner copy passes, and only then', async () => {
    const ctx = testContext();
    cpSync(path.join(project.dir, 'solution'), path.join(ctx.workspaceDir, project.name), { recursive: true });
    const result = await runCommand(ctx, ['grade', project.id]);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toContain('is marked done');
    expect(loadProgress(ctx.workspaceDir).progress.projects[project.id]).toMatchObject({ passed: true, attempts: 1, passedAt: '2026-03-01T10:00:00.000Z' });
  });

  it('grades the reference with --solution without touching progress', async () => {
    const ctx = testContext();
    const result = await runCommand(ctx, ['grade', project.id, '--solution']);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(existsSync(path.join(ctx.workspaceDir, PROGRESS_FILE))).toBe(false);
  });

  it('prints only Exercism-shaped JSON on stdout with --json', async () => {
    const ctx = testContext();
    const result = await runCommand(ctx, ['grade', project.id, '--starter', '--json']);
    const json = JSON.parse(result.stdout) as { version: number; status: string; tests: Array<{ name: string; status: string; task_id: number }> };
    expect(json.version).toBe(3);
    expect(json.status).toBe('fail');
    expect(json.tests.length).toBeGreaterThan(0);
    expect(json.tests.every((t) => typeof t.task_id === 'number' && ['pass', 'fail', 'error'].includes(t.status))).toBe(true);
    expect(result.exitCode).toBe(1);
  });

  it('refuses a --dir that does not exist', async () => {
    const result = await runCommand(testContext(), ['grade', project.id, '--dir', '/no/such/folder']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('no such folder');
  });

  it('stops learner code that never returns and names the check that was running', async () => {
    const ctx = testContext();
    const dir = brokenCopy('while (Date.now() > 0) { /* never ends */ }');
    const result = await gradeCommand(ctx, { id: project.id, dir }, { stallLimitMs: 1500 });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/Grading stopped: the check "Task \d+: .+" never finished/);
    expect(result.stdout).toContain('loop that never ends');
    expect(existsSync(path.join(ctx.workspaceDir, PROGRESS_FILE))).toBe(false);
  });

  it.each([
    ['throws at import', "throw new Error('boom at import');", /boom at import/],
    ['has a syntax error', 'export const = ;', /could not be loaded|SyntaxError|Expected|Transform failed/],
    ['calls process.exit', 'process.exit(0);', /process\.exit/],
  ])('fails cleanly when learner code %s', async (_name, extra, message) => {
    const result = await gradeCommand(testContext(), { id: project.id, dir: brokenCopy(extra) });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(result.stdout).toMatch(/\d+\/\d+ checks passed/);
  });

  it('still ends when learner code leaves a server listening', async () => {
    const dir = brokenCopy("import { createServer as leftOpen } from 'node:http';\nleftOpen().listen(0, '127.0.0.1');");
    const result = await gradeCommand(testContext(), { id: project.id, dir });
    expect(result.stdout).toMatch(/\d+\/\d+ checks passed/);
  });

  it('fails concurrent checks of a suite with a message for its author', async () => {
    const testsDir = tempDir();
    writeFileSync(
      path.join(testsDir, 'concurrent.test.ts'),
      "import { describe, expect, it } from 'vitest';\ndescribe.concurrent('Task 1: Adds', () => {\n  it('adds', () => expect(1 + 1).toBe(2));\n});\n",
    );
    const result = await runSuite({ root: ROOT, testsDir, implDir: testsDir });
    expect(result.checks.map((check) => [check.status, check.message])).toEqual([['fail', expect.stringContaining('must not run concurrently')]]);
  });

  it("gives a check with a longer limit of its own that much time before calling it stuck", async () => {
    const testsDir = tempDir();
    const check = (limit: string) =>
      [
        "import { describe, expect, it } from 'vitest';",
        "describe('Task 1: Waits', () => {",
        `  it('waits 1.5 s', async () => {`,
        '    await new Promise((resolve) => setTimeout(resolve, 1500));',
        '    expect(1).toBe(1);',
        `  }${limit});`,
        '});',
      ].join('\n');
    writeFileSync(path.join(testsDir, 'wait.test.ts'), check(', 12_000'));
    const longer = await runSuite({ root: ROOT, testsDir, implDir: testsDir }, { stallLimitMs: 500 });
    expect(longer.aborted).toBeUndefined();
    expect(longer.checks.map((c) => c.status)).toEqual(['pass']);
    writeFileSync(path.join(testsDir, 'wait.test.ts'), check(''));
    const plain = await runSuite({ root: ROOT, testsDir, implDir: testsDir }, { stallLimitMs: 500 });
    expect(plain.aborted?.reason).toBe('timeout');
  });

  it('grades suite after suite in one reused runner, each with its own implementation and working folder', async () => {
    const testsDir = tempDir();
    writeFileSync(
      path.join(testsDir, 'impl.test.ts'),
      [
        "import { describe, expect, it } from 'vitest';",
        "import { writeFileSync } from 'node:fs';",
        "describe('Task 1: Reads', () => {",
        "  it('sees its implementation', () => {",
        "    writeFileSync('relative.txt', 'x');",
        '    expect(process.env.B100_IMPL).toMatch(/impl-a$/);',
        '  });',
        '});',
      ].join('\n'),
    );
    const runners = runnerPool();
    onTestFinished(() => runners.close());
    const first = await runners.run({ root: ROOT, testsDir, implDir: path.join(testsDir, 'impl-a') }, 0);
    const second = await runners.run({ root: ROOT, testsDir, implDir: path.join(testsDir, 'impl-b') }, 0);
    expect([first.checks[0]?.status, second.checks[0]?.status]).toEqual(['pass', 'fail']);
    expect(second.checks[0]?.message).toMatch(/impl-b/);
    expect(existsSync(path.join(ROOT, 'relative.txt')), 'a relative path in a suite must not write into the checkout').toBe(false);
  });
});

describe('other verbs', () => {
  it('prints usage without a terminal and rejects unknown verbs', async () => {
    const usage = await runCommand(testContext(), []);
    expect(usage.exitCode).toBe(0);
    expect(usage.stdout).toContain('Usage:');
    const unknown = await runCommand(testContext(), ['frobnicate']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
  });

  it('suggests the nearest project for an unknown id and explains planned ones', async () => {
    const typo = await runCommand(testContext(), ['spec', project.slug.slice(0, -1)]);
    expect(typo.exitCode).toBe(2);
    expect(typo.stderr).toContain(`Did you mean ${project.id} ${project.slug}`);
    const planned = await runCommand(testContext(), ['grade', 'p100']);
    expect(planned.stderr).toContain('p100 studio is planned but not available yet');
  });

  it('gives one more hint each time, up to the last', async () => {
    const ctx = testContext();
    const first = await runCommand(ctx, ['hint', project.id]);
    expect(first.stdout).toContain(`Hint 1/${project.hints.length}: ${project.hints[0]}`);
    expect(first.stdout).not.toContain('Hint 2/');
    for (let i = 1; i < project.hints.length + 2; i++) await runCommand(ctx, ['hint', project.id]);
    const last = await runCommand(ctx, ['hint', project.id]);
    expect(last.stdout).toContain(`Hint ${project.hints.length}/${project.hints.length}`);
    expect(last.stdout).toContain('That was the last hint');
  });

  it('reset moves the old copy aside and restores the starter', async () => {
    const ctx = testContext();
    await runCommand(ctx, ['grade', project.id]);
    const mine = path.join(ctx.workspaceDir, project.name, 'NOTES.md');
    writeFileSync(mine, 'my work');
    const result = await runCommand(ctx, ['reset', project.id]);
    expect(result.exitCode).toBe(0);
    const backup = readdirSync(ctx.workspaceDir).find((f) => f.startsWith(`${project.name}.backup-`));
    expect(backup).toBeDefined();
    expect(readFileSync(path.join(ctx.workspaceDir, backup!, 'NOTES.md'), 'utf8')).toBe('my work');
    expect(existsSync(mine)).toBe(false);
  });

  it('asks before showing the reference of an unpassed project, and diffs with --yes', async () => {
    const ctx = testContext();
    const refused = await runCommand(ctx, ['solution', project.id]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('--yes');
    await runCommand(ctx, ['reset', project.id]);
    const shown = await runCommand(ctx, ['solution', project.id, '--yes']);
    expect(shown.exitCode).toBe(0);
    expect(shown.stdout).toContain('+++ reference/');
  });

  it('shows progress with bars, and survives a corrupted progress file', async () => {
    const ctx = testContext();
    writeFileSync(path.join(ctx.workspaceDir, PROGRESS_FILE), '{broken');
    const result = await runCommand(ctx, ['progress']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('could not be read');
    expect(result.stdout).toMatch(/Phase 0: .+\[\.+\] 0\/10/);
    expect(result.stdout).toContain('0/100 projects done');
  });

  it('next points at the first project, list filters by phase and concept', async () => {
    const next = await runCommand(testContext(), ['next']);
    // Nothing is done yet: the first project without prerequisites comes next.
    expect(next.stdout).toContain(`npm run grade ${loadProjects(ROOT).find((p) => p.prerequisites.length === 0)!.id}`);
    const list = await runCommand(testContext(), ['list', '--phase', '2']);
    expect(list.stdout).toContain('Phase 2');
    expect(list.stdout).not.toContain('Phase 0');
    expect((await runCommand(testContext(), ['list', '--phase', '9'])).exitCode).toBe(2);
    expect((await runCommand(testContext(), ['list', '--concept', 'no-such-concept-anywhere'])).exitCode).toBe(1);
  });

  it('colours only on a terminal and never with NO_COLOR', () => {
    expect(makeColor({}, true).level).toBe(1);
    expect(makeColor({}, false).level).toBe(0);
    expect(makeColor({ NO_COLOR: '1' }, true).level).toBe(0);
    expect(makeColor({ FORCE_COLOR: '1' }, false).level).toBe(1);
  });
});
