// Shared by the p04 suites: the module shapes SPEC.md's Interface promises, a temporary home
// with a fake clock for every check, data-file helpers and scripted prompts for the
// interactive mode. Nothing here touches the real home folder: every check gets a tempDir().
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fakeClock, load, runMain, tempDir, type CliResult, type FakeClock, type MainFn, type RunMainOptions } from '#testkit';
import { expect } from 'vitest';

export interface TodoShape {
  id: number;
  text: string;
  done: boolean;
  priority: 'high' | 'medium' | 'low';
  due: string | null;
  createdAt: string;
  doneAt: string | null;
}

export interface TodoFileShape {
  nextId: number;
  todos: TodoShape[];
}

export type CorruptFileErrorClass = new (...args: never[]) => Error;

export const loadMain = () => load<{ main: MainFn }>('src/main.ts', ['main']);
export const loadTodoRules = () =>
  load<{
    parseDue: (input: string, now: Date) => string | null;
    isOverdue: (todo: TodoShape, now: Date) => boolean;
    sortTodos: (todos: readonly TodoShape[]) => TodoShape[];
  }>('src/todos.ts', ['parseDue', 'isOverdue', 'sortTodos']);
export const loadStore = () =>
  load<{
    loadTodos: (file: string) => Promise<TodoFileShape>;
    saveTodos: (file: string, data: TodoFileShape) => Promise<void>;
    CorruptFileError: CorruptFileErrorClass;
  }>('src/store.ts', ['loadTodos', 'saveTodos', 'CorruptFileError']);

/** The fake clock's start: every check runs on 2026-01-15 at noon UTC. */
export const NOW = '2026-01-15T12:00:00.000Z';

/** A todo in the data file's format, with defaults for the fields a check does not care about. */
export function todo(id: number, text: string, fields: Partial<TodoShape> = {}): TodoShape {
  return { id, text, done: false, priority: 'medium', due: null, createdAt: '2026-01-10T09:00:00.000Z', doneAt: null, ...fields };
}

export function dataOf(todos: TodoShape[], nextId = Math.max(0, ...todos.map((t) => t.id)) + 1): TodoFileShape {
  return { nextId, todos };
}

export interface Home {
  /** The temporary HOME and working folder of this check. */
  dir: string;
  /** $HOME/.todo.json, where the list goes without --file or TODO_FILE. */
  file: string;
  clock: FakeClock;
  /** Runs main(argv) in this home with the fake clock; `io` adds or replaces io fields. */
  run: (argv: string[], options?: RunMainOptions) => Promise<CliResult & { label: string }>;
  /** Writes the data file as it is: an object is written as JSON. */
  seed: (content: TodoFileShape | string) => void;
  /** The data file parsed, or fails the check with a readable message. */
  data: () => TodoFileShape;
  /** The data file's bytes, or undefined when it does not exist. */
  raw: () => string | undefined;
  /** The names in the folder, sorted. */
  names: () => string[];
  inode: () => number;
}

