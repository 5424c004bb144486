// The command line: from argv to one Command value, or a UsageError (exit 2) that says what is
// wrong. Nothing here reads a file or the clock.
//
// Why not node:util parseArgs? Refunds are negative amounts: `expenses add -4.50 food` must
// read "-4.50" as an amount, and parseArgs would reject it as an unknown option "-4". Here an
// option is "-" or "--" followed by a letter, as in p01.
import { cleanNote, normalizeCategory } from './ledger.js';
import { isValidDay, isValidMonth } from './dates.js';
import { MoneyError, parseAmount } from './money.js';

export const USAGE = `Usage: expenses <command> [options]

Commands:
  add <amount> <category> [note...]   add an expense (--date YYYY-MM-DD, default today)
  add                                 ask for the expense, one question at a time (at a terminal)
  list                                the expenses, oldest first (--month, --category)
  remove <id>                         delete an expense
  budget <category> <amount|none>     set or remove the monthly budget of a category
  report                              spent, budget and what is left per category (--month)
  import <file.csv>                   add the expenses of a CSV file: all of them or none
  export                              the expenses as CSV on stdout (--month, --category)

Options:
  -d, --date <YYYY-MM-DD>   add: the day of the expense (UTC); default: today
  -m, --month <YYYY-MM>     list, export: only that month; report: that month (default: this one)
  -c, --category <name>     list, export: only that category
  -i, --interactive         add: ask the questions even without a terminal
  -f, --file <path>         the data file (default: $EXPENSES_FILE, else ~/.expenses.json)
  -h, --help                show this help

Amounts: 12.50, 12.5 or 12; at most two decimals; a refund is negative (-4.50).
Exit codes: 0 ok, 1 failed (unknown id, bad CSV rows, damaged or unwritable data file), 2 wrong usage.
`;

/** The command line was used wrongly: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What the command line asks for: one shape per command. */
export type Command =
  | { kind: 'help' }
  | { kind: 'add'; amount: number; category: string; note: string; date: string | undefined }
  | { kind: 'ask'; explicit: boolean }
  | { kind: 'list' | 'export'; month: string | undefined; category: string | undefined }
  | { kind: 'remove'; id: number }
  | { kind: 'budget'; category: string; amount: number | null }
  | { kind: 'report'; month: string | undefined }
  | { kind: 'import'; path: string };

export interface Invocation {
  command: Command;
  /** The --file option as typed, or undefined. */
  file: string | undefined;
}

type OptionName = 'date' | 'month' | 'category' | 'interactive' | 'file';

const LONG: Record<string, OptionName> = { date: 'date', month: 'month', category: 'category', interactive: 'interactive', file: 'file' };
const SHORT: Record<string, OptionName> = { d: 'date', m: 'month', c: 'category', i: 'interactive', f: 'file' };
const FLAGS: ReadonlySet<OptionName> = new Set(['interactive']);

/** Which command takes which option; --file and --help work everywhere. */
const ALLOWED: Record<string, readonly OptionName[]> = {
  add: ['date', 'interactive'],
  list: ['month', 'category'],
  export: ['month', 'category'],
  report: ['month'],
  remove: [],
  budget: [],
  import: [],
};

const OPTION = /^--?[a-z]/i;

interface Split {
  positionals: string[];
  options: Partial<Record<OptionName, string>>;
}

/** Separates options from positionals. "--" ends the options. */
function splitArguments(argv: string[]): Split {
  const positionals: string[] = [];
  const options: Split['options'] = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!OPTION.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.split(/=(.*)/s, 2);
    const name = flag.startsWith('--') ? LONG[flag.slice(2)] : SHORT[flag.slice(1)];
    if (name === undefined) throw new UsageError(`unknown option "${flag}"`);
    if (FLAGS.has(name)) {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
      options[name] = 'yes';
      continue;
    }
    const value = inline ?? argv[index + 1];
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    if (inline === undefined) index += 1;
    options[name] = value;
  }
  return { positionals, options };
}

