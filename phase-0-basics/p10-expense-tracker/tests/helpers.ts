// Shared by the p10 suites: the module shapes SPEC.md's Interface promises, a temporary HOME with
// a fake clock for every check, data-file helpers and scripted prompts for the interactive add.
// Nothing here touches the real home folder: every check gets its own tempDir().
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fakeClock, load, runMain, tempDir, type CliResult, type FakeClock, type MainFn, type RunMainOptions } from '#testkit';
import { expect } from 'vitest';

export interface ExpenseShape {
  id: number;
  date: string;
  amount: number;
  category: string;
  note: string;
}

export interface LedgerDataShape {
  nextId: number;
  expenses: ExpenseShape[];
  budgets: Record<string, number>;
}

export interface NewExpenseShape {
  date: string;
  amount: number;
  category: string;
  note?: string;
}

export interface CategoryReportShape {
  category: string;
  spent: number;
  budget: number | null;
  remaining: number | null;
}

export interface MonthReportShape {
  month: string;
  categories: CategoryReportShape[];
  total: number;
}

export interface LedgerShape {
  add(expense: NewExpenseShape): ExpenseShape;
  remove(id: number): ExpenseShape;
  setBudget(category: string, cents: number | null): void;
  list(filter?: { month?: string; category?: string }): ExpenseShape[];
  report(month: string): MonthReportShape;
  toJSON(): LedgerDataShape;
}

export type ErrorClass = new (...args: never[]) => Error;

export const loadMain = () => load<{ main: MainFn }>('src/main.ts', ['main']);
export const loadMoney = () =>
  load<{ parseAmount: (text: string) => number; formatCents: (cents: number) => string; MoneyError: ErrorClass }>('src/money.ts', ['parseAmount', 'formatCents', 'MoneyError']);
export const loadLedger = () =>
  load<{ Ledger: new (data?: LedgerDataShape) => LedgerShape; LedgerError: ErrorClass }>('src/ledger.ts', ['Ledger', 'LedgerError']);
export const loadStore = () =>
  load<{
    loadLedger: (file: string) => Promise<LedgerShape>;
    saveLedger: (file: string, ledger: LedgerShape) => Promise<void>;
    CorruptFileError: ErrorClass;
  }>('src/store.ts', ['loadLedger', 'saveLedger', 'CorruptFileError']);
export const loadCsv = () =>
  load<{
    parseExpensesCsv: (text: string) => { expenses: NewExpenseShape[]; problems: Array<{ line: number; message: string }> };
    expensesToCsv: (expenses: readonly ExpenseShape[]) => string;
  }>('src/csv.ts', ['parseExpensesCsv', 'expensesToCsv']);

/** The fake clock's start: every check runs on 2026-01-15 at noon UTC unless it moves the clock. */
export const NOW = '2026-01-15T12:00:00.000Z';

export function expense(id: number, date: string, amount: number, category: string, note = ''): ExpenseShape {
  return { id, date, amount, category, note };
}

export function dataOf(expenses: ExpenseShape[], budgets: Record<string, number> = {}, nextId = Math.max(0, ...expenses.map((e) => e.id)) + 1): LedgerDataShape {
  return { nextId, expenses, budgets };
}

/** `main(["add","12.50"])`: how checks name a call in their messages. */
export function callText(name: string, args: readonly unknown[]): string {
  return `${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;
}

export type RunResult = CliResult & { label: string };

export interface Home {
  /** The temporary HOME and working folder of this check. */
  dir: string;
  /** $HOME/.expenses.json, where the data goes without --file or EXPENSES_FILE. */
  file: string;
  clock: FakeClock;
  /** Runs main(argv) in this home with the fake clock; `options.io` adds or replaces io fields. */
  run: (argv: string[], options?: RunMainOptions) => Promise<RunResult>;
  /** Writes the data file as it is: an object is written as JSON. */
  seed: (content: LedgerDataShape | string) => void;
  /** The data file parsed, or fails the check with a readable message. */
  data: () => LedgerDataShape;
  /** The data file's text, or undefined when it does not exist. */
  raw: () => string | undefined;
  /** Writes a file in the home folder and returns its absolute path. */
  write: (name: string, text: string) => string;
  /** The names in the folder, sorted. */
  names: () => string[];
  inode: () => number;
}

export function home(): Home {
  const dir = tempDir('b100-p10-');
  const file = path.join(dir, '.expenses.json');
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
      return { ...result, label: `expenses ${argv.map((a) => (/^[\w#.=/:-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}` };
    },
    seed: (content) => writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`),
    data: () => {
      expect(existsSync(file), `the data file ${file} should exist`).toBe(true);
      const text = readFileSync(file, 'utf8');
      try {
        return JSON.parse(text) as LedgerDataShape;
      } catch {
        return expect.fail(`the data file should hold JSON, but holds: ${text.slice(0, 200)}`);
      }
    },
    raw: () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
    write: (name, text) => {
      const target = path.join(dir, name);
      writeFileSync(target, text);
      return target;
    },
    names: () => readdirSync(dir).sort(),
    inode: () => statSync(file).ino,
  };
}

/** Runs the commands one after the other, failing on the first that does not exit 0. */
export async function runAll(h: Home, commands: string[][]): Promise<void> {
  for (const argv of commands) expectOk(await h.run(argv));
}

export function expectOk(result: RunResult): void {
  expect(result.code, `${result.label}: exit code; stderr was: ${result.stderr}`).toBe(0);
}

/** Asserts a usage error: exit 2, a message on stderr, nothing on stdout. */
export function expectUsageError(result: RunResult): void {
  expect(result.code, `${result.label}: exit code (2 = wrong usage); stderr was: ${result.stderr}`).toBe(2);
  expect(result.stderr, `${result.label}: stderr should say what is wrong`).not.toBe('');
  expect(result.stdout, `${result.label}: stdout (errors go to stderr)`).toBe('');
}

/** Asserts a failure: exit 1, a message on stderr, nothing on stdout. */
export function expectFailure(result: RunResult): void {
  expect(result.code, `${result.label}: exit code (1 = the work failed); stderr was: ${result.stderr}`).toBe(1);
  expect(result.stderr, `${result.label}: stderr should say what went wrong`).not.toBe('');
  expect(result.stdout, `${result.label}: stdout (errors go to stderr)`).toBe('');
}

/** The lines of an output, without the empty one after the last newline. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line, index, all) => !(line === '' && index === all.length - 1));
}

/** A stdin that says it is a terminal, as process.stdin does when a person types. */
export function terminalStdin(): Readable & { isTTY: boolean } {
  return Object.assign(Readable.from([]), { isTTY: true });
}

// ESC [ ... m: the codes chalk writes for colours.
export const ANSI = /\u001b\[[0-9;]*m/;

interface AskedPrompt {
  type: 'input' | 'confirm';
  message: string;
  default?: unknown;
}

/**
 * Fake @inquirer/prompts that answer from a script, in order, like a person would: input with
 * text, confirm with true or false. An input's `validate`, when given, is called like inquirer
 * does: a refused answer is followed by the next one in the script. When the script runs out, the
 * prompt rejects with an ExitPromptError, as inquirer does on Ctrl+C.
 */
export function scriptedPrompts(answers: unknown[]) {
  const queue = [...answers];
  const asked: AskedPrompt[] = [];
  const next = (prompt: AskedPrompt): unknown => {
    asked.push(prompt);
    if (queue.length === 0) throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    return queue.shift();
  };
  const prompts = {
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
