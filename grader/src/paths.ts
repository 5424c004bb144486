import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file whose package.json is the curriculum's. */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'backend-100') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Backend 100 repository root above the grader.');
    dir = parent;
  }
}

export const ROOT = findRoot();
export const RUNNER_FILE = path.join(ROOT, 'grader/dist/runner.js');
