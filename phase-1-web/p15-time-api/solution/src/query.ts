// Reading one query parameter safely. Express 5 gives each value of req.query as a string, an
// array of strings when the parameter is repeated (?at=a&at=b), or undefined when it is missing:
// a handler that assumes "string" crashes (500) on the first repeated parameter.
import { invalidField } from './errors.js';

export type Query = Record<string, unknown>;

/** The parameter as one string, or undefined when it is absent; a repeated parameter is a 400. */
export function optionalParam(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidField(name, 'must be given once, as a single value');
  return value;
}

/** The parameter as one non-empty string; missing, empty or repeated is a 400. */
export function requiredParam(query: Query, name: string): string {
  const value = optionalParam(query, name);
  if (value === undefined) throw invalidField(name, 'is required');
  if (value === '') throw invalidField(name, 'must not be empty');
  return value;
}
