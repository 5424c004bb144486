import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { parseInvocation, USAGE, UsageError, type Command } from './args.js';
import { expensesToCsv, parseExpensesCsv } from './csv.js';
import { monthOfDay, utcDay } from './dates.js';
import { formatChange, formatList, formatReport } from './format.js';
import { askExpense, inquirerPrompts, isExitPrompt, type Prompts } from './interactive.js';
import { Ledger, LedgerError, type Expense, type NewExpense } from './ledger.js';
import { formatCents } from './money.js';
import { loadLedger, saveLedger, StoreError } from './store.js';

/** Everything the program touches of the outside world, so that tests can hand it fakes. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** The clock: "today" and "this month" come from it (in UTC). Defaults to the real time. */
  now?: () => Date;
  /** The interactive add's prompts. Defaults to @inquirer/prompts. */
  prompts?: Prompts;
}

/** What one run needs, built once by main: no module-level state. */
interface Run {
  io: CliIo;
  file: string;
  now: () => Date;
  chalk: ChalkInstance;
}

/** A failure that main reports on stderr with exit code 1, its message already written. */
class Failure extends Error {}

/** --file, else $EXPENSES_FILE, else ~/.expenses.json; relative paths start at io.cwd. */
function dataFile(option: string | undefined, io: CliIo): string | undefined {
  const chosen = option ?? (io.env.EXPENSES_FILE || undefined);
  if (chosen !== undefined) return path.resolve(io.cwd, chosen);
  return io.env.HOME ? path.join(io.env.HOME, '.expenses.json') : undefined;
}

/** Colour only for a person at a terminal, and never with NO_COLOR (https://no-color.org). */
function makeChalk(io: CliIo): ChalkInstance {
  return new Chalk({ level: io.stdout.isTTY === true && io.env.NO_COLOR === undefined ? 1 : 0 });
}

/** Load, change, save: a change that throws saves nothing. */
async function update<T>(run: Run, change: (ledger: Ledger) => T): Promise<T> {
  const ledger = await loadLedger(run.file);
  const result = change(ledger);
  await saveLedger(run.file, ledger);
  return result;
}

/** After an add: a warning on stderr when the category is now over its budget for that month. */
function warnIfOverBudget(run: Run, ledger: Ledger, expense: Expense): void {
  // TODO (Task 4): find the expense's category in ledger.report(monthOfDay(expense.date)); when
  // its remaining is below 0, write "warning: food is over budget for 2026-01: spent 100.01 of
  // 100.00" and a newline to io.stderr. Exactly at the budget is not over.
}

async function addExpense(run: Run, input: NewExpense): Promise<void> {
  const { expense, ledger } = await update(run, (ledger) => ({ expense: ledger.add(input), ledger }));
  run.io.stdout.write(formatChange('Added', expense));
  warnIfOverBudget(run, ledger, expense);
}

/** Interactive add. The file is read first, so that a damaged file stops us before any question. */
async function askAndAdd(run: Run): Promise<number> {
  // TODO (Task 6):
  // - await loadLedger(run.file) first: a damaged file must stop us before any question.
  // - prompts: run.io.prompts ?? (await inquirerPrompts(run.io.stdin, run.io.stdout)).
  // - askExpense(prompts, utcDay(run.now())) in a try: an ExitPromptError (isExitPrompt) means
  //   Ctrl+C: a line on stderr, nothing saved, return 1. Other errors: throw them on.
  // - null (the person said no): "Nothing was added." on stdout, return 0.
  // - Else addExpense(run, expense) and return 0.
  throw new Error('Not implemented: askAndAdd');
}

/** All or nothing: every bad row is reported with its line, and then nothing is imported. */
async function importCsv(run: Run, csvPath: string): Promise<void> {
  // TODO (Task 5):
  // - Resolve csvPath against run.io.cwd and read it; a read error is a StoreError naming it.
  // - parseExpensesCsv(text). Any problem: write `${source}: line ${line}: ${message}` for each
  //   to stderr, then a line saying nothing was imported, and throw new Failure() (exit 1).
  // - Else add them all in one update() (none: do not write the file) and print
  //   `Imported ${n} expenses from ${source}` ("1 expense").
  throw new Error('Not implemented: importCsv');
}

async function runCommand(command: Exclude<Command, { kind: 'help' | 'ask' }>, run: Run): Promise<void> {
  const { io } = run;
  switch (command.kind) {
    case 'add':
      return addExpense(run, { ...command, date: command.date ?? utcDay(run.now()) });
    case 'remove': {
      const removed = await update(run, (ledger) => ledger.remove(command.id));
      io.stdout.write(formatChange('Removed', removed));
      return;
    }
    case 'budget':
      await update(run, (ledger) => ledger.setBudget(command.category, command.amount));
      io.stdout.write(command.amount === null ? `Removed the budget of ${command.category}\n` : `Budget for ${command.category}: ${formatCents(command.amount)} a month\n`);
      return;
    case 'list':
      io.stdout.write(formatList((await loadLedger(run.file)).list(command)));
      return;
    case 'export':
      io.stdout.write(expensesToCsv((await loadLedger(run.file)).list(command)));
      return;
    case 'report': {
      const ledger = await loadLedger(run.file);
      io.stdout.write(formatReport(ledger.report(command.month ?? monthOfDay(utcDay(run.now()))), run.chalk));
      return;
    }
    case 'import':
      return importCsv(run, command.path);
  }
}

/**
 * The whole program. It returns the exit code instead of calling process.exit, so tests can call
 * it as a function: 0 success, 1 the work failed, 2 the command was used wrongly.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const chalk = makeChalk(io);
  let invocation;
  try {
    invocation = parseInvocation(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${chalk.red(`expenses: ${error.message}`)}\nRun "expenses --help" for usage.\n`);
    return 2;
  }
  const { command } = invocation;
  if (command.kind === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === 'ask' && !command.explicit && io.stdin.isTTY !== true) {
    io.stderr.write(`${chalk.red('expenses: add needs an amount and a category (or a terminal to ask for them)')}\nRun "expenses --help" for usage.\n`);
    return 2;
  }
  const file = dataFile(invocation.file, io);
  if (file === undefined) {
    io.stderr.write(`${chalk.red('expenses: no data file: set HOME or EXPENSES_FILE, or pass --file PATH')}\n`);
    return 1;
  }
  const run: Run = { io, file, now: io.now ?? (() => new Date()), chalk };
  try {
    if (command.kind === 'ask') return await askAndAdd(run);
    await runCommand(command, run);
    return 0;
  } catch (error) {
    // The user's data or input is at fault: say so and fail. Anything else is a bug: crash.
    if (error instanceof StoreError || error instanceof LedgerError) io.stderr.write(`${chalk.red(`expenses: ${error.message}`)}\n`);
    else if (!(error instanceof Failure)) throw error;
    return 1;
  }
}
