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
 * and a JSON field may be a number or null, so check the type instead of assuming it.
 */
export function parseName(raw: unknown): string {
  // TODO (Task 3): undefined means "no name": DEFAULT_NAME. Anything else that is not a string is
  // invalid. Trim the string, then reject it when it is empty or longer than MAX_NAME_LENGTH
  // code points. Throw invalidField('name', 'must not be empty') and the like.
  throw new Error(`Not implemented: parseName(${JSON.stringify(raw)}) (Task 3)`);
}

export function greet(name: string): Greeting {
  // TODO (Task 3): { greeting: "Hello, <name>!" }
  throw new Error(`Not implemented: greet(${JSON.stringify(name)}) (Task 3)`);
}
