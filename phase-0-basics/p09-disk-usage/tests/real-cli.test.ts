// Hidden suite for p09: a few checks run the real src/cli.ts in a child process, as a terminal
// would. They are slow (about 0.3 s each, much more on a busy machine), so there are only three,
// run one after the other so that each has the whole time limit of a check to itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '#testkit';
import { describe, it } from 'vitest';

describe('Task 6: The du command', () => {
  it('the real CLI walks a folder relative to its working directory and exits 0', async ({ expect }) => {
    const base = tempDir();
    mkdirSync(path.join(base, 'docs', 'old'), { recursive: true });
    writeFileSync(path.join(base, 'docs', 'a.txt'), 'x'.repeat(2048));
    writeFileSync(path.join(base, 'docs', 'old', 'b.txt'), 'x'.repeat(100));
    const result = await runCli(['docs', '--human'], { cwd: base });
    expect(result.stdout, 'du docs --human: stdout').toBe('100B\tdocs/old\n2.1K\tdocs\n');
    expect(result.code, 'du docs --human: exit code').toBe(0);
  });

  it('the real CLI exits 1 with the error on stderr for a missing folder', async ({ expect }) => {
    const base = tempDir();
    const result = await runCli(['nope'], { cwd: base });
    expect(result.stderr, 'du nope: stderr').toMatch(/^du: nope: /);
    expect(result.stdout, 'du nope: stdout').toBe('');
    expect(result.code, 'du nope: exit code').toBe(1);
  });

  it('the real CLI exits 2 for an unknown option', async ({ expect }) => {
    const result = await runCli(['--bogus'], { cwd: tempDir() });
    expect(result.stderr, 'du --bogus: stderr').toContain('Usage: du');
    expect(result.code, 'du --bogus: exit code').toBe(2);
  });
});
