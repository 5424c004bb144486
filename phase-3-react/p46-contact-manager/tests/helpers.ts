// Shared by the p46 suite: the API on a fresh database, the shapes its Interface promises.
import { expect } from 'vitest';
import { expectStatus, startDbApp, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface ContactJson {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface ContactBody {
  name?: unknown;
  email?: unknown;
  phone?: unknown;
  notes?: unknown;
  [other: string]: unknown;
}

export const CONTACT_FIELDS = ['createdAt', 'email', 'id', 'name', 'notes', 'phone', 'updatedAt'];
export const START = '2026-09-01T08:00:00.000Z';

export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: START });
}

export function expectContact(res: HttpResponse, status = 200): ContactJson {
  expectStatus(res, status);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: a contact has exactly the fields ${CONTACT_FIELDS.join(', ')}`).toEqual(CONTACT_FIELDS);
  return res.json as ContactJson;
}

export async function addContact(api: TestServer, body: ContactBody): Promise<ContactJson> {
  return expectContact(await api.post('/api/contacts', { json: body }), 201);
}

export async function listContacts(api: TestServer): Promise<ContactJson[]> {
  const res = await api.get('/api/contacts');
  expectStatus(res, 200);
  expect(Object.keys((res.json as object) ?? {}), `${res.request}: the body is { items }`).toEqual(['items']);
  return (res.json as { items: ContactJson[] }).items;
}

/** The `field`s of a 4xx answer's error.details (a list of { field, message }). */
export function detailFields(res: HttpResponse): string[] {
  const details = (res.json as { error?: { details?: unknown } } | undefined)?.error?.details;
  return Array.isArray(details) ? details.map((d: { field?: unknown }) => String(d?.field)) : [];
}
