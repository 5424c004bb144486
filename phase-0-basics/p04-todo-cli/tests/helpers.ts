// Shared by the p04 suites: the module shapes SPEC.md's Interface promises, a temporary home
// with a fake clock for every check, data-file helpers and scripted prompts for the
// interactive mode. Nothing here touches the real home folder: every check gets a tempDir().
import { cliHome, load, type CliHome, type LabelledResult, type MainFn } from '#testkit';
import { expect } from 'vitest';

export { ANSI, expectFailure, expectUsageError, scriptedPrompts, stripAnsi, terminalStdin } from '#testkit';

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

export type Home = CliHome<TodoFileShape>;

/** A fresh temporary HOME with a fake clock, removed after the check. */
export function home(): Home {
  return cliHome<TodoFileShape>({ command: 'todo', dataFile: '.todo.json', loadMain, now: NOW });
}

/** `main(["add","Buy milk"])`: how checks name a call in their messages. */
export function callText(name: string, args: readonly unknown[]): string {
  return `${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;
}

export function expectOk(result: LabelledResult): void {
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
