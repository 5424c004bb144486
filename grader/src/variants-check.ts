// npm run variants: grades every variant of every project (or of the ids given) and checks that
// each does what its variant.json says: alternatives pass, known bugs fail by the named checks,
// stages pass their tasks (and fail a later one). CI runs it after npm test. Ends with `N passed, M failed`.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadProjects } from './catalog.js';
import { checkLog, pool, suiteSlots } from './check-log.js';
import { ROOT } from './paths.js';
import { normaliseId } from './resolve-id.js';
import { scoreOf } from './report.js';
import { runnerPool } from './run-suite.js';
import type { SuiteResult } from './suite-result.js';
import { judgeVariant, layVariant, loadVariants, stageNamePatterns, variantNamePattern } from './variants.js';

async function main(): Promise<void> {
  const started = performance.now();
  const only = process.argv.slice(2).map(normaliseId);
  const log = checkLog();
  const projects = loadProjects(ROOT).filter((p) => only.length === 0 || only.includes(p.id));
  const variants = projects.flatMap((project) => loadVariants(project));
  log.heading(`Variants: ${variants.length} in ${projects.length} projects`);
  const runners = runnerPool();
  const results = await pool(variants, suiteSlots(), async (variant, slot) => {
    if (!variant.spec) return { variant, result: undefined, problem: variant.problem };
    let implDir: string;
    try {
      implDir = layVariant(variant, ROOT);
    } catch (error) {
      return { variant, result: undefined, problem: (error as Error).message };
    }
    const target = { root: ROOT, testsDir: path.join(variant.project.dir, 'tests'), implDir };
    const stage = stageNamePatterns(variant.spec, variant.project.tasks.map((task) => task.id));
    let result: SuiteResult;
    if (stage) {
      const early = await runners.run(target, slot, stage.early);
      const later = await runners.run({ ...target, bail: 1 }, slot, stage.later);
      result = { checks: [...early.checks, ...later.checks], errors: [...early.errors, ...later.errors], durationMs: early.durationMs + later.durationMs, ...((early.aborted ?? later.aborted) ? { aborted: early.aborted ?? later.aborted } : {}) };
    } else result = await runners.run(target, slot, variantNamePattern(variant.spec));
    rmSync(implDir, { recursive: true, force: true });
    return { variant, result, problem: undefined };
  });
  runners.close();
  for (const { variant, result, problem } of results) {
    const spec = variant.spec;
    const kind = !spec ? 'variant' : spec.expect === 'fail' ? 'is caught' : spec.throughTask ? `passes tasks 1-${spec.throughTask}` : 'passes';
    const name = `${variant.project.id} ${variant.name} ${kind}`;
    if (!result) {
      log.report(name, [problem ?? 'unreadable variant.json']);
      continue;
    }
    const score = scoreOf(result);
    log.report(name, judgeVariant(variant, result), `${score.passed}/${score.total} in ${result.durationMs} ms`);
  }
  log.finish(started, 'Variants');
}

await main();
