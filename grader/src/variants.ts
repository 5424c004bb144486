// Variants: whole implementations, besides the solution and the starter, that prove a suite
// fair and strong (design.md, "Variants"). A variant folder holds only the files that differ
// from the solution and a variant.json saying what its grade must be.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { applyPatch, parsePatch } from 'diff';
import path from 'node:path';
import { z } from 'zod';
import type { Project } from './catalog.js';
import { scoreOf } from './report.js';
import { escapeRegExp, type CheckResult, type SuiteResult } from './suite-result.js';

export const variantSchema = z
  .object({
    /** pass: an alternative correct implementation; fail: a plausible learner bug. */
    expect: z.enum(['pass', 'fail']),
    /** What the wrong variant gets wrong, in one line (required for expect: fail). */
    bug: z.string().min(10).optional(),
    /** Checks that must be among the failing ones: a check's name, or "Task N: title › name". */
    caughtBy: z.array(z.string().min(3)).min(1).optional(),
    /**
     * A stage of the learning path: the solution cut after this task. Every check of tasks
     * 1..N must pass (the checks of task N need nothing of later tasks) and the suite as a
     * whole must fail (the later tasks are really checked).
     */
    throughTask: z.number().int().min(1).optional(),
    /** Files or folders of the solution removed before the variant is laid over it. */
    remove: z.array(z.string().min(1)).optional(),
    /** What the variant proves, for maintainers (alternative designs say what differs). */
    note: z.string().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.expect === 'fail' && (!value.bug || !value.caughtBy)) ctx.addIssue({ code: 'custom', message: 'a failing variant needs "bug" and "caughtBy"' });
    if (value.expect === 'pass' && (value.bug || value.caughtBy)) ctx.addIssue({ code: 'custom', message: 'a passing variant has no "bug" or "caughtBy"' });
    if (value.throughTask !== undefined && value.expect !== 'pass') ctx.addIssue({ code: 'custom', message: '"throughTask" goes with expect: pass' });
  });

export type VariantSpec = z.infer<typeof variantSchema>;

export interface Variant {
  project: Project;
  name: string;
  /** The variant's own folder (only what differs from the solution). */
  dir: string;
  spec?: VariantSpec;
  /** Why variant.json could not be read, when it could not. */
  problem?: string;
}

export const VARIANT_FILE = 'variant.json';
/**
 * A bug is a few changed lines: a variant says them as a unified diff against the solution
 * (`git diff --no-index`-style paths a/src/x.ts, b/src/x.ts) instead of a copy of whole files.
 * A copy would go on passing or failing for its old code after the solution changes; a patch
 * that no longer applies says so.
 */
export const PATCH_FILE = 'variant.patch';

/** The variants of a project, in name order. */
export function loadVariants(project: Project): Variant[] {
  const root = path.join(project.dir, 'variants');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = path.join(root, name);
      const file = path.join(dir, VARIANT_FILE);
      try {
        const parsed = variantSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        if (!parsed.success) return { project, name, dir, problem: `${VARIANT_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}` };
        return { project, name, dir, spec: parsed.data };
      } catch (error) {
        return { project, name, dir, problem: `${VARIANT_FILE}: ${(error as Error).message}` };
      }
    });
}

/**
 * Lays the variant over a fresh copy of the solution under `<root>/.b100/variants/` (inside
 * the repository, so that the copy's imports find the root node_modules) and returns its folder.
 */
export function layVariant(variant: Variant, root: string): string {
  const dest = path.join(root, '.b100', 'variants', `${variant.project.id}-${variant.name}`);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(path.dirname(dest), { recursive: true });
  cpSync(path.join(variant.project.dir, 'solution'), dest, { recursive: true });
  for (const gone of variant.spec?.remove ?? []) rmSync(path.join(dest, gone), { recursive: true, force: true });
  const own = new Set([VARIANT_FILE, PATCH_FILE].map((name) => path.join(variant.dir, name)));
  cpSync(variant.dir, dest, { recursive: true, filter: (source) => !own.has(source) });
  const patchFile = path.join(variant.dir, PATCH_FILE);
  if (existsSync(patchFile)) applyVariantPatch(readFileSync(patchFile, 'utf8'), dest);
  return dest;
}

