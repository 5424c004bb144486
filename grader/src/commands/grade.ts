import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { findProject, loadCatalog } from '../lookup.js';
import { displayPath, fail, type CommandResult, type Context } from '../output.js';
import { updateEntry } from '../progress-store.js';
import { formatReport, formatTaskVerdict, isPass, scoreOf, toJson } from '../report.js';
import { runSuite, type RunOptions } from '../run-suite.js';
import type { Project } from '../catalog.js';
import type { SuiteResult } from '../suite-result.js';
import { ensureWorkspace } from '../workspace.js';
import { watchAndGrade } from '../watch.js';

export interface GradeOptions {
  id?: string;
  solution?: boolean;
  starter?: boolean;
  dir?: string;
  watch?: boolean;
  json?: boolean;
  poll?: boolean;
}

interface Target {
  project: Project;
  implDir: string;
  /** Only the learner's own workspace copy counts towards progress. */
  countsForProgress: boolean;
  notice: string;
}

function resolveTarget(ctx: Context, options: GradeOptions): Target | { error: string } {
  const found = findProject(options.id, loadCatalog(ctx));
  if ('error' in found) return found;
  const { project } = found;
  if (options.solution) return { project, implDir: path.join(project.dir, 'solution'), countsForProgress: false, notice: 'Grading the reference solution.' };
  if (options.starter) return { project, implDir: path.join(project.dir, 'starter'), countsForProgress: false, notice: 'Grading the pristine starter.' };
  if (options.dir) {
    const dir = path.resolve(options.dir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return { error: `--dir ${options.dir}: no such folder.` };
    return { project, implDir: dir, countsForProgress: false, notice: `Grading ${dir}.` };
  }
  const { dir, created } = ensureWorkspace(ctx.workspaceDir, project);
  const rel = displayPath(dir);
  const notice = created
    ? `Created your copy of the starter in ${rel}/. Write your code there; SPEC.md in ${displayPath(project.dir)}/ says what to build.`
    : `Grading ${rel}/`;
  return { project, implDir: dir, countsForProgress: true, notice };
}

function record(ctx: Context, target: Target, result: SuiteResult): string | undefined {
  if (!target.countsForProgress) return undefined;
  const now = ctx.now().toISOString();
  const score = scoreOf(result);
  const pass = isPass(result);
  const { warning } = updateEntry(ctx.workspaceDir, target.project.id, (entry) => ({
    ...entry,
    attempts: entry.attempts + 1,
    lastGradedAt: now,
    passed: entry.passed || pass,
    passedAt: entry.passedAt ?? (pass ? now : null),
    bestScore: !entry.bestScore || score.passed > entry.bestScore.passed ? score : entry.bestScore,
  }));
  return warning;
}

export function renderGrade(ctx: Context, target: Target, result: SuiteResult, json: boolean): CommandResult {
  const warning = record(ctx, target, result);
  const pass = isPass(result);
  if (json) {
    return { exitCode: pass ? 0 : 1, stdout: `${JSON.stringify(toJson(target.project, result), null, 2)}\n`, ...(warning ? { stderr: warning } : {}) };
  }
  const c = ctx.color;
  const lines = [c.bold(`${target.project.id} ${target.project.title}`), c.dim(target.notice), '', formatReport(target.project, result, c)];
  if (pass && target.countsForProgress) {
    lines.push(c.green(`Well done: ${target.project.id} is marked done. \`npm run solution ${target.project.id}\` compares your code with the reference; \`npm run next\` shows what comes next.`));
  }
  if (warning) lines.unshift(c.yellow(warning), '');
  return { exitCode: pass ? 0 : 1, stdout: `${lines.join('\n')}\n` };
}

export async function gradeCommand(ctx: Context, options: GradeOptions, runOptions: RunOptions = {}): Promise<CommandResult> {
  const target = resolveTarget(ctx, options);
  if ('error' in target) return fail(target.error, 2);
  const suite = { root: ctx.root, testsDir: path.join(target.project.dir, 'tests'), implDir: target.implDir };
  if (options.watch) {
    return watchAndGrade(ctx, target.implDir, { poll: options.poll ?? false, target: suite }, {
      run: (runner, changed, namePattern) => runSuite(suite, { ...runOptions, runner, keepAlive: true, changed, ...(namePattern ? { namePattern } : {}) }),
      render: (result) => renderGrade(ctx, target, result, options.json ?? false),
      renderTask: (result, task) => formatTaskVerdict(target.project, result, task, ctx.color),
    });
  }
  const result = await runSuite(suite, runOptions);
  return renderGrade(ctx, target, result, options.json ?? false);
}
