// The testkit's phase 3 helpers proven on a tiny app (fixtures/dom-kit), run the way the grader
// runs a full-stack project's suite (two files sharing a forked process, as with localTime):
// streams, WebSockets, reconnection, a driven IntersectionObserver, uploads.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runSuite } from '../src/run-suite.js';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const FIXTURE = path.join(ROOT, 'grader/test/fixtures/dom-kit');

it('the DOM and stream helpers work end to end on a tiny app', async () => {
  const result = await runSuite({ root: ROOT, testsDir: path.join(FIXTURE, 'tests'), implDir: path.join(FIXTURE, 'impl') });
  const failed = result.checks.filter((check) => check.status !== 'pass').map((check) => `${check.name}: ${check.message}`);
  expect([...result.errors, ...failed]).toEqual([]);
  expect(result.checks.length).toBe(11);
});
