// How /inspect shows a body it has read as bytes: what a body parser would have made of it.
import { HttpError } from './errors.js';

export type FormFields = Record<string, string | string[]>;

/** "application/json; charset=utf-8" -> "application/json"; "" when there is no Content-Type. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * `a=1&b=2&a=3` -> { a: ['1', '3'], b: '2' }: the same shape as req.query. The record has no
 * prototype, so a field named __proto__ or constructor is only data, never a way to change
 * Object.prototype (prototype pollution).
 */
export function parseForm(text: string): FormFields {
  const fields: FormFields = Object.create(null) as FormFields;
  for (const [name, value] of new URLSearchParams(text)) {
    const previous = fields[name];
    if (previous === undefined) fields[name] = value;
    else if (Array.isArray(previous)) previous.push(value);
    else fields[name] = [previous, value];
  }
  return fields;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The body is not valid JSON.');
  }
}

/**
 * `raw` is what express.raw() left in req.body: a Buffer, or undefined when the request had no
 * body at all. JSON may be any JSON value, as JSON.parse reads it.
 */
export function parseBody(raw: unknown, contentType: string | undefined): unknown {
  if (!Buffer.isBuffer(raw) || raw.length === 0) return null;
  const mediaType = mediaTypeOf(contentType);
  if (mediaType.endsWith('json')) return parseJson(raw.toString('utf8'));
  if (mediaType === 'application/x-www-form-urlencoded') return parseForm(raw.toString('utf8'));
  if (mediaType.startsWith('text/')) return raw.toString('utf8');
  // Anything else may be binary (an image, a zip): its size says more than its bytes would.
  return { bytes: raw.length };
}
