// npm run mutate <id>: mutation testing of a reference solution against its hidden suite.
// Stryker changes the solution one small way at a time (a `<` into `<=`, a string into "",
// a branch removed); a strong suite fails on each. The score is the share of mutants caught.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findProject, loadCatalog } from './lookup.js';
import { ROOT } from './paths.js';
import { sourceFiles } from './structure.js';
import type { LogLevel } from '@stryker-mutator/api/core';

export const TARGET_SCORE = 85;
/** Per-check limit while mutating (the grader allows 10 s): see B100_TEST_TIMEOUT_MS below. */
export const MUTATION_TEST_TIMEOUT_MS = 6_000;

const root = ROOT;

interface MutantLike {
  status: string;
  fileName: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number; column: number } };
}

export function scoreMutants(mutants: readonly MutantLike[]): { score: number; detected: number; valid: number; survivors: MutantLike[] } {
  const detected = mutants.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
  const survivors = mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
  const valid = detected + survivors.length;
  return { score: valid === 0 ? 0 : (detected / valid) * 100, detected, valid, survivors };
}

/**
 * The phases' given error and body handling (phase-1-web/README.md): the same in every API
 * project, apart from the starter's 501 for what is not written yet, and proven by the
 * hostile-input battery of every suite rather than by each project's own checks.
 */
const PHASE_GIVEN = ['src/errors.ts', 'src/json-body.ts'];

/**
 * Files of the solution whose mutants say nothing about the suite:
 * - entry files only wire main/createApp to the process (`npm run dev` runs them, suites do not);
 * - drizzle.config.ts is read by drizzle-kit only;
 * - given files, identical in starter and solution (the db client), and the phases' errors.ts and
 *   json-body.ts: the learner does not write them, and the suite grades what the learner writes;
 * - src/db/schema.ts: what it says about the database reaches the app through the migrations
 *   drizzle-kit generated from it, which are SQL and not mutated; its mutants (an index name, a
 *   `references` callback) are equivalent, and they cost a database project several points.
 */
export function notMutated(projectDir: string, entryFiles: readonly string[]): string[] {
  const solution = path.join(projectDir, 'solution');
  const starter = path.join(projectDir, 'starter');
  const given = sourceFiles(solution).filter((file) => {
    const other = path.join(starter, file);
    return existsSync(other) && readFileSync(other, 'utf8') === readFileSync(path.join(solution, file), 'utf8');
  });
  return [...new Set([...entryFiles, 'drizzle.config.ts', 'src/db/schema.ts', ...PHASE_GIVEN, ...given])].filter((file) => existsSync(path.join(solution, file))).sort();
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { concurrency: { type: 'string' }, quiet: { type: 'boolean' } } });
  const found = findProject(positionals[0], loadCatalog({ root }));
  if ('error' in found) {
    console.error(found.error);
    process.exitCode = 2;
    return;
  }
  const { project } = found;
  const rel = (p: string) => path.relative(root, p);
  const solution = path.join(project.dir, 'solution');
  const entryFiles = [project.entry.cli, project.entry.server].filter((f): f is string => Boolean(f));
  process.env.B100_TESTS = rel(path.join(project.dir, 'tests'));
  process.env.B100_IMPL = rel(solution);
  // A mutant that makes a handler never answer, or a loop never end, costs a whole per-check
  // limit; every correct check of the reference takes well under a second on an idle machine.
  // B100_MUTATION: checks in other time zones are left out (testkit/zones.ts), since Stryker runs
  // suites in worker threads, where TZ cannot change.
  Object.assign(process.env, { TZ: 'UTC', NO_COLOR: '1', B100_MUTATION: '1', B100_TEST_TIMEOUT_MS: String(MUTATION_TEST_TIMEOUT_MS) });

  const { Stryker } = await import('@stryker-mutator/core');
  const stryker = new Stryker({
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    // The vitest runner passes `dir` on to vitest, overriding the config's: name the suite folder here.
    vitest: { configFile: 'grader/vitest.suite.config.ts', related: false, dir: rel(path.join(project.dir, 'tests')) },
    // A full-stack project's score is its API's (src/, and web/src/shared/, code the page shares
    // with the API such as a validation schema): the page is graded by role and name, and its
    // variants (an unannounced error, a missing rollback) say more about those checks.
    mutate: [
      ...(project.kind === 'fullstack' ? [`${rel(solution)}/src/**/*.ts`, `${rel(solution)}/web/src/shared/**/*.ts`] : [`${rel(solution)}/**/*.{ts,tsx}`]),
      ...notMutated(project.dir, entryFiles).map((f) => `!${rel(solution)}/${f}`),
    ],
    ignorePatterns: ['/workspace', '/reports', '/.bench', '/.b100', '/grader/dist', '/.stryker-tmp*'],
    coverageAnalysis: 'perTest',
    concurrency: Number(values.concurrency ?? 2),
    reporters: values.quiet ? [] : ['progress'],
    timeoutMS: MUTATION_TEST_TIMEOUT_MS,
    // Stryker types its levels as a const enum, which isolated modules cannot import as a value.
    logLevel: 'warn' as LogLevel,
    // One sandbox folder per project, so mutation runs of different projects can run side by side.
    tempDirName: `.stryker-tmp-${project.id}`,
    cleanTempDir: 'always',
    thresholds: { high: 90, low: TARGET_SCORE, break: null },
  });
  const results = await stryker.runMutationTest();
  const { score, detected, valid, survivors } = scoreMutants(results);
  const lines = ['', `Surviving mutants of ${project.id} (${survivors.length}):`];
  for (const m of survivors) {
    lines.push(`  ${rel(m.fileName)}:${m.location.start.line}:${m.location.start.column + 1}  ${m.mutatorName} -> ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)} (${m.status})`);
  }
  lines.push('', `${project.id} mutation score: ${score.toFixed(1)}% (${detected}/${valid} mutants caught; target ${TARGET_SCORE}%)`);
  console.log(lines.join('\n'));
  process.exitCode = score >= TARGET_SCORE ? 0 : 1;
}

if (process.argv[1] && existsSync(process.argv[1]) && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
