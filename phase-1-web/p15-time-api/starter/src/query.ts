// Reading one query parameter safely. Express 5 gives each value of req.query as a string, an
// array of strings when the parameter is repeated (?at=a&at=b), or undefined when it is missing:
// a handler that assumes "string" crashes (500) on the first repeated parameter.
// https://expressjs.com/en/5x/api.html#req.query
import { invalidField } from './errors.js';

export type Query = Record<string, unknown>;

/** The parameter as one string, or undefined when it is absent; a repeated parameter is a 400. */
export function optionalParam(query: Query, name: string): string | undefined {
  // TODO (Task 3): undefined stays undefined; anything that is not a string (an array when the
  // parameter is repeated) throws invalidField(name, 'must be given once, as a single value').
  throw new Error(`Not implemented: optionalParam(${name}) (Task 3), got ${JSON.stringify(query[name])}`);
}

/** The parameter as one non-empty string; missing, empty or repeated is a 400. */
export function requiredParam(query: Query, name: string): string {
  // TODO (Task 2): optionalParam, then a 400 (invalidField) when the value is missing or ''.
  throw new Error(`Not implemented: requiredParam(${name}) (Task 2), got ${JSON.stringify(query[name])}`);
}
