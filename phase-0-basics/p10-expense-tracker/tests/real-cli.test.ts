// Hidden suite for p10: two checks run the real src/cli.ts in a child process, as a terminal
// would. They are slow (about 0.3 s each), so the rest of the suite calls main() directly.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '#testkit';
import { describe, expect, it } from 'vitest';

describe('Task 2: Add, list and remove', () => {
  it('the real CLI adds an expense to $EXPENSES_FILE (relative to the working folder) and exits 0', async () => {
    const dir = tempDir('b100-p10-cli-');
    const result = await runCli(['add', '-4.50', 'food', 'refund', '--date', '2026-01-31'], { cwd: dir, env: { HOME: dir, EXPENSES_FILE: 'money.json' } });
    expect(result.stderr, 'expenses add -4.50 food refund: stderr').toBe('');
    expect(result.stdout, 'expenses add -4.50 food refund: stdout').toBe('Added #1: -4.50 food on 2026-01-31\n');
    expect(result.code, 'expenses add -4.50 food refund: exit code').toBe(0);
    const data = JSON.parse(readFileSync(path.join(dir, 'money.json'), 'utf8')) as { expenses: Array<{ amount: number }> };
    expect(data.expenses.map((e) => e.amount), 'amounts in money.json').toEqual([-450]);
  });
});

describe('Task 5: CSV import and export', () => {
  it('the real CLI refuses a CSV with a bad row: exit 1, the line on stderr, nothing saved', async () => {
    const dir = tempDir('b100-p10-cli-');
    writeFileSync(path.join(dir, 'in.csv'), 'date,amount,category,note\n2026-01-02,1.00,food,\n2026-01-03,0.001,food,\n');
    const result = await runCli(['import', 'in.csv'], { cwd: dir, env: { HOME: dir } });
    expect(result.code, 'expenses import in.csv with a bad line 3: exit code').toBe(1);
    expect(result.stderr, 'expenses import in.csv with a bad line 3: stderr').toMatch(/line 3\b/);
    expect(result.stdout, 'expenses import in.csv with a bad line 3: stdout').toBe('');
  });
});