/** Applies a variant's unified diff to the laid copy, or throws saying which file it no longer fits. */
export function applyVariantPatch(patch: string, dest: string): void {
  for (const filePatch of parsePatch(patch)) {
    const rel = (filePatch.oldFileName ?? '').replace(/^a\//, '');
    const file = path.join(dest, rel);
    if (!rel || !existsSync(file)) throw new Error(`${PATCH_FILE} changes ${rel || '(no file name)'}, which the solution does not have`);
    const patched = applyPatch(readFileSync(file, 'utf8'), filePatch);
    if (patched === false) throw new Error(`${PATCH_FILE} no longer applies to solution/${rel}: the solution changed since the variant was written; write the bug again against it`);
    writeFileSync(file, patched);
  }
}

function label(check: CheckResult): string {
  return `${check.group} › ${check.name}`;
}

function matches(check: CheckResult, wanted: string): boolean {
  return check.name === wanted || label(check) === wanted;
}

/** What is wrong with a variant's grade, given what its variant.json says; empty when right. */
export function judgeVariant(variant: Variant, result: SuiteResult): string[] {
  const spec = variant.spec;
  if (!spec) return [variant.problem ?? 'no variant.json'];
  const failing = result.checks.filter((check) => check.status === 'fail');
  const score = scoreOf(result);
  if (result.aborted) return [`the run stopped (${result.aborted.reason}) during ${result.aborted.check ?? 'loading'}: ${result.aborted.detail.slice(0, 300)}`];
  if (spec.expect === 'pass' && spec.throughTask === undefined) {
    const problems = [...result.errors, ...failing.map((check) => `${label(check)}: ${check.message.split('\n')[0]}`)];
    if (score.total === 0) problems.push('no checks ran');
    return problems.length > 0 ? ['an alternative correct implementation must pass, but:', ...problems] : [];
  }
  if (spec.expect === 'pass') {
    const through = spec.throughTask!;
    const early = failing.filter((check) => check.taskId !== null && check.taskId <= through);
    const problems = early.map((check) => `${label(check)}: ${check.message.split('\n')[0]}`);
    if (problems.length > 0) problems.unshift(`with tasks 1 to ${through} done, their checks must pass (a check of task N must not need a later task), but:`);
    if (failing.length === 0) problems.push(`the solution cut after task ${through} passes every check: the later tasks are not checked`);
    return problems;
  }
  const problems: string[] = [];
  if (failing.length === 0) problems.push(`the bug "${spec.bug}" passes every check it names: the suite misses it`);
  for (const wanted of spec.caughtBy ?? []) {
    if (!result.checks.some((check) => matches(check, wanted))) problems.push(`caughtBy names "${wanted}", which is no check of the suite`);
    else if (!failing.some((check) => matches(check, wanted))) problems.push(`"${wanted}" should fail for "${spec.bug}" but passes`);
  }
  return problems;
}


/**
 * The checks worth running for a variant: a known bug needs only the checks that must catch it
 * (vitest matches a name pattern against "Task N: title check name"); alternatives and stages
 * need the whole suite.
 */
/**
 * A stage's two runs: its own tasks in full (every check must pass), then the later tasks until
 * the first failure (one is enough to show they are checked). A stage's page is the starter's,
 * whose DOM checks each wait out their time: running all of them would cost minutes.
 */
export function stageNamePatterns(spec: VariantSpec, taskIds: readonly number[]): { early: string; later: string } | undefined {
  if (spec.expect !== 'pass' || spec.throughTask === undefined) return undefined;
  const through = spec.throughTask;
  const early = taskIds.filter((id) => id <= through);
  const later = taskIds.filter((id) => id > through);
  if (early.length === 0 || later.length === 0) return undefined;
  return { early: `^Task (?:${early.join('|')}):`, later: `^Task (?:${later.join('|')}):` };
}

export function variantNamePattern(spec: VariantSpec): string | undefined {
  if (spec.expect !== 'fail' || !spec.caughtBy) return undefined;
  const names = spec.caughtBy.map((wanted) => {
    const [group, name] = wanted.includes(' › ') ? wanted.split(' › ', 2) : [undefined, wanted];
    return group ? `^${escapeRegExp(group)} ${escapeRegExp(name!)}$` : ` ${escapeRegExp(name!)}$`;
  });
  return names.join('|');
}
