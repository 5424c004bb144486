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
  const month = monthOfDay(expense.date);
  const line = ledger.report(month).categories.find((category) => category.category === expense.category);
  if (line?.remaining == null || line.remaining >= 0) return;
  run.io.stderr.write(`${run.chalk.yellow(`warning: ${expense.category} is over budget for ${month}: spent ${formatCents(line.spent)} of ${formatCents(line.budget!)}`)}\n`);
}

async function addExpense(run: Run, input: NewExpense): Promise<void> {
  const { expense, ledger } = await update(run, (ledger) => ({ expense: ledger.add(input), ledger }));
  run.io.stdout.write(formatChange('Added', expense));
  warnIfOverBudget(run, ledger, expense);
}

/** Interactive add. The file is read first, so that a damaged file stops us before any question. */
async function askAndAdd(run: Run): Promise<number> {
  await loadLedger(run.file);
  const prompts = run.io.prompts ?? (await inquirerPrompts(run.io.stdin, run.io.stdout));
  let expense;
  try {
    expense = await askExpense(prompts, localDay(run.now()));
  } catch (error) {
    if (!isExitPrompt(error)) throw error;
    run.io.stderr.write('expenses: cancelled, nothing was added\n');
    return 1;
  }
  if (expense === null) {
    run.io.stdout.write('Nothing was added.\n');
    return 0;
  }
  await addExpense(run, expense);
  return 0;
}

/** All or nothing: every bad row is reported with its line, and then nothing is imported. */
async function importCsv(run: Run, csvPath: string): Promise<void> {
  const source = path.resolve(run.io.cwd, csvPath);
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new StoreError(`cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { expenses, problems } = parseExpensesCsv(text);
  if (problems.length > 0) {
    for (const problem of problems) run.io.stderr.write(`${source}: line ${problem.line}: ${problem.message}\n`);
    run.io.stderr.write(`expenses: nothing was imported: fix ${problems.length === 1 ? 'that line' : `those ${problems.length} lines`} and import again\n`);
    throw new Failure();
  }
  if (expenses.length > 0) await update(run, (ledger) => expenses.forEach((expense) => ledger.add(expense)));
  run.io.stdout.write(`Imported ${expenses.length} ${expenses.length === 1 ? 'expense' : 'expenses'} from ${source}\n`);
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
/** Today as the computer's calendar shows it. */
function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

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
