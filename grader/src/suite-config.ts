import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ViteUserConfig } from 'vitest/config';

export interface SuiteTarget {
  /** The repository root (where node_modules is). */
  root: string;
  /** The project's hidden suite folder. */
  testsDir: string;
  /** The implementation under test. */
  implDir: string;
  /** Where the setup file writes the name of the running check (see testkit/setup.ts). */
  currentTestFile?: string;
  /** Stop after this many failed checks (the self-check only needs a starter to fail once). */
  bail?: number;
}

/** Per-check limit: a promise that never settles fails that check after this long. */
// Generous: a check that starts the real CLI takes seconds on a loaded 2-core machine.
export const TEST_TIMEOUT_MS = 10_000;

/** Suite options that differ between the grader and maintainer tools. */
export interface SuiteTuning {
  /** Mutation testing lowers this: a mutant that makes a handler never answer costs a full limit. */
  testTimeoutMs?: number;
}

/** The environment every suite runs in, whatever the learner's machine says. */
export function suiteEnv(target: SuiteTarget): Record<string, string> {
  return {
    TZ: 'UTC',
    LANG: 'en_US.UTF-8',
    LC_ALL: 'en_US.UTF-8',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    B100_IMPL: target.implDir,
    ...(target.currentTestFile ? { B100_CURRENT_TEST_FILE: target.currentTestFile } : {}),
  };
}

/** The fields of the suite's project.json that decide how it runs; none where it cannot be read. */
function projectOf(testsDir: string): { localTime?: unknown; kind?: unknown } {
  try {
    return JSON.parse(readFileSync(path.join(testsDir, '..', 'project.json'), 'utf8')) as { localTime?: unknown; kind?: unknown };
  } catch {
    return {};
  }
}

/** Whether the project's suite switches time zones (project.json `localTime`): see testkit/zones.ts. */
export function needsOwnProcess(testsDir: string): boolean {
  return projectOf(testsDir).localTime === true;
}

/** Whether the project renders a React app in its checks (project.json `kind: "fullstack"`): see testkit/dom.ts. */
export function needsDom(testsDir: string): boolean {
  return projectOf(testsDir).kind === 'fullstack';
}

/**
 * The vitest configuration of a hidden suite run. Used by the grader's runner, by mutation
 * testing and by the benchmark's bare vitest baseline, so all three run suites the same way.
 */
export function suiteConfig(target: SuiteTarget, tuning: SuiteTuning = {}): ViteUserConfig {
  const testTimeout = tuning.testTimeoutMs ?? TEST_TIMEOUT_MS;
  return {
    root: target.root,
    // A learner's tsconfig must not change how suites compile (JSX runtime above all).
    esbuild: {
      jsx: 'automatic',
      tsconfigRaw: { compilerOptions: { target: 'es2022', useDefineForClassFields: true, jsx: 'react-jsx' } },
    },
    test: {
      dir: target.testsDir,
      include: ['**/*.test.ts', '**/*.test.tsx'],
      setupFiles: [path.join(target.root, 'grader/testkit/setup.ts')],
      // A forked process where the suite changes TZ: Node ignores that in worker threads.
      pool: needsOwnProcess(target.testsDir) ? 'forks' : 'threads',
      // The suite's files share one worker instead of starting one each (a worker costs about
      // 0.2 s to start here). What matters is not shared: setup.ts resets the module registry
      // before every check, so learner modules, and any state they keep, are loaded afresh.
      isolate: false,
      // Compiled TypeScript is kept on disk between runs (node_modules/.experimental-vitest-cache),
      // keyed by each file's content and the configuration: a grade after a save compiles only
      // the saved file. With isolate: false, measured on p01: a grade from 2.4 s to 1.9 s.
      experimental: { fsModuleCache: true },
      testTimeout,
      hookTimeout: testTimeout * 2,
      teardownTimeout: 2_000,
      env: { ...suiteEnv(target), ...(needsDom(target.testsDir) ? { B100_DOM: '1' } : {}) },
      watch: false,
      ...(target.bail ? { bail: target.bail } : {}),
      passWithNoTests: false,
      cache: false,
    },
  };
}
