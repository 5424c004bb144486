// Loaded before every suite by the grader. It records which check is running, synchronously,
// so that when learner code blocks the thread forever the grader can still name the check.
// It also gives every check fresh learner modules: state left at module level by one check
// cannot leak into the next, and mutation testing credits module-level code to every check.
import { writeFileSync } from 'node:fs';
import { beforeEach, vi } from 'vitest';

const marker = process.env.B100_CURRENT_TEST_FILE;

beforeEach((context) => {
  vi.resetModules();
  // fullName starts with the suite file's path: the learner needs only task and check.
  if (marker) writeFileSync(marker, context.task.fullName.replace(/^.*?\.test\.tsx? > /, ''));
});
