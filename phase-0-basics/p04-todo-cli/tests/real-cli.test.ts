// Hidden suite for p04: a few checks run the real src/cli.ts in a child process, as a terminal
// would. They are slow (about 0.3 s each), so the rest of the suite calls main() directly.
// Each one gets its own temporary HOME, and TODO_FILE points into it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '#testkit';
import { describe, expect, it } from 'vitest';

describe('Task 1: Add and list', () => {
  it('the real CLI adds a todo to $TODO_FILE and exits 0', async () => {
    const dir = tempDir('b100-p04-cli-');
    const result = await runCli(['add', 'Buy milk', '--priority', 'high'], { cwd: dir, env: { HOME: dir, TODO_FILE: 'list.json' } });
    expect(result.stderr, 'todo add "Buy milk" --priority high: stderr').toBe('');
    expect(result.stdout, 'todo add "Buy milk" --priority high: stdout').toBe('Added #1: Buy milk\n');
    expect(result.code, 'todo add "Buy milk" --priority high: exit code').toBe(0);
    const data = JSON.parse(readFileSync(path.join(dir, 'list.json'), 'utf8')) as { todos: Array<{ text: string; priority: string }> };
    expect(data.todos.map((t) => [t.text, t.priority]), 'the todos in list.json').toEqual([['Buy milk', 'high']]);
  });

  it('the real CLI without a command and without a terminal prints usage and exits 2', async () => {
    const dir = tempDir('b100-p04-cli-');
    const result = await runCli([], { cwd: dir, env: { HOME: dir } });
    expect(result.code, 'todo with no command, stdin a pipe: exit code').toBe(2);
    expect(result.stderr, 'todo with no command, stdin a pipe: stderr').toMatch(/usage/i);
    expect(result.stdout, 'todo with no command, stdin a pipe: stdout').toBe('');
  });
});
