// The child process that runs one hidden suite with vitest and reports to the grader over IPC.
// Learner code runs here (in vitest's worker threads), never in the grader itself, so the
// grader can kill it at a deadline: a synchronous infinite loop is not stopped by testTimeout.
import path from 'node:path';
import type { Reporter, TestCase, TestModule, Vitest } from 'vitest/node';
import { learnerMessage, stripAnsi, taskIdOf, type CheckResult, type SuiteResult } from './suite-result.js';
import { suiteConfig, type SuiteTarget } from './suite-config.js';
import { visible } from '../testkit/visible.js';

type Message =
  | { type: 'prepare'; target: SuiteTarget }
  | { type: 'go'; keepAlive?: boolean; reuse?: boolean; changed?: string[]; namePattern?: string }
  | { type: 'result'; result: SuiteResult };

function topGroup(test: TestCase): string {
  let node: TestCase['parent'] = test.parent;
  let group = '';
  while (node.type === 'suite') {
    group = node.name;
    node = node.parent;
  }
  return group;
}

function formatDiff(error: { expected?: string; actual?: string; diff?: string }): string | undefined {
  if (error.diff) return visible(stripAnsi(error.diff));
  return undefined;
}

function toCheck(test: TestCase, root: string): CheckResult {
  const result = test.result();
  const group = topGroup(test);
  const first = result.state === 'failed' ? result.errors[0] : undefined;
  const status = result.state === 'passed' ? 'pass' : result.state === 'failed' ? 'fail' : 'skip';
  const check: CheckResult = {
    name: test.name,
    group,
    taskId: taskIdOf(group),
    status,
    // A control character in an expected or received value would print as nothing: escape it.
    // A skipped check says why where it can (a browser check on a machine without Chromium).
    message: first ? visible(learnerMessage(stripAnsi(first.message ?? String(first)))) : result.state === 'skipped' ? (result.note ?? '') : '',
    file: path.relative(root, test.module.moduleId),
  };
  const diff = first ? formatDiff(first as { diff?: string }) : undefined;
  if (diff) check.diff = diff;
  return check;
}

interface Prepared {
  target: SuiteTarget;
  vitest: Vitest;
  /** Whether vitest.start() ran: later runs of the same target re-run instead. */
  started: boolean;
  collected: { modules: ReadonlyArray<TestModule>; unhandled: string[] };
}

/** Creates the vitest instance ahead of the run: the grader may say go later (watch mode). */
async function prepare(target: SuiteTarget): Promise<Prepared> {
  const { createVitest } = await import('vitest/node');
  const collected: Prepared['collected'] = { modules: [], unhandled: [] };
  const reporter: Reporter = {
    onTestRunEnd(testModules, errors) {
      collected.modules = testModules;
      for (const error of errors) collected.unhandled.push(stripAnsi(error.message ?? String(error)));
    },
  };
  const config = suiteConfig(target);
  const vitest = await createVitest('test', { ...config.test, config: false, reporters: [reporter] }, config);
  return { target, vitest, collected, started: false };
}

/**
 * The first run starts vitest; later runs (watch mode keeps the runner alive) invalidate the
 * files that changed and run the suite again, which skips vitest's start-up.
 */
async function run(ready: Prepared, keepAlive: boolean, changed: string[], namePattern?: string): Promise<SuiteResult> {
  const { target, vitest, collected } = ready;
  const started = performance.now();
  collected.modules = [];
  collected.unhandled = [];
  try {
    // Watch mode first re-runs only the task the learner is working on (a name pattern), then all.
    if (namePattern) vitest.setGlobalTestNamePattern(namePattern);
    else vitest.resetGlobalTestNamePattern();
    if (!ready.started) {
      ready.started = true;
      await vitest.start();
    } else {
      for (const file of changed) vitest.invalidateFile(file);
      await vitest.rerunTestSpecifications(await vitest.globTestSpecifications(), true);
    }
  } catch (error) {
    if (!keepAlive) await vitest.close();
    throw error;
  }
  const checks: CheckResult[] = [];
  const errors = [...collected.unhandled];
  for (const mod of collected.modules) {
    for (const error of mod.errors()) {
      errors.push(`${path.relative(target.root, mod.moduleId)}: ${stripAnsi(error.message ?? String(error))}`);
    }
    for (const test of mod.children.allTests()) {
      // Checks left out by the name pattern are not part of this verdict.
      if (namePattern && test.result().state === 'skipped') continue;
      checks.push(toCheck(test, target.root));
    }
  }
  return { checks, errors, durationMs: Math.round(performance.now() - started) };
}

function send(message: Message): Promise<void> {
  return new Promise((resolve) => process.send?.(message, () => resolve()));
}

// Warm start: import vitest at once, prepare when the target is known, run on go.
void import('vitest/node');
let prepared: Promise<Prepared> | undefined;
process.on('message', (message: Message) => {
  if (message.type === 'prepare') prepared = prepare(message.target);
  if (message.type !== 'go' || !prepared) return;
  const keepAlive = message.keepAlive ?? false;
  // reuse: the self-check grades suite after suite in one runner (vitest closed after each, the
  // process and its loaded vitest kept), which saves a process start and vitest's import per suite.
  const reuse = message.reuse ?? false;
  void prepared.then(async (ready) => {
    const result = await run(ready, keepAlive, message.changed ?? [], message.namePattern);
    // A reused runner closes vitest before it answers, so that the next suite never starts while
    // the last one is still closing. A one-shot run answers first (closing takes about 0.1 s the
    // learner need not wait for) and then simply ends.
    if (reuse && !keepAlive) await ready.vitest.close();
    await send({ type: 'result', result });
    if (!keepAlive && !reuse) process.exit(0);
  });
});
