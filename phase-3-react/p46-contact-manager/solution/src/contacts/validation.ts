// The API's side of the shared rules: the same zod schema the page uses, and the 400/404/409 the
// client should see.
import { HttpError } from '../errors.js';
import { checkContact, type ContactInput } from '../../web/src/shared/contact-schema.js';

/** Checks a body with the rules the form uses; a refused body lists every problem field. */
export function parseContact(body: unknown): ContactInput {
  const checked = checkContact(body);
  if (checked.ok) return checked.contact;
  throw new HttpError(400, 'validation_failed', 'Some fields need fixing: error.details says which and why.', checked.problems);
}

export function parseContactId(raw: string): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw contactNotFound(raw);
  return Number(raw);
}

export function contactNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no contact ${id}.`);
}

/** A server-only rule: the form cannot know which emails are taken, so this names its field. */
export function emailTaken(): HttpError {
  return new HttpError(409, 'email_taken', 'Another contact already has this email address.', [
    { field: 'email', message: 'Another contact already has this email address.' },
  ]);
}
