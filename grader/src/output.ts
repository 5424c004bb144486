import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';

/** Everything a command needs from the outside world, so commands run in tests without a terminal. */
export interface Context {
  /** The repository root. */
  root: string;
  /** Where learners' copies and the progress file live (workspace/ unless B100_WORKSPACE says otherwise). */
  workspaceDir: string;
  env: Record<string, string | undefined>;
  /** Whether stdin and stdout are terminals (prompts and colour need one). */
  interactive: boolean;
  color: ChalkInstance;
  /** Live output for long-running commands (watch mode); normal commands return their text. */
  print: (text: string) => void;
  now: () => Date;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr?: string;
}

/** Colour only on a terminal and never with NO_COLOR (https://no-color.org). */
export function makeColor(env: Record<string, string | undefined>, isTTY: boolean): ChalkInstance {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  return new Chalk({ level: noColor ? 0 : forced || isTTY ? 1 : 0 });
}

export function ok(stdout: string): CommandResult {
  return { exitCode: 0, stdout };
}

export function fail(stderr: string, exitCode = 1, stdout = ''): CommandResult {
  return { exitCode, stdout, stderr };
}

/** A path as a learner would type it from here: relative inside the current folder, absolute outside. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel === '' ? '.' : rel.startsWith('..') ? p : rel;
}
