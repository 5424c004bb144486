// The command line: from argv to one Command value, or a UsageError (exit 2) that says what is
// wrong. Nothing here reads a file; the clock is passed in only to read due dates like "today".
import { parseArgs } from 'node:util';
import { cleanText, isPriority, parseDue, PRIORITIES, type Priority } from './todos.js';

export const USAGE = `Usage: todo <command> [options]

Commands:
  add <text...>          add a todo (with --priority and --due)
  list                   show the open todos (--all: the done ones too)
  done <id>              mark a todo done
  undo <id>              make a done todo open again
  edit <id> [text...]    change the text, --priority or --due of a todo
  remove <id>            delete a todo
  interactive            menus for all of the above (also plain \`todo\` at a terminal)

Options:
  -p, --priority <p>     high, medium (the default) or low
  -d, --due <date>       YYYY-MM-DD, today, tomorrow or +Nd (in N days); edit: "none" removes it
  -a, --all              list: include done todos
  -f, --file <path>      the data file (default: $TODO_FILE, else ~/.todo.json)
  -h, --help             show this help

Exit codes: 0 ok, 1 failed (unknown id, damaged or unwritable data file), 2 wrong usage.
`;

/** The command line was used wrongly: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What the command line asks for: a union type, one shape per command. */
export type Command =
  | { kind: 'help' }
  | { kind: 'none' }
  | { kind: 'interactive' }
  | { kind: 'list'; all: boolean }
  | { kind: 'add'; text: string; priority: Priority; due: string | null }
  | { kind: 'done' | 'undo' | 'remove'; id: number }
  | { kind: 'edit'; id: number; text?: string; priority?: Priority; due?: string | null };

export interface Invocation {
  command: Command;
  /** The --file option as typed, or undefined. */
  file: string | undefined;
}

const OPTIONS = {
  priority: { type: 'string', short: 'p' },
  due: { type: 'string', short: 'd' },
  all: { type: 'boolean', short: 'a' },
  file: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Which command accepts which of the command-specific options. */
const ALLOWED: Record<string, ReadonlyArray<'priority' | 'due' | 'all'>> = {
  add: ['priority', 'due'],
  edit: ['priority', 'due'],
  list: ['all'],
};

function checkOptions(name: string, values: Values): void {
  for (const option of ['priority', 'due', 'all'] as const) {
    if (values[option] !== undefined && !(ALLOWED[name] ?? []).includes(option)) {
      throw new UsageError(`--${option} does not work with "${name}"`);
    }
  }
}

function readPriority(value: string | undefined): Priority | undefined {
  if (value === undefined) return undefined;
  const priority = value.toLowerCase();
  if (!isPriority(priority)) throw new UsageError(`unknown priority "${value}": use ${PRIORITIES.join(', ')}`);
  return priority;
}

/** `none` (for edit) removes the due date; anything else must be a day parseDue understands. */
function readDue(value: string | undefined, now: Date): string | null | undefined {
  if (value === undefined) return undefined;
  if (value.trim().toLowerCase() === 'none') return null;
  const due = parseDue(value, now);
  if (due === null) throw new UsageError(`"${value}" is not a date: use YYYY-MM-DD, today, tomorrow or +Nd`);
  return due;
}

/** Ids are whole numbers from 1; "abc", "0" or "1.5" are a usage error, not a missing todo. */
function readId(name: string, value: string | undefined): number {
  if (value === undefined) throw new UsageError(`${name} needs the id of a todo, e.g. todo ${name} 3`);
  const id = Number(value);
  if (!/^\d+$/.test(value) || id < 1 || !Number.isSafeInteger(id)) throw new UsageError(`"${value}" is not a todo id (ids are whole numbers from 1)`);
  return id;
}

function noMoreArguments(name: string, rest: string[]): void {
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}" after ${name}`);
}

function readCommand(name: string, rest: string[], values: Values, now: Date): Command {
  checkOptions(name, values);
  switch (name) {
    case 'add': {
      const text = cleanText(rest.join(' '));
      if (text === '') throw new UsageError('add needs the text of the todo, e.g. todo add "Buy milk"');
      return { kind: 'add', text, priority: readPriority(values.priority) ?? 'medium', due: readDue(values.due, now) ?? null };
    }
    case 'list':
      noMoreArguments(name, rest);
      return { kind: 'list', all: values.all === true };
    case 'done':
    case 'undo':
    case 'remove': {
      const id = readId(name, rest[0]);
      noMoreArguments(`${name} ${id}`, rest.slice(1));
      return { kind: name, id };
    }
    case 'edit': {
      const id = readId(name, rest[0]);
      const text = rest.length > 1 ? cleanText(rest.slice(1).join(' ')) : undefined;
      if (text === '') throw new UsageError('the new text is empty');
      const changes = { text, priority: readPriority(values.priority), due: readDue(values.due, now) };
      if (Object.values(changes).every((value) => value === undefined)) {
        throw new UsageError(`edit ${id} needs new text, --priority or --due`);
      }
      return { kind: 'edit', id, ...changes };
    }
    case 'interactive':
      noMoreArguments(name, rest);
      return { kind: 'interactive' };
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}

/**
 * Reads argv with node:util parseArgs (https://nodejs.org/api/util.html#utilparseargsconfig).
 * Options may come before or after the command; "--" ends the options, so
 * `todo add -- -5 push-ups` adds "-5 push-ups". Throws UsageError.
 */
export function parseInvocation(argv: string[], now: Date): Invocation {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs throws a TypeError for an unknown option or a missing option value.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { command: { kind: 'help' }, file: values.file };
  const [name, ...rest] = positionals;
  if (name === undefined) {
    checkOptions('todo', values);
    return { command: { kind: 'none' }, file: values.file };
  }
  return { command: readCommand(name, rest, values, now), file: values.file };
}
