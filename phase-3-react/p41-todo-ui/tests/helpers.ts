// Shared by the p41 suite: the API on a fresh database, the shapes its Interface promises.
import { expect } from 'vitest';
import { expectStatus, startDbApp, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface TodoJson {
  id: number;
  title: string;
  done: boolean;
  createdAt: string;
  updatedAt: string;
}

export const TODO_FIELDS = ['createdAt', 'done', 'id', 'title', 'updatedAt'];
export const START = '2026-09-01T08:00:00.000Z';

export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: START });
}

export function expectTodo(res: HttpResponse, status = 200): TodoJson {
  expectStatus(res, status);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: a todo has exactly the fields ${TODO_FIELDS.join(', ')}`).toEqual(TODO_FIELDS);
  return res.json as TodoJson;
}

export async function addTodo(api: TestServer, title: string, done = false): Promise<TodoJson> {
  const todo = expectTodo(await api.post('/api/todos', { json: { title } }), 201);
  if (!done) return todo;
  return expectTodo(await api.patch(`/api/todos/${todo.id}`, { json: { done: true } }));
}

export async function listTodos(api: TestServer): Promise<TodoJson[]> {
  const res = await api.get('/api/todos');
  expectStatus(res, 200);
  expect(Object.keys((res.json as object) ?? {}), `${res.request}: the body is { items }`).toEqual(['items']);
  return (res.json as { items: TodoJson[] }).items;
}
