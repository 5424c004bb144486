// Hidden suite for p08: a few checks run the real src/cli.ts in a child process, as a terminal
// would. They are slow (about 0.3 s each, seconds on a busy machine), so the rest of the suite
// calls main() directly, and each of these makes a single run. They run one after the other:
// on a loaded machine, concurrent child processes could each miss the per-check limit.
import { runCli } from '#testkit';
import { describe, expect, it } from 'vitest';
import { filesIn, makeFolder } from './helpers.js';

describe('Task 6: The organize command', () => {
  it('the real CLI organizes "." relative to its working directory', async () => {
    const dir = makeFolder({ 'a.jpg': 'a', 'b.txt': 'b' });
    const result = await runCli(['.'], { cwd: dir });
    expect(result.stdout, 'organize . (real CLI): stdout').toBe('moved a.jpg -> images/a.jpg\nmoved b.txt -> documents/b.txt\n2 files moved\n');
    expect(result.code, 'organize . (real CLI): exit code').toBe(0);
    expect(filesIn(dir), 'organize . (real CLI): files').toEqual({ 'documents/b.txt': 'b', 'images/a.jpg': 'a' });
  });

  it('the real CLI exits 2 on an unknown option, with the error on stderr', async () => {
    const result = await runCli(['--nope'], { cwd: makeFolder({}) });
    expect(result.code, 'organize --nope (real CLI): exit code').toBe(2);
    expect(result.stderr, 'organize --nope (real CLI): stderr').toMatch(/^error: /);
    expect(result.stdout, 'organize --nope (real CLI): stdout').toBe('');
  });
});
