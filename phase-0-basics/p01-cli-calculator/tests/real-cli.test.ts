// Hidden suite for p01: two checks run the real src/cli.ts in a child process, as a terminal
// would. They are slow (about 0.3 s each, far more on a busy machine), so the rest of the suite
// calls main() directly; between them they cover exit codes 0 and 1, stdout, stderr and stdin.
// They run one after the other on purpose: run concurrently on a loaded machine, each would
// share its time budget with the other.
import { runCli } from '#testkit';
import { describe, expect, it } from 'vitest';

describe('Task 5: The calc command', () => {
  it('the real CLI exits 1 with the error on stderr for a bad expression', async () => {
    const result = await runCli(['(1 + 2']);
    expect(result.stderr, 'calc "(1 + 2": stderr').toContain('error at column 7: missing ")"');
    expect(result.stdout, 'calc "(1 + 2": stdout').toBe('');
    expect(result.code, 'calc "(1 + 2": exit code').toBe(1);
  });
});

describe('Task 6: Interactive mode', () => {
  it('the real CLI reads lines from a pipe until it ends, then exits 0', async () => {
    const result = await runCli([], { stdin: '2 ^ 10\n1 / 0\n3 % 2\n' });
    const label = 'calc with "2 ^ 10", "1 / 0", "3 % 2" piped to stdin';
    expect(result.stdout, `${label}: stdout`).toBe('1024\n1\n');
    expect(result.stderr, `${label}: stderr`).toContain('error at column 3: division by zero');
    expect(result.code, `${label}: exit code`).toBe(0);
  });
});
