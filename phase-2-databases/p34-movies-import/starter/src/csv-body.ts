// Reading a CSV request body, as bytes, then as UTF-8 text. CSV has no parser in Express, so
// the body arrives as a Buffer (express.raw) and src/imports/csv.ts turns the text into records.
import express, { type RequestHandler } from 'express';
import { HttpError } from './errors.js';

/**
 * Bodies larger than this answer 413 without being read. 16 MiB holds 100,000 movies of about
 * 60 bytes each with room to spare; a file this size parses in well under a second.
 */
export const BODY_LIMIT = '16mb';

/** `text/csv; charset=utf-8` -> `utf-8`; undefined when the header names no charset. */
function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/**
 * Refuses a body that is not CSV before reading it: the media type must be text/csv (RFC 4180),
 * and the charset, when one is named, UTF-8. req.is() compares media types, so
 * `text/csv; charset=utf-8` matches too.
 */
const requireCsv: RequestHandler = (req, _res, next) => {
  if (!req.is('text/csv')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the file with the header Content-Type: text/csv.');
  }
  const charset = charsetOf(req.get('content-type'));
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(415, 'unsupported_media_type', `The file must be UTF-8, not ${charset}.`);
  }
  next();
};

/**
 * Decodes the bytes as UTF-8, refusing invalid sequences (a file saved as Latin-1, say) instead
 * of silently replacing them with U+FFFD. TextDecoder drops a leading byte order mark, which
 * spreadsheet programs write at the start of a "CSV UTF-8" file.
 */
const decodeUtf8: RequestHandler = (req, _res, next) => {
  const bytes: Uint8Array = Buffer.isBuffer(req.body) ? req.body : new Uint8Array(0);
  try {
    req.body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid_csv', 'The body is not valid UTF-8.');
  }
  next();
};

/**
 * Put in front of a handler that reads req.body as CSV text: content type first (415), then
 * size (413), a body that cannot be read or inflated (400 invalid_csv), then the UTF-8 check.
 */
export const csvBody: RequestHandler[] = [requireCsv, express.raw({ type: 'text/csv', limit: BODY_LIMIT }), decodeUtf8];
