// One JSON error shape for the whole API: { "error": { "code", "message", "details"? } }.
// The plan: handlers never write error responses themselves. They throw an HttpError (or Express
// and its JSON body parser throw an error of their own), and errorHandler, registered last with
// app.use(), turns any of them into that shape. One place, so no route can get it wrong.
// Express guide: https://expressjs.com/en/guide/error-handling.html
import type { ErrorRequestHandler, RequestHandler } from 'express';

/** One problem with one input field, listed in `details` of a validation_failed error. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An error that knows which HTTP answer it deserves. Given in full: use it as
 * `throw new HttpError(404, 'not_found', 'There is no route GET /nope.')`.
 */
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

/** A 400 validation_failed error about one field, with that field in `details`. Given in full. */
export function invalidField(field: string, problem: string): HttpError {
  return new HttpError(400, 'validation_failed', `${field} ${problem}`, [{ field, message: problem }]);
}

/** Registered after every route: whatever reaches it matched no path at all. */
export const notFound: RequestHandler = (_req) => {
  // TODO (Task 4): throw a 404 HttpError with the code not_found.
  throw new Error('Not implemented: notFound (Task 4)');
};

/**
 * Registered with `.all()` after a path's real methods: whatever reaches it used a method that
 * path does not answer.
 */
export function methodNotAllowed(allowed: readonly string[]): RequestHandler {
  return (_req) => {
    // TODO (Task 4): throw a 405 HttpError with the code method_not_allowed and the header
    // Allow: the allowed methods joined with ", " (for example "GET, HEAD").
    throw new Error(`Not implemented: methodNotAllowed for ${allowed.join(', ')} (Task 4)`);
  };
}

/** Maps anything thrown in a handler or middleware to the HttpError the client should see. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // TODO (Task 5): express.json() passes errors with a `type` and a `status` to next():
  // 'entity.parse.failed' (400, broken JSON) becomes invalid_json, 'entity.too.large' (413)
  // payload_too_large, 'charset.unsupported' and 'encoding.unsupported' (415)
  // unsupported_media_type. A corrupt or truncated gzip/deflate body arrives as zlib's own error
  // (code 'Z_DATA_ERROR', 'Z_BUF_ERROR'...) with status 400 and expose: true but no `type`: that
  // is invalid_json too. A URIError (a path Express cannot decode) is 400 bad_request; any other
  // error with a 4xx `status` and expose: true is that status with bad_request. Anything else is
  // a bug on our side: a 500 that leaks no details.
  return new HttpError(500, 'internal', 'Something went wrong on our side.');
}

/**
 * Express recognises error-handling middleware by its four parameters, so `next` must stay in
 * the signature even if you never call it.
 */
export const errorHandler: ErrorRequestHandler = (error, _req, _res, next) => {
  // TODO (Task 3): turn `error` into an HttpError with toHttpError, then answer with its status,
  // its headers, and the body { error: { code, message, details } } (details only when present).
  // Until then, Express's default error handler answers with an HTML page.
  next(error);
};
