// How todos look on screen. With colour off, chalk returns the text unchanged, so the layout is
// the same either way and only the escape codes differ.
import type { ChalkInstance } from 'chalk';
import { isOverdue, sortTodos, type Todo } from './todos.js';

/** One line: `#3 [ ] Pay rent  !high  due 2026-01-14  overdue`; fields are two spaces apart. */
export function formatTodo(todo: Todo, now: Date, chalk: ChalkInstance): string {
  const parts = [`#${todo.id} [${todo.done ? 'x' : ' '}] ${todo.text}`];
  // Medium is the default, so only the exceptions are worth a marker.
  if (todo.priority === 'high') parts.push(chalk.yellow('!high'));
  if (todo.priority === 'low') parts.push(chalk.dim('!low'));
  if (todo.due !== null) parts.push(`due ${todo.due}`);
  if (isOverdue(todo, now)) parts.push(chalk.red.bold('overdue'));
  const line = parts.join('  ');
  return todo.done ? chalk.gray(line) : line;
}

/**
 * The output of `list`: the todos in list order, open ones only unless `all`, one per line, or
 * "Nothing to do." when no line is left. Ends with a newline either way.
 */
export function formatList(todos: readonly Todo[], now: Date, chalk: ChalkInstance, all: boolean): string {
  const shown = sortTodos(todos).filter((todo) => all || !todo.done);
  if (shown.length === 0) return 'Nothing to do.\n';
  return shown.map((todo) => `${formatTodo(todo, now, chalk)}\n`).join('');
}

/** What a command prints after a change: `Added #4: Buy milk`. */
export function formatChange(verb: string, todo: Todo): string {
  return `${verb} #${todo.id}: ${todo.text}\n`;
}
