// npm test: the curriculum's proof of itself. Structure, typecheck, every reference solution
// passes its hidden suite, every pristine starter fails it, and the grader's own tests.
// Ends with the line `N passed, M failed`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { loadProjects, type Project } from './catalog.js';
import { checkLog, pool, suiteSlots } from './check-log.js';
import { ROOT } from './paths.js';
import { browserSkipsTolerated, isPass, scoreOf } from './report.js';
import { runnerPool } from './run-suite.js';
import { checkStructure } from './structure.js';
import type { SuiteResult } from './suite-result.js';

/** The fewest checks a suite may have, by phase (issues #2-#5). */
export const MIN_CHECKS: Record<number, number> = { 0: 20, 1: 25, 2: 25, 3: 25, 4: 25 };

const log = checkLog();
const report = log.report;

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    const out: string[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => out.push(d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output: out.join('') }));
  });
}

function summarise(result: SuiteResult): string[] {
  const lines: string[] = [];
  if (result.aborted) lines.push(`stopped (${result.aborted.reason}) during ${result.aborted.check ?? 'loading'}: ${result.aborted.detail}`);
  lines.push(...result.errors);
  for (const check of result.checks.filter((x) => x.status !== 'pass')) lines.push(`${check.group} › ${check.name}: ${check.message.split('\n')[0]}`);
  return lines;
}

/** The solution passes every check, each check belongs to a task, each task has checks. */
function judgeSolution(project: Project, result: SuiteResult): string[] {
  const ran = browserSkipsTolerated(result) ? { ...result, checks: result.checks.filter((check) => check.status !== 'skip') } : result;
  const problems = isPass(ran) ? [] : summarise(result);
  const score = scoreOf(result);
  const min = MIN_CHECKS[project.phase] ?? 20;
  if (score.total < min) problems.push(`the suite has ${score.total} checks; phase ${project.phase} asks for at least ${min}`);
  for (const check of result.checks) {
    const task = project.tasks.find((t) => t.id === check.taskId);
    if (!task) problems.push(`"${check.group} › ${check.name}" is not inside a describe('Task N: ...') of project.json`);
    else if (check.group !== `Task ${task.id}: ${task.title}`) problems.push(`describe "${check.group}" should be "Task ${task.id}: ${task.title}"`);
  }
  for (const task of project.tasks) {
    if (!result.checks.some((check) => check.taskId === task.id)) problems.push(`Task ${task.id} has no checks`);
  }
  return [...new Set(problems)];
}

/**
 * A starter must fail by its checks: a run that crashed or was stopped at the deadline proves
 * nothing about the suite, so it is a problem too, not a pass.
 */
function judgeStarter(result: SuiteResult): string[] {
  const score = scoreOf(result);
  if (result.aborted || score.total === 0) return [`the suite did not run to the end against the starter (${result.aborted ? `${result.aborted.reason}: ${result.aborted.detail}` : 'no checks ran'}) ${result.errors.join('; ').slice(0, 300)}`];
  if (isPass(result)) return ['the pristine starter passes every check: the suite tests nothing the learner writes'];
  return [];
}

async function main(): Promise<void> {
  const started = performance.now();
  const only = process.argv.slice(2);
  log.heading('1. Structure');
  for (const finding of checkStructure(ROOT)) report(finding.name, finding.problems);

  const projects = loadProjects(ROOT).filter((p) => only.length === 0 || only.includes(p.id));
  log.heading('\n2. Typecheck, 3. solutions pass, 4. starters fail');
  const typecheck = run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
  const jobs = projects.flatMap((project) => (['solution', 'starter'] as const).map((kind) => ({ project, kind })));
  const runners = runnerPool();
  const results = await pool(jobs, suiteSlots(), async ({ project, kind }, slot) => {
    const result = await runners.run({ root: ROOT, testsDir: path.join(project.dir, 'tests'), implDir: path.join(project.dir, kind), ...(kind === 'starter' ? { bail: 1 } : {}) }, slot);
    return { project, kind, result };
  });
  runners.close();
  for (const { project, kind, result } of results) {
    const score = scoreOf(result);
    const skipped = browserSkipsTolerated(result) ? `, ${result.checks.filter((c) => c.status === 'skip').length} browser checks skipped: no Chromium here (CI runs them)` : '';
    if (kind === 'solution') report(`${project.id} solution passes its suite`, judgeSolution(project, result), `${score.passed}/${score.total} in ${result.durationMs} ms${skipped}`);
    else report(`${project.id} starter fails its suite`, judgeStarter(result), `${score.passed}/${score.total}`);
  }
  const tsc = await typecheck;
  report('typecheck (tsc --noEmit)', tsc.code === 0 ? [] : [tsc.output.trim().split('\n').slice(0, 30).join('\n')]);

  log.heading('\n5. Grader tests');
  const graderTests = await run(process.execPath, [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'grader/vitest.config.ts']);
  const summary = /Tests\s+(.+)/.exec(graderTests.output)?.[1]?.trim() ?? '';
  report('grader tests', graderTests.code === 0 ? [] : [graderTests.output.trim().split('\n').slice(-40).join('\n')], summary);

  log.finish(started, 'Self-check');
}

await main();
