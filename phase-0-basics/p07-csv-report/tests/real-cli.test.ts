// Hidden suite for p07: one check runs the real src/cli.ts in a child process, as a terminal
// would. A child through tsx starts in about 0.3 s on an idle machine but takes seconds on a busy
// one, so this is a single check (a file, a ragged row, both output streams and the exit code),
// allowed a little more than the usual 8 s but less than the grader's 12 s watchdog.
import { runCli, tempDir } from '#testkit';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SALES } from './helpers.js';

const CHILD_TIMEOUT = 11_000;

describe('Task 5: The csv-report command', () => {
  it('the real CLI reads a file relative to its working folder, reports a ragged row and exits 1', async () => {
    const dir = tempDir('b100-p07-cli-');
    writeFileSync(path.join(dir, 'sales.csv'), `${SALES}west,tea\r\n`);
    const result = await runCli(['--group-by', 'region', '--sum', 'amount', '--format', 'csv', 'sales.csv'], { cwd: dir });
    const label = 'csv-report --group-by region --sum amount --format csv sales.csv (line 8 has 2 fields)';
    expect(result.stdout, `${label}: stdout`).toBe('region,sum(amount)\nnorth,30.5\nsouth,20\neast,0\n');
    expect(result.stderr, `${label}: stderr`).toBe('line 8: expected 4 fields, found 2\n');
    expect(result.code, `${label}: exit code`).toBe(1);
  }, CHILD_TIMEOUT);
});
