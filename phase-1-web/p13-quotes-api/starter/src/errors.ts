// One JSON error shape for the whole API: { "error": { "code", "message", "details"? } }.
// The same plan as in p11: handlers never write error responses themselves. They throw an
// HttpError, and errorHandler, registered last, turns anything thrown into that shape.
// This file is given in full: it is what you wrote in p11, without the body parser's errors
// (no route of this API reads a body).
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
    readonly details?: FieldProblem[],
    /** Extra response headers, such as `Allow` on a 405. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A 400 validation_failed error listing every problem found, one entry per field. */
export function validationFailed(problems: FieldProblem[]): HttpError {
  const message = problems.map((problem) => `${problem.field} ${problem.message}`).join('; ');
  return new HttpError(400, 'validation_failed', message, problems);
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

/** The `status` (or `statusCode`) Express and its helpers put on errors that a client caused. */
function clientStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode, expose } = error as { status?: unknown; statusCode?: unknown; expose?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  return typeof code === 'number' && code >= 400 && code < 500 && expose === true ? code : undefined;
}

/** Maps anything thrown in a handler or middleware to the HttpError the client should see. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // Express 5's router decodes path parameters with decodeURIComponent, which throws a URIError
  // for malformed percent-encoding (GET /quotes/%ZZ): the client sent a broken URL.
  if (error instanceof URIError) return new HttpError(400, 'bad_request', `The URL is not valid: ${error.message}`);
  // Any other error that Express marks as the client's (a 4xx status with expose: true).
  const status = clientStatus(error);
  if (status !== undefined) return new HttpError(status, 'bad_request', error instanceof Error ? error.message : 'The request is not valid.');
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
