// The todo list itself: its types and the rules about text, priorities and due dates.
// Nothing here touches a file or the clock on its own: the date of "now" is always passed in,
// which keeps every function easy to test.

export type Priority = 'high' | 'medium' | 'low';

/** Most urgent first: the order `list` uses. */
export const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low'];

export interface Todo {
  id: number;
  text: string;
  done: boolean;
  priority: Priority;
  /** A calendar day, "YYYY-MM-DD", or null when the todo has no due date. */
  due: string | null;
  /** When it was added, as an ISO 8601 timestamp (Date.toISOString()). */
  createdAt: string;
  /** When it was marked done, or null while it is open. */
  doneAt: string | null;
}

/** What the data file holds. `nextId` only grows, so a removed todo's id is never given again. */
export interface TodoFile {
  nextId: number;
  todos: Todo[];
}

export interface NewTodo {
  text: string;
  priority: Priority;
  due: string | null;
}

/** An id that is well formed but not in the list: the work fails (exit 1), the usage was fine. */
export class TodoNotFoundError extends Error {
  override name = 'TodoNotFoundError';
  constructor(readonly id: number) {
    super(`no todo #${id}`);
  }
}

export function emptyTodoFile(): TodoFile {
  return { nextId: 1, todos: [] };
}

/** Trims the text and turns every run of spaces, tabs or line breaks into one space. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function isPriority(value: string): value is Priority {
  return (PRIORITIES as readonly string[]).includes(value);
}

/** Appends a new open todo to `data` (changing it) and returns it. */
export function addTodo(data: TodoFile, fields: NewTodo, now: Date): Todo {
  // Math.max guards against a hand-edited file whose nextId is behind its highest id.
  const id = Math.max(data.nextId, ...data.todos.map((todo) => todo.id + 1));
  const todo: Todo = { id, text: fields.text, done: false, priority: fields.priority, due: fields.due, createdAt: now.toISOString(), doneAt: null };
  data.todos.push(todo);
  data.nextId = id + 1;
  return todo;
}

export function findTodo(data: TodoFile, id: number): Todo {
  const todo = data.todos.find((candidate) => candidate.id === id);
  if (todo === undefined) throw new TodoNotFoundError(id);
  return todo;
}

/** Takes the todo out of `data` (changing it) and returns it. */
export function removeTodo(data: TodoFile, id: number): Todo {
  const todo = findTodo(data, id);
  data.todos = data.todos.filter((candidate) => candidate !== todo);
  return todo;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The calendar day of `date` in the local time zone, as "YYYY-MM-DD". toISOString() would give
 * the day in UTC instead, which is already tomorrow in the evening in America.
 */
export function localDay(date: Date): string {
  // The ISO string starts with the date: "2026-01-15T12:00:00.000Z".
  return date.toISOString().slice(0, 10);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The local day `days` after `now`. new Date(y, m, d + n) rolls over months and years for us. */
function dayAfter(now: Date, days: number): string {
  const moved = new Date(now);
  moved.setUTCDate(moved.getUTCDate() + days);
  return localDay(moved);
}

/**
 * Reads a due date as a person types it: "2026-01-20", "today", "tomorrow" or "+3d" (in three
 * days), in any case, with spaces around ignored. Returns the day as "YYYY-MM-DD", or null when
 * the text is not one of those or names a day that does not exist (2026-02-30).
 */
export function parseDue(input: string, now: Date): string | null {
  const text = input.trim().toLowerCase();
  if (text === 'today') return dayAfter(now, 0);
  if (text === 'tomorrow') return dayAfter(now, 1);
  const relative = /^\+(\d{1,3})d$/.exec(text);
  if (relative) return dayAfter(now, Number(relative[1]));
  const exact = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!exact) return null;
  const [year, month, day] = [Number(exact[1]), Number(exact[2]), Number(exact[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return text;
}

/** An open todo whose due day is before today. Due today is not overdue yet. */
export function isOverdue(todo: Todo, now: Date): boolean {
  // "YYYY-MM-DD" strings sort like the days they name, so < compares days.
  return !todo.done && todo.due !== null && todo.due < localDay(now);
}

function compareTodos(a: Todo, b: Todo): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  if (a.done) return a.id - b.id;
  const byPriority = PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority);
  if (byPriority !== 0) return byPriority;
  if (a.due !== b.due) {
    // A due date comes before none; otherwise the sooner day first.
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.id - b.id;
}

/**
 * The order of `list`: open todos by priority, then due date (soonest first, none last), then id;
 * done todos after them by id. Returns a new array and leaves `todos` as it was.
 */
export function sortTodos(todos: readonly Todo[]): Todo[] {
  return [...todos].sort(compareTodos);
}