function readAmount(text: string): number {
  try {
    return parseAmount(text);
  } catch (error) {
    if (error instanceof MoneyError) throw new UsageError(error.message);
    throw error;
  }
}

function readCategory(text: string): string {
  const category = normalizeCategory(text);
  if (category === null) throw new UsageError(`"${text}" is not a category: use letters, digits, - and _ (at most 30)`);
  return category;
}

function readMonth(text: string | undefined): string | undefined {
  if (text !== undefined && !isValidMonth(text)) throw new UsageError(`"${text}" is not a month: use YYYY-MM`);
  return text;
}

function readId(text: string | undefined): number {
  if (text === undefined || !/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < 1) {
    throw new UsageError(`"${text ?? ''}" is not an expense id (ids are whole numbers from 1)`);
  }
  return Number(text);
}

function expectCount(name: string, positionals: string[], count: number, what: string): void {
  if (positionals.length !== count) throw new UsageError(`${name} takes ${what}, got ${positionals.length} argument(s)`);
}

function readAdd(positionals: string[], options: Split['options']): Command {
  if (positionals.length === 0) return { kind: 'ask', explicit: options.interactive !== undefined };
  if (options.interactive !== undefined) throw new UsageError('add --interactive takes no arguments: it asks for them');
  if (positionals.length < 2) throw new UsageError('add needs an amount and a category, e.g. expenses add 12.50 food');
  const [amountText = '', categoryText = '', ...note] = positionals;
  const amount = readAmount(amountText);
  if (amount === 0) throw new UsageError('the amount must not be 0');
  const date = options.date;
  if (date !== undefined && !isValidDay(date)) throw new UsageError(`"${date}" is not a date: use YYYY-MM-DD`);
  return { kind: 'add', amount, category: readCategory(categoryText), note: cleanNote(note.join(' ')), date };
}

function readBudget(positionals: string[]): Command {
  expectCount('budget', positionals, 2, 'a category and an amount (or none)');
  const [categoryText = '', amountText = ''] = positionals;
  const category = readCategory(categoryText);
  if (amountText.trim().toLowerCase() === 'none') return { kind: 'budget', category, amount: null };
  const amount = readAmount(amountText);
  if (amount < 0) throw new UsageError('a budget cannot be negative');
  return { kind: 'budget', category, amount };
}

function readCommand(name: string, positionals: string[], options: Split['options']): Command {
  const allowed = ALLOWED[name];
  if (allowed === undefined) throw new UsageError(`unknown command "${name}"`);
  for (const option of Object.keys(options) as OptionName[]) {
    if (option !== 'file' && !allowed.includes(option)) throw new UsageError(`--${option} does not work with "${name}"`);
  }
  switch (name) {
    case 'add':
      return readAdd(positionals, options);
    case 'list':
    case 'export':
      expectCount(name, positionals, 0, 'no arguments');
      return { kind: name, month: readMonth(options.month), category: options.category === undefined ? undefined : readCategory(options.category) };
    case 'report':
      expectCount(name, positionals, 0, 'no arguments');
      return { kind: 'report', month: readMonth(options.month) };
    case 'remove':
      expectCount(name, positionals, 1, 'one id');
      return { kind: 'remove', id: readId(positionals[0]) };
    case 'budget':
      return readBudget(positionals);
    default:
      expectCount(name, positionals, 1, 'one file');
      return { kind: 'import', path: positionals[0]! };
  }
}

/** Reads argv. Options may come before or after the command. Throws UsageError. */
export function parseInvocation(argv: string[]): Invocation {
  if (argv.includes('--help') || argv.includes('-h')) return { command: { kind: 'help' }, file: undefined };
  const { positionals, options } = splitArguments(argv);
  const [name, ...rest] = positionals;
  if (name === undefined) throw new UsageError('no command given');
  return { command: readCommand(name, rest, options), file: options.file };
}
