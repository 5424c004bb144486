// The API's side of the shared rules (SPEC.md, Tasks 1 and 2): the schema of
// web/src/shared/contact-schema.ts, never rules of its own, and the 400/404/409 the client sees.
import type { HttpError } from '../errors.js';
import type { ContactInput } from '../../web/src/shared/contact-schema.js';

/** TODO (Task 1): the shared schema's verdict, or 400 validation_failed with details per field. */
export function parseContact(body: unknown): ContactInput {
  void body;
  throw new Error('Not implemented: parseContact (Task 1)');
}

export function parseContactId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseContactId (Task 1)');
}

export function contactNotFound(id: string | number): HttpError {
  void id;
  throw new Error('Not implemented: contactNotFound (Task 1)');
}

/** TODO (Task 2): 409 email_taken, its details naming the email field. */
export function emailTaken(): HttpError {
  throw new Error('Not implemented: emailTaken (Task 2)');
}
