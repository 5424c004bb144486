// The list's rules, free of files and clocks: "now" is always handed in.

export type Priority = 'high' | 'medium' | 'low';

export const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low'];

export interface Todo {
  id: number;
  text: string;
  done: boolean;
  priority: Priority;
  due: string | null;
  createdAt: string;
  doneAt: string | null;
}

export interface TodoFile {
  nextId: number;
  todos: Todo[];
}

export interface NewTodo {
  text: string;
  priority: Priority;
  due: string | null;
}

export class TodoNotFoundError extends Error {
  override name = 'TodoNotFoundError';
  constructor(readonly id: number) {
    super(`no todo #${id}`);
  }
}

export const emptyTodoFile = (): TodoFile => ({ nextId: 1, todos: [] });

export const cleanText = (text: string): string => text.split(/\s+/).filter(Boolean).join(' ');

export const isPriority = (value: string): value is Priority => value === 'high' || value === 'medium' || value === 'low';

export function addTodo(data: TodoFile, fields: NewTodo, now: Date): Todo {
  const highest = data.todos.reduce((max, todo) => Math.max(max, todo.id), 0);
  const id = data.nextId > highest ? data.nextId : highest + 1;
  const todo: Todo = { id, text: fields.text, done: false, priority: fields.priority, due: fields.due, createdAt: now.toISOString(), doneAt: null };
  data.todos.push(todo);
  data.nextId = id + 1;
  return todo;
}

export function findTodo(data: TodoFile, id: number): Todo {
  for (const todo of data.todos) if (todo.id === id) return todo;
  throw new TodoNotFoundError(id);
}

export function removeTodo(data: TodoFile, id: number): Todo {
  const index = data.todos.findIndex((todo) => todo.id === id);
  if (index < 0) throw new TodoNotFoundError(id);
  const [removed] = data.todos.splice(index, 1);
  return removed as Todo;
}

/**
 * A calendar day as a count of days since 1970-01-01. Date.UTC is used only as a calendar
 * calculator here: the count has no time zone, so adding 1 is always "the next day".
 */
type DayNumber = number;
const MS_PER_DAY = 86_400_000;

const toDayNumber = (year: number, month: number, day: number): DayNumber => Date.UTC(year, month - 1, day) / MS_PER_DAY;

function fromDayNumber(n: DayNumber): string {
  // The ISO string of a UTC midnight is exactly that calendar day.
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's day number in the machine's zone, read from Intl's parts (no zone given: the local one). */
function localDayNumber(now: Date): DayNumber {
  const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return toDayNumber(part('year'), part('month'), part('day'));
}

const RELATIVE: Record<string, number> = { today: 0, tomorrow: 1 };

export function parseDue(input: string, now: Date): string | null {
  const text = input.trim().toLowerCase();
  let offset = RELATIVE[text];
  if (offset === undefined) {
    const plus = text.match(/^\+([0-9]{1,3})d$/);
    if (plus) offset = Number(plus[1]);
  }
  if (offset !== undefined) return fromDayNumber(localDayNumber(now) + offset);
  const exact = text.match(/^([0-9]{4})-([0-9]{2})-([0-9]{2})$/);
  if (!exact) return null;
  // A day exists when the calendar gives it back unchanged (2026-02-30 would become 03-02).
  const n = toDayNumber(Number(exact[1]), Number(exact[2]), Number(exact[3]));
  return fromDayNumber(n) === text ? text : null;
}

export function isOverdue(todo: Todo, now: Date): boolean {
  if (todo.done || todo.due === null) return false;
  return todo.due < fromDayNumber(localDayNumber(now));
}

/** The sort key of a todo: compared element by element. */
function sortKey(todo: Todo): number[] {
  if (todo.done) return [1, 0, 0, todo.id];
  const due = todo.due === null ? Number.POSITIVE_INFINITY : Date.parse(`${todo.due}T00:00:00Z`);
  return [0, PRIORITIES.indexOf(todo.priority), due, todo.id];
}

export function sortTodos(todos: readonly Todo[]): Todo[] {
  const keyed = todos.map((todo) => ({ todo, key: sortKey(todo) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i += 1) {
      const diff = (a.key[i] as number) - (b.key[i] as number);
      if (diff !== 0 && !Number.isNaN(diff)) return diff;
    }
    return 0;
  });
  return keyed.map((entry) => entry.todo);
}
