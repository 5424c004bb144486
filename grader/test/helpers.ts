import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import { onTestFinished } from 'vitest';
import type { Context } from '../src/output.js';
import { ROOT } from '../src/paths.js';

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'b100-grader-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A context with a temporary workspace, no terminal, no colour, and a fixed clock. */
export function testContext(overrides: Partial<Context> = {}): Context & { printed: string[] } {
  const printed: string[] = [];
  return {
    root: ROOT,
    workspaceDir: tempDir(),
    env: { NO_COLOR: '1' },
    interactive: false,
    color: new Chalk({ level: 0 }),
    print: (text) => printed.push(text),
    now: () => new Date('2026-03-01T10:00:00.000Z'),
    printed,
    ...overrides,
  };
}
