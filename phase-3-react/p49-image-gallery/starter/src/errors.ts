// One JSON error shape for the whole API, as in phase 1: { "error": { "code", "message", "details"? } }.
// Handlers never write error responses themselves: they throw an HttpError (or Express and its
// body parser raise an error of their own), and errorHandler, registered last, turns any of them
// into that shape.
import type { ErrorRequestHandler, RequestHandler } from 'express';

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
    /** Field problems on validation_failed; a project may send other facts (see its Interface). */
    readonly details?: FieldProblem[] | Record<string, unknown>,
    /** Extra response headers, such as `Allow` on a 405. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
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
    throw new HttpError(405, 'method_not_allowed', `This path does not answer ${req.method}; use ${allow}.`, undefined, { Allow: allow });
  };
}

/** Maps anything thrown in a handler or middleware to the HttpError the client should see. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // A path parameter whose percent-encoding is malformed (GET /books/%ZZ): Express's router
  // cannot decode it and throws a URIError (with status 400) before any handler runs.
  if (error instanceof URIError) return new HttpError(400, 'bad_request', `The URL is not valid: ${error.message}`);
  // Errors of express.json() carry a `type` (see the body-parser README), a numeric `status`, and
  // `expose: true` when the client is to blame.
  const { type, status, statusCode, expose, code } = error as { type?: unknown; status?: unknown; statusCode?: unknown; expose?: unknown; code?: unknown };
  const httpStatus = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined;
  if (type === 'entity.too.large') return new HttpError(413, 'payload_too_large', 'The body is too large.');
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new HttpError(415, 'unsupported_media_type', 'Send the body as UTF-8 JSON, not compressed.');
  }
  // Any other 400 while reading the body: broken JSON (entity.parse.failed), a body that ended
  // early or lied about its length, and a gzip or deflate body that does not inflate, which
  // body-parser passes on with status 400 and zlib's `code` (Z_DATA_ERROR, Z_BUF_ERROR) but no `type`.
  if (httpStatus === 400 && (typeof type === 'string' || (typeof code === 'string' && code.startsWith('Z_')) || expose === true)) {
    return new HttpError(400, 'invalid_json', 'The body could not be read as JSON.');
  }
  // Any other error that says the client is to blame keeps its 4xx status.
  if (httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500 && expose === true) {
    return new HttpError(httpStatus, 'bad_request', 'The request could not be read.');
  }
  // A bug, or the database failing: not the client's fault. Log it, and answer without leaking
  // internals such as SQL or a stack trace.
  console.error(error);
  return new HttpError(500, 'internal', 'Something went wrong on our side.');
}

/**
 * Express recognises error-handling middleware by its four parameters, so `next` must stay in
 * the signature even though it is not called.
 */
export const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const { status, code, message, details, headers } = toHttpError(error);
  // JSON.stringify leaves `details` out when it is undefined.
  res.status(status).set(headers).json({ error: { code, message, details } });
};
