// The contacts API as the page uses it: relative URLs (Vite's proxy in development, the same
// origin in production), JSON both ways, and failed answers turned into an ApiError that keeps the
// API's per-field problems, so the form can put each one next to its field.
import type { ContactInput, FieldProblem } from './shared/contact-schema.js';

export interface Contact {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** A failed request: a message for people, and the field problems of error.details (maybe none). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** error.details as field problems, whatever the server sent: anything else is ignored. */
function problemsOf(details: unknown): FieldProblem[] {
  if (!Array.isArray(details)) return [];
  return details.filter((d): d is FieldProblem => typeof d?.field === 'string' && typeof d?.message === 'string');
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('Could not reach the server. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (data as { error?: { message?: unknown; details?: unknown } } | undefined)?.error;
    const message = typeof error?.message === 'string' && error.message ? error.message : `The server answered ${response.status}.`;
    throw new ApiError(message, problemsOf(error?.details));
  }
  return data as T;
}

/** The API's order: by name ignoring the case of A-Z (as SQLite's lower() does), then by id. */
export function sortContacts(list: Contact[]): Contact[] {
  const key = (c: Contact) => c.name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id));
}

export const api = {
  list: () => request<{ items: Contact[] }>('GET', '/api/contacts').then((page) => page.items),
  add: (input: ContactInput) => request<Contact>('POST', '/api/contacts', input),
  replace: (id: number, input: ContactInput) => request<Contact>('PUT', `/api/contacts/${id}`, input),
  remove: (id: number) => request<void>('DELETE', `/api/contacts/${id}`),
};
