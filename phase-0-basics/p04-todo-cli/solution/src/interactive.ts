// The interactive mode: menus instead of commands, for a person at a terminal. The prompt
// functions come in through `Prompts`, so tests can answer them without a keyboard; for real they
// are @inquirer/prompts (https://github.com/SBoudrias/Inquirer.js).
import type { ChalkInstance } from 'chalk';
import { add, complete, edit, readTodos, remove, reopen, type TodoStore } from './actions.js';
import { formatChange, formatList, formatTodo } from './format.js';
import { cleanText, parseDue, PRIORITIES, sortTodos, TodoNotFoundError, type Priority, type Todo } from './todos.js';

export interface Choice<T> {
  name: string;
  value: T;
}

/** The three @inquirer/prompts functions this mode uses, reduced to the options it passes. */
export interface Prompts {
  select: <T>(config: { message: string; choices: Array<Choice<T>>; default?: T }) => Promise<T>;
  input: (config: { message: string; default?: string; validate?: (value: string) => boolean | string }) => Promise<string>;
  confirm: (config: { message: string; default?: boolean }) => Promise<boolean>;
}

export interface Session {
  store: TodoStore;
  prompts: Prompts;
  chalk: ChalkInstance;
  /** Writes to stdout. */
  print: (text: string) => void;
  /** Writes to stderr. */
  printError: (text: string) => void;
}

type MenuChoice = 'add' | 'done' | 'undo' | 'edit' | 'remove' | 'list' | 'quit';

const MENU: Array<Choice<MenuChoice>> = [
  { name: 'Add a todo', value: 'add' },
  { name: 'Mark a todo done', value: 'done' },
  { name: 'Undo a done todo', value: 'undo' },
  { name: 'Edit a todo', value: 'edit' },
  { name: 'Remove a todo', value: 'remove' },
  { name: 'Show the list', value: 'list' },
  { name: 'Quit', value: 'quit' },
];

const PRIORITY_CHOICES: Array<Choice<Priority>> = PRIORITIES.map((priority) => ({ name: priority, value: priority }));

const DUE_MESSAGE = 'Due date (YYYY-MM-DD, today, tomorrow or +Nd; empty for none):';

/**
 * The real prompts, loaded only when the interactive mode starts: `await import()` keeps the
 * other commands from paying for a library they do not use.
 * (https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/import)
 */
export async function inquirerPrompts(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<Prompts> {
  const inquirer = await import('@inquirer/prompts');
  const context = { input, output };
  return {
    select: (config) => inquirer.select(config, context),
    input: (config) => inquirer.input(config, context),
    confirm: (config) => inquirer.confirm(config, context),
  };
}

/** Ctrl+C or Ctrl+D in a prompt rejects it with an ExitPromptError: the person wants to leave. */
function isExitPrompt(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

/** Empty or "none" means no due date; undefined means the answer is not a date. */
function readDueAnswer(answer: string, now: Date): string | null | undefined {
  const text = answer.trim().toLowerCase();
  if (text === '' || text === 'none') return null;
  return parseDue(text, now) ?? undefined;
}

function askText(session: Session, current?: string): Promise<string> {
  return session.prompts.input({
    message: 'Todo:',
    default: current,
    validate: (value) => cleanText(value) !== '' || 'Type what there is to do',
  });
}

async function askDue(session: Session, current: string | null): Promise<string | null> {
  const now = session.store.now();
  const answer = await session.prompts.input({
    message: DUE_MESSAGE,
    default: current ?? '',
    validate: (value) => readDueAnswer(value, now) !== undefined || 'Use YYYY-MM-DD, today, tomorrow or +Nd',
  });
  return readDueAnswer(answer, now) ?? null;
}

/** Asks which todo, offering those that pass `keep` in list order; undefined when none does. */
async function pickTodo(session: Session, message: string, keep: (todo: Todo) => boolean, none: string): Promise<Todo | undefined> {
  const { todos } = await readTodos(session.store);
  const candidates = sortTodos(todos).filter(keep);
  if (candidates.length === 0) {
    session.print(`${none}\n`);
    return undefined;
  }
  const now = session.store.now();
  const id = await session.prompts.select({ message, choices: candidates.map((todo) => ({ name: formatTodo(todo, now, session.chalk), value: todo.id })) });
  return candidates.find((todo) => todo.id === id);
}

async function showList(session: Session): Promise<void> {
  const { todos } = await readTodos(session.store);
  session.print(formatList(todos, session.store.now(), session.chalk, true));
}

async function addFlow(session: Session): Promise<void> {
  const text = cleanText(await askText(session));
  const priority = await session.prompts.select<Priority>({ message: 'Priority:', choices: PRIORITY_CHOICES, default: 'medium' });
  const due = await askDue(session, null);
  session.print(formatChange('Added', await add(session.store, { text, priority, due })));
}

async function editFlow(session: Session): Promise<void> {
  const todo = await pickTodo(session, 'Which todo?', () => true, 'The list is empty.');
  if (!todo) return;
  const text = cleanText(await askText(session, todo.text));
  const priority = await session.prompts.select<Priority>({ message: 'Priority:', choices: PRIORITY_CHOICES, default: todo.priority });
  const due = await askDue(session, todo.due);
  session.print(formatChange('Edited', await edit(session.store, todo.id, { text, priority, due })));
}

async function removeFlow(session: Session): Promise<void> {
  const todo = await pickTodo(session, 'Which todo?', () => true, 'The list is empty.');
  if (!todo) return;
  // Removing cannot be undone, so the safe answer is the default one.
  const sure = await session.prompts.confirm({ message: `Remove #${todo.id} ${todo.text}?`, default: false });
  if (sure) session.print(formatChange('Removed', await remove(session.store, todo.id)));
}

async function runChoice(choice: Exclude<MenuChoice, 'quit'>, session: Session): Promise<void> {
  switch (choice) {
    case 'add':
      return addFlow(session);
    case 'done': {
      const todo = await pickTodo(session, 'Which todo is done?', (candidate) => !candidate.done, 'No open todos.');
      if (todo) session.print(formatChange('Done', await complete(session.store, todo.id)));
      return;
    }
    case 'undo': {
      const todo = await pickTodo(session, 'Which todo is not done after all?', (candidate) => candidate.done, 'No done todos.');
      if (todo) session.print(formatChange('Reopened', await reopen(session.store, todo.id)));
      return;
    }
    case 'edit':
      return editFlow(session);
    case 'remove':
      return removeFlow(session);
    case 'list':
      return showList(session);
  }
}

/**
 * Shows the list, then offers the menu until the person quits. Each change is saved at once,
 * through the same locked, atomic store as the commands. Returns the exit code.
 */
export async function runInteractive(session: Session): Promise<number> {
  try {
    await showList(session);
    for (;;) {
      const choice = await session.prompts.select({ message: 'What do you want to do?', choices: MENU });
      if (choice === 'quit') return 0;
      try {
        await runChoice(choice, session);
      } catch (error) {
        // Another run may have removed the todo since we offered it: say so and go on.
        if (!(error instanceof TodoNotFoundError)) throw error;
        session.printError(`todo: ${error.message}\n`);
      }
    }
  } catch (error) {
    if (isExitPrompt(error)) return 0;
    throw error;
  }
}
