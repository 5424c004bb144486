// Shared by the p22 suite: starting an app on a temporary database, the shapes the Interface
// promises, and requests that must succeed. Looking inside the database file is the testkit's
// (withRawDb, tryInsertCopy...).
import { expect } from 'vitest';
import { expectStatus, type AppLike, type FakeClock, type HttpResponse, type TestServer, startDbApp, type StartedDbApp } from '#testkit';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
}

export interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

export interface ProjectJson {
  id: number;
  name: string;
  counts: { open: number; done: number };
  createdAt: string;
  updatedAt: string;
}

export interface TodoJson {
  id: number;
  title: string;
  notes: string;
  done: boolean;
  priority: number;
  dueDate: string | null;
  projectId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface TodoPage {
  items: TodoJson[];
  total: number;
  limit: number;
  offset: number;
}

export const PROJECT_FIELDS = ['counts', 'createdAt', 'id', 'name', 'updatedAt'];
export const TODO_FIELDS = ['createdAt', 'done', 'dueDate', 'id', 'notes', 'priority', 'projectId', 'title', 'updatedAt'];

export const START = '2026-01-15T12:00:00.000Z';
export const MINUTE = 60_000;

export type Started = StartedDbApp;

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<Started> {
  return startDbApp({ ...options, start: START });
}

function body(res: HttpResponse): string {
  return res.text.slice(0, 300) || '(empty)';
}

/** Asserts that the body is a project with exactly the fields of the Interface. */
export function expectProjectShape(res: HttpResponse): ProjectJson {
  const project = res.json as ProjectJson;
  expect(project, `${res.request}: the body should be a project object, got ${body(res)}`).toBeTypeOf('object');
  expect(Object.keys(project).sort(), `${res.request}: a project has exactly the fields ${PROJECT_FIELDS.join(', ')}`).toEqual(PROJECT_FIELDS);
  expect(Number.isInteger(project.id) && project.id > 0, `${res.request}: id should be a positive integer, got ${JSON.stringify(project.id)}`).toBe(true);
  expect(project.counts, `${res.request}: counts should be { open, done }`).toEqual({ open: expect.any(Number), done: expect.any(Number) });
  return project;
}

/** Asserts that the body is a todo with exactly the fields of the Interface. */
export function expectTodoShape(res: HttpResponse): TodoJson {
  const todo = res.json as TodoJson;
  expect(todo, `${res.request}: the body should be a todo object, got ${body(res)}`).toBeTypeOf('object');
  expect(Object.keys(todo).sort(), `${res.request}: a todo has exactly the fields ${TODO_FIELDS.join(', ')}`).toEqual(TODO_FIELDS);
  expect(Number.isInteger(todo.id) && todo.id > 0, `${res.request}: id should be a positive integer, got ${JSON.stringify(todo.id)}`).toBe(true);
  expect(typeof todo.done, `${res.request}: done should be a boolean`).toBe('boolean');
  return todo;
}

export async function createProject(api: TestServer, name: string): Promise<ProjectJson> {
  const res = await api.post('/projects', { json: { name } });
  expectStatus(res, 201);
  return expectProjectShape(res);
}

export type NewTodo = Partial<Omit<TodoJson, 'id' | 'createdAt' | 'updatedAt'>> & { title: string };

export async function createTodo(api: TestServer, todo: NewTodo): Promise<TodoJson> {
  const res = await api.post('/todos', { json: todo });
  expectStatus(res, 201);
  return expectTodoShape(res);
}

export async function getTodo(api: TestServer, id: number): Promise<TodoJson> {
  const res = await api.get(`/todos/${id}`);
  expectStatus(res, 200);
  return expectTodoShape(res);
}

export async function getProject(api: TestServer, id: number): Promise<ProjectJson> {
  const res = await api.get(`/projects/${id}`);
  expectStatus(res, 200);
  return expectProjectShape(res);
}

/** GET /todos with a query string that must succeed. */
export async function listTodos(api: TestServer, query = ''): Promise<TodoPage> {
  const res = await api.get(`/todos${query}`);
  expectStatus(res, 200);
  const page = res.json as TodoPage;
  expect(Array.isArray(page?.items), `${res.request}: the body should be { items, total, limit, offset }, got ${body(res)}`).toBe(true);
  return page;
}

/** The titles GET /todos<query> answers, in order. */
export async function titles(api: TestServer, query = ''): Promise<string[]> {
  return (await listTodos(api, query)).items.map((todo) => todo.title);
}

/** GET /projects: the items, in order. */
export async function listProjects(api: TestServer): Promise<ProjectJson[]> {
  const res = await api.get('/projects');
  expectStatus(res, 200);
  const items = (res.json as { items?: ProjectJson[] })?.items;
  expect(Array.isArray(items), `${res.request}: the body should be { items }, got ${body(res)}`).toBe(true);
  return items!;
}

/** The error's details, whatever their shape. */
export function detailsOf(res: HttpResponse): unknown {
  return (res.json as { error?: { details?: unknown } })?.error?.details;
}

/**
 * Projects Home, Work and Garden (no todos), and six todos created a minute apart, except the
 * last two, created at the same instant. Titles, due dates and priorities tie on purpose.
 */
export async function seedList(started: Started): Promise<{ home: ProjectJson; work: ProjectJson; garden: ProjectJson; todos: TodoJson[] }> {
  const { api, clock } = started;
  const home = await createProject(api, 'Home');
  const work = await createProject(api, 'Work');
  const garden = await createProject(api, 'Garden');
  const specs: NewTodo[] = [
    { title: 'buy milk', projectId: home.id, priority: 2, dueDate: '2026-01-20' },
    { title: 'Answer email', notes: 'about the Milk order', projectId: work.id, priority: 3 },
    { title: 'Book dentist', priority: 1, dueDate: '2026-01-18', done: true },
    { title: 'answer email', projectId: work.id, priority: 3, dueDate: '2026-01-20' },
    { title: 'Clean garage', notes: 'weekend', projectId: home.id, priority: 2, done: true },
    { title: 'Pay rent', priority: 1, dueDate: '2026-01-25' },
  ];
  const todos: TodoJson[] = [];
  for (const [i, spec] of specs.entries()) {
    todos.push(await createTodo(api, spec));
    if (i < 4) clock.advance(MINUTE);
  }
  return { home, work, garden, todos };
}
