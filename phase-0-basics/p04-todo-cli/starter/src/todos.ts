// The todo list itself: its types and the rules about text, priorities and due dates.
// Nothing here touches a file or the clock on its own: the date of "now" is always passed in,
// which keeps every function easy to test (the suite calls parseDue, isOverdue and sortTodos
// directly).

/**
 * A union of string literal types: a Priority can only be one of these three strings, and
 * TypeScript complains about a typo such as 'hgih'.
 * https://www.typescriptlang.org/docs/handbook/2/everyday-types.html#literal-types
 */
export type Priority = 'high' | 'medium' | 'low';

/** Most urgent first: the order `list` uses. */
export const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low'];

/** One todo, exactly as it is stored in the data file (SPEC.md, Task 1). */
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
  // TODO (Task 1): "  Buy \n oat\tmilk " becomes "Buy oat milk". The regular expression /\s+/g
  //   matches every run of whitespace; replace them with ' ', then trim().
  throw new Error('Not implemented: cleanText');
}

export function isPriority(value: string): value is Priority {
  return (PRIORITIES as readonly string[]).includes(value);
}

/** Appends a new open todo to `data` (changing it) and returns it. */
export function addTodo(data: TodoFile, fields: NewTodo, now: Date): Todo {
  // TODO (Task 1): the new todo gets id data.nextId, done false, createdAt now.toISOString(),
  //   doneAt null, and the fields. Push it onto data.todos, then set data.nextId to id + 1.
  //   A hand-edited file may have a nextId that is not above its highest id: then use the
  //   highest id + 1 (Math.max(data.nextId, ...data.todos.map((todo) => todo.id + 1))).
  throw new Error('Not implemented: addTodo');
}

/** The todo with this id; throws TodoNotFoundError when there is none. */
export function findTodo(data: TodoFile, id: number): Todo {
  // TODO (Task 2): data.todos.find(...), and `throw new TodoNotFoundError(id)` when it
  //   returns undefined.
  throw new Error('Not implemented: findTodo');
}

/** Takes the todo out of `data` (changing it) and returns it. */
export function removeTodo(data: TodoFile, id: number): Todo {
  // TODO (Task 2): find it (findTodo throws for a missing id), then keep the others with
  //   data.todos.filter(...). Leave data.nextId alone: ids are never given twice.
  throw new Error('Not implemented: removeTodo');
}

/** The calendar day of `date` in the local time zone, as "YYYY-MM-DD". */
export function localDay(date: Date): string {
  // TODO (Task 3): from date.getFullYear(), date.getMonth() + 1 and date.getDate(), each padded
  //   with String(n).padStart(2, '0'). Not toISOString(): that is the day in UTC.
  throw new Error('Not implemented: localDay');
}

/**
 * Reads a due date as a person types it: "2026-01-20", "today", "tomorrow" or "+3d" (in three
 * days), in any case, with spaces around ignored. Returns the day as "YYYY-MM-DD", or null when
 * the text is not one of those or names a day that does not exist (2026-02-30).
 */
export function parseDue(input: string, now: Date): string | null {
  // TODO (Task 3, the table in SPEC.md):
  // - const text = input.trim().toLowerCase();
  // - "today" and "tomorrow": localDay of now, or of the next day. To move by n days,
  //   new Date(now.getFullYear(), now.getMonth(), now.getDate() + n) rolls over months and years.
  // - /^\+(\d{1,3})d$/.exec(text) gives the number of days of "+3d" in match[1].
  // - /^(\d{4})-(\d{2})-(\d{2})$/ for an exact day; then check that the month is 1 to 12 and the
  //   day 1 to the length of that month (February: 29 in leap years, see SPEC.md).
  throw new Error('Not implemented: parseDue');
}

/** An open todo whose due day is before today. Due today is not overdue yet. */
export function isOverdue(todo: Todo, now: Date): boolean {
  // TODO (Task 3): open, with a due day, and todo.due < localDay(now): "YYYY-MM-DD" strings
  //   compare like the days they name.
  throw new Error('Not implemented: isOverdue');
}

/**
 * The order of `list`: open todos by priority, then due date (soonest first, none last), then id;
 * done todos after them by id. Returns a new array and leaves `todos` as it was.
 */
export function sortTodos(todos: readonly Todo[]): Todo[] {
  // TODO (Task 3): return [...todos].sort(compare), where compare(a, b) returns a negative
  //   number when a comes first, a positive one when b does, 0 when it does not matter.
  //   PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) compares priorities.
  //   https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/sort
  throw new Error('Not implemented: sortTodos');
}
