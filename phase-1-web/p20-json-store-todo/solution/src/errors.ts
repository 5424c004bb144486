// One JSON error shape for the whole API: { "error": { "code", "message", "details"? } }.
// Handlers never write error responses themselves: they throw an HttpError (or Express, its body
// parser or the store raise an error of their own), and errorHandler, registered last, turns any
// of them into that shape. The same file you wrote in p11 and p18, with the code this API adds:
// 503 storage_unavailable when the data file cannot be written.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { StorageError } from './json-file.js';

/** One problem with one input field, listed in `details` of a validation_failed error. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An error that knows which HTTP answer it deserves. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: FieldProblem[],
    /** Extra response headers, such as `Allow` on a 405. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A 400 validation_failed error listing every problem found, one entry per field. */
export function validationFailed(details: FieldProblem[]): HttpError {
  const first = details[0];
  const message = first ? `${first.field} ${first.message}` : 'The request is not valid.';
  return new HttpError(400, 'validation_failed', message, details);
}

/** Registered after every route: whatever reaches it matched no path at all. */
export const notFound: RequestHandler = (req) => {
  throw new HttpError(404, 'not_found', `There is no route ${req.method} ${req.path}.`);
};

/**
 * Registered with `.all()` after a path's real methods: whatever reaches it used a method that
 * path does not answer. The `Allow` header tells the client which methods would have worked.
 */
export function methodNotAllowed(allowed: readonly string[]): RequestHandler {
  const allow = allowed.join(', ');
  return (req) => {
    throw new HttpError(405, 'method_not_allowed', `${req.path} does not answer ${req.method}; use ${allow}.`, undefined, { Allow: allow });
  };
}

/**
 * express.json() reports problems by passing an error to next(), made with the http-errors
 * package: a `type` such as 'entity.parse.failed', the `status` it suggests and `expose: true`
 * (see "Errors" in the body-parser README). A corrupt gzip or deflate body is the odd one: a zlib
 * error (`code` Z_DATA_ERROR, Z_BUF_ERROR...) with `status` 400 but no `type`. Returns the status
 * of such a client error, or undefined for any other error.
 */
function clientErrorStatus(error: unknown): number | undefined {
  const { status, statusCode, expose } = (error ?? {}) as { status?: unknown; statusCode?: unknown; expose?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && value >= 400 && value < 500 && expose === true ? value : undefined;
}

/** An error of reading the body: body-parser's own (it has a `type`) or zlib's (a `Z_` code). */
function isBodyError(error: unknown): boolean {
  const { type, code } = (error ?? {}) as { type?: unknown; code?: unknown };
  return typeof type === 'string' || (typeof code === 'string' && code.startsWith('Z_'));
}

/** Maps anything thrown in a handler or middleware to the HttpError the client should see. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // The request was fine; the disk was not. 503 tells the client it may try again later, where a
  // 500 would say "our bug". The details (a path, an errno) stay in the server's log.
  if (error instanceof StorageError) {
    return new HttpError(503, 'storage_unavailable', 'The change could not be saved; nothing was changed. Try again later.');
  }
  // Express cannot decode a path parameter with a broken percent escape (/todos/%ZZ) and passes
  // on the URIError of decodeURIComponent. Like /todos/abc, that names no todo: a 404.
  if (error instanceof URIError) return new HttpError(404, 'not_found', 'There is no such todo: the URL is not valid.');
  const status = clientErrorStatus(error);
  if (status === 413) return new HttpError(413, 'payload_too_large', 'The body is too large.'); // entity.too.large
  // charset.unsupported or encoding.unsupported: bytes we cannot decode
  if (status === 415 && isBodyError(error)) return new HttpError(415, 'unsupported_media_type', 'Send the body as plain UTF-8 JSON.');
  // entity.parse.failed, a body that ended before its announced length, a corrupt gzip body
  if (status === 400 && isBodyError(error)) return new HttpError(400, 'invalid_json', 'The body could not be read as JSON.');
  // Any other client error a library reports: keep its status.
  if (status !== undefined) return new HttpError(status, 'bad_request', 'The request could not be understood.');
  // A bug, not the client's fault: say so without leaking internals such as a stack trace.
  return new HttpError(500, 'internal', 'Something went wrong on our side.');
}

/**
 * Express recognises error-handling middleware by its four parameters, so `next` must stay in
 * the signature even when it is rarely called.
 */
export const errorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  // Too late to send a JSON error: let Express close the connection.
  if (res.headersSent) {
    next(error);
    return;
  }
  const httpError = toHttpError(error);
  if (httpError.status >= 500) console.error(error);
  const body = { code: httpError.code, message: httpError.message, ...(httpError.details ? { details: httpError.details } : {}) };
  res.status(httpError.status).set(httpError.headers).json({ error: body });
};
