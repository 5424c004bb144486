// The grader's own tests (npm test runs them last). Hidden suites are run by the grader, not by this.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    dir: 'grader/test',
    include: ['**/*.test.ts'],
    pool: 'threads',
    testTimeout: 60_000,
    env: { TZ: 'UTC', NO_COLOR: '1' },
  },
});
