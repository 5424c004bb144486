// How todos look on screen. With colour off, chalk returns the text unchanged, so the layout is
// the same either way and only the escape codes differ.
import type { ChalkInstance } from 'chalk';
import { isOverdue, sortTodos, type Todo } from './todos.js';

/** One line: `#3 [ ] Pay rent  !high  due 2026-01-14  overdue`; fields are two spaces apart. */
export function formatTodo(todo: Todo, now: Date, chalk: ChalkInstance): string {
  // TODO (Task 1): `#${todo.id} [ ] ${todo.text}`, with x instead of the space when done.
  // TODO (Task 3): collect the parts in an array and join them with two spaces: '!high' or
  //   '!low' (nothing for medium), `due ${todo.due}` when there is one, 'overdue' when
  //   isOverdue(todo, now). Colour at the end: chalk.yellow('!high'), chalk.dim('!low'),
  //   chalk.red('overdue'), chalk.gray(line) for a done todo.
  throw new Error('Not implemented: formatTodo');
}

/**
 * The output of `list`: the todos in list order, open ones only unless `all`, one per line, or
 * "Nothing to do." when no line is left. Ends with a newline either way.
 */
export function formatList(todos: readonly Todo[], now: Date, chalk: ChalkInstance, all: boolean): string {
  // TODO (Task 1): keep the open todos (all of them when `all`), one formatTodo line each with
  //   '\n' after it; 'Nothing to do.\n' when there is none.
  // TODO (Task 3): sort them with sortTodos first.
  throw new Error('Not implemented: formatList');
}

/** What a command prints after a change: `Added #4: Buy milk`. */
export function formatChange(verb: string, todo: Todo): string {
  return `${verb} #${todo.id}: ${todo.text}\n`;
}
