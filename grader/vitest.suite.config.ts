// Runs one hidden suite with plain vitest, configured exactly as the grader's runner does.
// Used by mutation testing (Stryker runs vitest from a sandbox copy) and by the benchmark's
// bare-vitest baseline. Set B100_TESTS (the suite folder) and B100_IMPL; relative paths are
// resolved against the working directory, which is the sandbox under Stryker.
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { suiteConfig } from './src/suite-config.js';

const root = process.cwd();
const testsDir = process.env.B100_TESTS;
const implDir = process.env.B100_IMPL;
if (!testsDir || !implDir) throw new Error('Set B100_TESTS and B100_IMPL (see grader/src/mutate.ts).');

// B100_TEST_TIMEOUT_MS: set by mutation testing (see grader/src/mutate.ts).
const testTimeoutMs = process.env.B100_TEST_TIMEOUT_MS ? Number(process.env.B100_TEST_TIMEOUT_MS) : undefined;

export default defineConfig(suiteConfig({ root, testsDir: path.resolve(root, testsDir), implDir }, { testTimeoutMs }));
