// Shared by the p10 suites: the module shapes SPEC.md's Interface promises, a temporary HOME with
// a fake clock for every check, data-file helpers and scripted prompts for the interactive add.
// Nothing here touches the real home folder: every check gets its own tempDir().
import { cliHome, load, type CliHome, type LabelledResult, type MainFn } from '#testkit';
import { expect } from 'vitest';

export { ANSI, expectFailure, expectUsageError, scriptedPrompts, terminalStdin } from '#testkit';

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

/**
 * Moments whose UTC day is not the local day in every zone of OTHER_ZONES: the SPEC keeps days
 * and months in UTC, so code that reads the local calendar (getDate, getMonth) fails somewhere.
 * Kolkata and Sydney are already in February at 23:59 UTC on 31 January; New York is still on
 * 31 January at 00:30 UTC on 1 February, and on 7 March at 04:30 UTC on 8 March (its DST day).
 */
export const ZONE_MOMENTS = [
  { at: '2026-01-31T23:59:00.000Z', day: '2026-01-31' },
  { at: '2026-02-01T00:30:00.000Z', day: '2026-02-01' },
  { at: '2026-03-08T04:30:00.000Z', day: '2026-03-08' },
] as const;

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

export type RunResult = LabelledResult;
export type Home = CliHome<LedgerDataShape>;

/** A fresh temporary HOME ($HOME/.expenses.json is the default data file) with a fake clock. */
export function home(): Home {
  return cliHome<LedgerDataShape>({ command: 'expenses', dataFile: '.expenses.json', loadMain, now: NOW });
}

/** Runs the commands one after the other, failing on the first that does not exit 0. */
export async function runAll(h: Home, commands: string[][]): Promise<void> {
  for (const argv of commands) expectOk(await h.run(argv));
}

export function expectOk(result: RunResult): void {
  expect(result.code, `${result.label}: exit code; stderr was: ${result.stderr}`).toBe(0);
}

/** The lines of an output, without the empty one after the last newline. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line, index, all) => !(line === '' && index === all.length - 1));
}
