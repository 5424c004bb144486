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

/**
 * The three @inquirer/prompts functions this mode uses, reduced to the options it passes.
 * `<T>` makes select generic: given choices whose values are numbers, it returns a number.
 * https://www.typescriptlang.org/docs/handbook/2/generics.html
 */
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

/**
 * Shows the list, then offers the menu until the person quits. Each change is saved at once,
 * through the same locked, atomic store as the commands. Returns the exit code.
 */
export async function runInteractive(session: Session): Promise<number> {
  // TODO (Task 7, SPEC.md lists every question):
  // - print formatList(todos, session.store.now(), session.chalk, true) of readTodos(session.store);
  // - loop: const choice = await session.prompts.select({ message: 'What do you want to do?', choices: MENU });
  //   'quit' returns 0; the others call one small function each (addFlow, pickTodo...).
  // - a todo picker: sortTodos of the todos that fit, choices { name: formatTodo(...), value: todo.id };
  //   when none fits, print a line and go back to the menu without asking.
  // - add and edit ask with session.prompts.input({ message, default, validate }) and
  //   session.prompts.select<Priority>({ message: 'Priority:', choices: PRIORITY_CHOICES, default }).
  //   validate returns true, or a string that tells the person what is wrong.
  // - print formatChange('Added', await add(session.store, { text, priority, due })) and so on.
  // - a TodoNotFoundError from an action: session.printError(`todo: ${error.message}\n`), go on.
  // - an error whose name is 'ExitPromptError' (Ctrl+C, Ctrl+D) ends the session: return 0.
  throw new Error('Not implemented: runInteractive');
}