/** `main(["add","Buy milk"])`: how checks name a call in their messages. */
export function callText(name: string, args: readonly unknown[]): string {
  return `${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;
}

/** A fresh temporary HOME with a fake clock, removed after the check. */
export function home(): Home {
  const dir = tempDir('b100-p04-');
  const file = path.join(dir, '.todo.json');
  const clock = fakeClock(NOW);
  return {
    dir,
    file,
    clock,
    run: async (argv, options = {}) => {
      const { main } = await loadMain();
      const result = await runMain(main, argv, {
        cwd: dir,
        ...options,
        env: { HOME: dir, ...options.env },
        io: { now: clock.now, ...options.io },
      });
      return { ...result, label: `todo ${argv.map((a) => (/^[\w#.=/-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}` };
    },
    seed: (content) => writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`),
    data: () => {
      expect(existsSync(file), `the data file ${file} should exist`).toBe(true);
      const text = readFileSync(file, 'utf8');
      try {
        return JSON.parse(text) as TodoFileShape;
      } catch {
        return expect.fail(`the data file should hold JSON, but holds: ${text.slice(0, 200)}`);
      }
    },
    raw: () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
    names: () => readdirSync(dir).sort(),
    inode: () => statSync(file).ino,
  };
}

/** Asserts a usage error: exit 2, a message on stderr, nothing on stdout. */
export function expectUsageError(result: CliResult & { label: string }): void {
  expect(result.code, `${result.label}: exit code (2 = wrong usage)`).toBe(2);
  expect(result.stderr, `${result.label}: stderr should say what is wrong`).not.toBe('');
  expect(result.stdout, `${result.label}: stdout (errors go to stderr)`).toBe('');
}

/** Asserts a failure: exit 1, a message on stderr, nothing on stdout. */
export function expectFailure(result: CliResult & { label: string }): void {
  expect(result.code, `${result.label}: exit code (1 = the work failed); stderr was: ${result.stderr}`).toBe(1);
  expect(result.stderr, `${result.label}: stderr should say what went wrong`).not.toBe('');
  expect(result.stdout, `${result.label}: stdout (errors go to stderr)`).toBe('');
}

export function expectOk(result: CliResult & { label: string }): void {
  expect(result.code, `${result.label}: exit code; stderr was: ${result.stderr}`).toBe(0);
  expect(result.stderr, `${result.label}: stderr`).toBe('');
}

/** A Node system error like the ones node:fs throws. */
export function systemError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** The text of what writeFile was asked to write, whatever type it came as. */
export function textOf(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof Uint8Array) return Buffer.from(data).toString('utf8');
  return String(data);
}

/** A stdin that says it is a terminal, as process.stdin does when a person types. */
export function terminalStdin(): Readable & { isTTY: boolean } {
  return Object.assign(Readable.from([]), { isTTY: true });
}

// ESC [ ... m: the codes chalk writes for colours.
export const ANSI = /\u001b\[[0-9;]*m/;
export const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

interface AskedPrompt {
  type: 'select' | 'input' | 'confirm';
  message: string;
  /** The values a select offered, in order. */
  choices?: unknown[];
  default?: unknown;
}

type ChoiceLike = string | { value?: unknown; type?: string } | undefined;

/**
 * Fake @inquirer/prompts that answer from a script, in order, like a person would: select
 * answers with a choice's value (it must be one of the choices), input with text, confirm
 * with true or false. An input's `validate`, when given, is called like inquirer does: a
 * rejected answer is followed by the next one in the script. When the script runs out, the
 * prompt rejects with an ExitPromptError, as inquirer does on Ctrl+D.
 */
export function scriptedPrompts(answers: unknown[]) {
  const queue = [...answers];
  const asked: AskedPrompt[] = [];
  const next = (prompt: AskedPrompt): unknown => {
    asked.push(prompt);
    if (queue.length === 0) throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    return queue.shift();
  };
  const prompts = {
    select: async (config: { message: string; choices: readonly ChoiceLike[]; default?: unknown }) => {
      const values = (config.choices ?? [])
        .filter((choice) => typeof choice === 'string' || (choice !== undefined && choice.type !== 'separator' && 'value' in choice))
        .map((choice) => (typeof choice === 'string' ? choice : choice!.value));
      const answer = next({ type: 'select', message: config.message, choices: values, default: config.default });
      if (!values.includes(answer)) {
        throw new Error(`the script answered ${JSON.stringify(answer)} to the select "${config.message}", whose choices were ${JSON.stringify(values)}`);
      }
      return answer;
    },
    input: async (config: { message: string; default?: string; validate?: (value: string) => unknown }) => {
      for (;;) {
        const answer = next({ type: 'input', message: config.message, default: config.default });
        if (typeof answer !== 'string') throw new Error(`the script answered ${JSON.stringify(answer)} to the input "${config.message}"`);
        if (config.validate && (await config.validate(answer)) !== true) continue;
        return answer;
      }
    },
    confirm: async (config: { message: string; default?: boolean }) => {
      const answer = next({ type: 'confirm', message: config.message, default: config.default });
      if (typeof answer !== 'boolean') throw new Error(`the script answered ${JSON.stringify(answer)} to the confirm "${config.message}"`);
      return answer;
    },
  };
  return { prompts, asked, remaining: () => queue.length };
}
