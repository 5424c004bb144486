// Loaded before every suite by the grader. It records which check is running, synchronously,
// so that when learner code blocks the thread forever the grader can still name the check.
// It also gives every check fresh learner modules: state left at module level by one check
// cannot leak into the next, and mutation testing credits module-level code to every check.
import { writeFileSync } from 'node:fs';
import { beforeEach, vi } from 'vitest';

const marker = process.env.B100_CURRENT_TEST_FILE;

// Full-stack projects render React in jsdom (testkit/dom.ts): the DOM must exist before a suite
// file imports Testing Library.
if (process.env.B100_DOM === '1') {
  const { installDom } = await import('./dom.js');
  await installDom();
}

beforeEach((context) => {
  // The testkit ties clean-up (child processes, servers, temp folders) to the running check with
  // vitest's onTestFinished, which cannot tell concurrent checks apart: one check's end would
  // kill another's child process. A suite author learns it here, not from a flaky exit code.
  if (context.task.concurrent) {
    throw new Error('Checks must not run concurrently (remove .concurrent): the testkit cleans up after the running check, and with concurrent checks it cannot tell which one that is.');
  }
  vi.resetModules();
  // fullName starts with the suite file's path: the learner needs only task and check.
  // The check's own time limit goes first: the grader's watchdog allows a check that much (plus a
  // margin) before it calls the thread stuck, so a check given a longer limit is not cut short.
  if (marker) writeFileSync(marker, `${context.task.timeout}\n${context.task.fullName.replace(/^.*?\.test\.tsx? > /, '')}`);
});
