// How /inspect shows a body it has read as bytes: what a body parser would have made of it.
import { HttpError } from './errors.js';

export type FormFields = Record<string, string | string[]>;

/** "application/json; charset=utf-8" -> "application/json"; "" when there is no Content-Type. */
export function mediaTypeOf(contentType: string | undefined): string {
  // TODO (Task 2): the part before any ';', trimmed, in lower case.
  throw new Error(`Not implemented: mediaTypeOf(${JSON.stringify(contentType)}) (Task 2)`);
}

/** `a=1&b=2&a=3` -> { a: ['1', '3'], b: '2' }: the same shape as req.query. */
export function parseForm(text: string): FormFields {
  // TODO (Task 2): new URLSearchParams(text) decodes the pairs. Build the result on
  // Object.create(null), so a field named __proto__ stays plain data.
  throw new Error(`Not implemented: parseForm(${JSON.stringify(text.slice(0, 40))}) (Task 2)`);
}

/**
 * `raw` is what express.raw() left in req.body: a Buffer, or undefined when the request had no
 * body at all.
 */
export function parseBody(raw: unknown, contentType: string | undefined): unknown {
  // TODO (Task 2): null for no body or an empty one; then by media type: JSON.parse for
  // application/json (a syntax error is new HttpError(400, 'invalid_json', ...)), parseForm for
  // application/x-www-form-urlencoded, a UTF-8 string for text/*, { bytes } for anything else.
  void HttpError;
  throw new Error(`Not implemented: parseBody for ${Buffer.isBuffer(raw) ? raw.length : 'no'} bytes of ${contentType ?? 'no type'} (Task 2)`);
}
