// The contacts API as the page uses it: relative URLs (/api/...), JSON both ways, and failed
// answers turned into an ApiError that keeps the API's field problems (SPEC.md, Tasks 3 to 6).
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

/** TODO (Task 3): the API's order (SPEC.md, Task 1), for a contact added or changed on the page. */
export function sortContacts(list: Contact[]): Contact[] {
  return list;
}

function notYet(what: string): never {
  throw new ApiError(`Not implemented: ${what}`);
}

// TODO (Tasks 3 to 6): one function per request the page makes.
export const api = {
  list: (): Promise<Contact[]> => notYet('api.list'),
  add: (input: ContactInput): Promise<Contact> => notYet(`api.add(${input.name})`),
  replace: (id: number, input: ContactInput): Promise<Contact> => notYet(`api.replace(${id}, ${input.name})`),
  remove: (id: number): Promise<void> => notYet(`api.remove(${id})`),
};
