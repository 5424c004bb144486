// Loaded before every suite by the grader. It records which check is running, synchronously,
// so that when learner code blocks the thread forever the grader can still name the check.
import { writeFileSync } from 'node:fs';
import { beforeEach } from 'vitest';

const marker = process.env.B100_CURRENT_TEST_FILE;
if (marker) {
  beforeEach((context) => {
    // fullName starts with the suite file's path: the learner needs only task and check.
    writeFileSync(marker, context.task.fullName.replace(/^.*?\.test\.tsx? > /, ''));
  });
}
