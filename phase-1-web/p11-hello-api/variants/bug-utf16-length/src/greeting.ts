// The rules for a name, shared by GET /hello?name= and POST /hello.
import { invalidField } from './errors.js';

/** Who we greet when no name is given at all. */
export const DEFAULT_NAME = 'world';

/** The longest name accepted, in Unicode code points, after trimming. */
export const MAX_NAME_LENGTH = 100;

export interface Greeting {
  greeting: string;
}

/**
 * Turns the raw `name` input into a clean name, or throws a validation_failed HttpError.
 * `raw` is `unknown` on purpose: a query parameter may arrive as an array (`?name=a&name=b`)
 * and a JSON field may be a number or null, so the type has to be checked, not assumed.
 */
export function parseName(raw: unknown): string {
  if (raw === undefined) return DEFAULT_NAME;
  if (typeof raw !== 'string') throw invalidField('name', 'must be a single string');
  const name = raw.trim();
  if (name === '') throw invalidField('name', 'must not be empty');
  // name.length counts UTF-16 code units, so an emoji would count twice; spreading the string
  // iterates code points, which is what a person means by "characters" here.
  if (name.length > MAX_NAME_LENGTH) throw invalidField('name', `must be at most ${MAX_NAME_LENGTH} characters`);
  return name;
}

export function greet(name: string): Greeting {
  return { greeting: `Hello, ${name}!` };
}
