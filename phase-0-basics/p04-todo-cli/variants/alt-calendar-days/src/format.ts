// Screen output. chalk at level 0 hands text back unchanged, so only the codes differ.
import type { ChalkInstance } from 'chalk';
import { isOverdue, sortTodos, type Todo } from './todos.js';

type Marker = (todo: Todo, now: Date, chalk: ChalkInstance) => string | null;

/** The markers after the text, in the order the spec fixes. */
const MARKERS: readonly Marker[] = [
  (todo, _now, chalk) => (todo.priority === 'high' ? chalk.yellow('!high') : todo.priority === 'low' ? chalk.dim('!low') : null),
  (todo) => (todo.due === null ? null : `due ${todo.due}`),
  (todo, now, chalk) => (isOverdue(todo, now) ? chalk.red('overdue') : null),
];

export function formatTodo(todo: Todo, now: Date, chalk: ChalkInstance): string {
  const head = `#${todo.id} ${todo.done ? '[x]' : '[ ]'} ${todo.text}`;
  const line = [head, ...MARKERS.map((marker) => marker(todo, now, chalk)).filter((m): m is string => m !== null)].join('  ');
  return todo.done ? chalk.gray(line) : line;
}

export function formatList(todos: readonly Todo[], now: Date, chalk: ChalkInstance, all: boolean): string {
  const lines = sortTodos(todos)
    .filter((todo) => all || !todo.done)
    .map((todo) => formatTodo(todo, now, chalk));
  return lines.length === 0 ? 'Nothing to do.\n' : `${lines.join('\n')}\n`;
}

export const formatChange = (verb: string, todo: Todo): string => `${verb} #${todo.id}: ${todo.text}\n`;
