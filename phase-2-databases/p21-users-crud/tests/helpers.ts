// Shared by the p21 suite: starting an app on a temporary database and the shapes the Interface
// promises. Looking inside the database file is the testkit's (withRawDb, tryInsertCopy...).
import { expect } from 'vitest';
import { expectStatus, startDbApp, type AppLike, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface AppOptions {
  dbFile: string;
  now?: () => Date;
}

export interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

export interface UserJson {
  id: number;
  email: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export interface UserPage {
  items: UserJson[];
  total: number;
  limit: number;
  offset: number;
}

export const USER_FIELDS = ['createdAt', 'email', 'id', 'name', 'updatedAt'];

export const START = '2026-01-15T12:00:00.000Z';

export type Started = StartedDbApp;

/** createApp({ dbFile, now }) on a fresh temporary database (or the given file), served on port 0. */
export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<Started> {
  return startDbApp({ ...options, start: START });
}


/** Asserts that the body is a user with exactly the fields of the Interface. */
export function expectUserShape(res: HttpResponse): UserJson {
  const user = res.json as UserJson;
  expect(user, `${res.request}: the body should be a user object, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(user).sort(), `${res.request}: a user has exactly the fields ${USER_FIELDS.join(', ')}`).toEqual(USER_FIELDS);
  expect(Number.isInteger(user.id) && user.id > 0, `${res.request}: id should be a positive integer, got ${JSON.stringify(user.id)}`).toBe(true);
  return user;
}

/** POST /users that must succeed: returns the user from the 201 body. */
export async function createUser(api: TestServer, body: { email: string; name: string }): Promise<UserJson> {
  const res = await api.post('/users', { json: body });
  expectStatus(res, 201);
  return expectUserShape(res);
}

/** GET /users with a query string that must succeed. */
export async function listUsers(api: TestServer, query = ''): Promise<UserPage> {
  const res = await api.get(`/users${query}`);
  expectStatus(res, 200);
  const page = res.json as UserPage;
  expect(Array.isArray(page?.items), `${res.request}: the body should be { items, total, limit, offset }, got ${res.text.slice(0, 300)}`).toBe(true);
  return page;
}

/** GET /users/:id that must succeed. */
export async function getUser(api: TestServer, id: number): Promise<UserJson> {
  const res = await api.get(`/users/${id}`);
  expectStatus(res, 200);
  return expectUserShape(res);
}

/** How many users the API reports (GET /users total). */
export async function countUsers(api: TestServer): Promise<number> {
  return (await listUsers(api)).total;
}
