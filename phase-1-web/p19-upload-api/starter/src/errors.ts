// One JSON error shape for the whole API: { "error": { "code", "message", "details"? } }.
// Handlers never write error responses themselves: they throw an HttpError (or Express and
// multer raise an error of their own), and errorHandler, registered last, turns any of them
// into that shape. That way no route can forget a header or answer with Express's HTML page.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import multer from 'multer';

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

/** A 400 validation_failed error about one field, with that field in `details`. */
export function invalidField(field: string, problem: string): HttpError {
  return new HttpError(400, 'validation_failed', `${field} ${problem}`, [{ field, message: problem }]);
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

/** Thrown by the upload storage when the disk fails: our problem, not the client's. */
export class StorageFailure extends Error {}

/**
 * Maps what the multer middleware passed to next() to the HttpError the client should see.
 * multer reports its limits with a MulterError and a `code` (see "Error handling" in the multer
 * README); busboy, which parses the multipart body for it, throws a plain Error when the body is
 * not well-formed multipart.
 */
export function uploadError(error: unknown): unknown {
  // TODO (Tasks 1 and 3): `error instanceof multer.MulterError`: LIMIT_FILE_SIZE is a 413
  // payload_too_large; LIMIT_UNEXPECTED_FILE and LIMIT_FILE_COUNT are invalidField('file', ...);
  // any other code is invalidField('body', ...). A StorageFailure or an HttpError passes through
  // unchanged (a StorageFailure becomes a 500). Anything else came from busboy: invalidField('body', ...).
  // Until then every upload error is a 500.
  void multer.MulterError;
  return error;
}

/** Maps anything thrown in a handler or middleware to the HttpError the client should see. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // Express cannot decode an :id with a broken percent escape (/files/%ZZ) and passes on the
  // URIError of decodeURIComponent. Such an id is one the server never made: a 404, as the spec
  // says of every id it did not generate.
  if (error instanceof URIError) return new HttpError(404, 'not_found', 'There is no such file: the URL is not valid.');
  // A bug or a failing disk, not the client's fault: say so without leaking internals such as a
  // stack trace or a file path.
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
