// One JSON error shape for the whole API, as in phase 1: { "error": { "code", "message", "details"? } }.
// Handlers never write error responses themselves: they throw an HttpError, and errorHandler,
// registered last, turns it (or anything else thrown) into that shape.
import type { ErrorRequestHandler, RequestHandler } from 'express';

/** One problem with one input (a query parameter here), listed in `details` of a validation_failed error. */
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

/** Maps anything thrown in a handler to the HttpError the client should see. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // Express 5's router decodes path parameters with decodeURIComponent, which throws a URIError
  // for malformed percent-encoding (`/products/%ZZ`): the client's mistake, not ours.
  if (error instanceof URIError) return new HttpError(400, 'bad_request', `The URL is not valid: ${error.message}.`);
  // Any other error that says it is the client's (a 4xx meant to be shown), such as a body sent
  // in a way Node's parser refuses: this API reads no body, so there is no JSON error to give.
  const { status, statusCode, expose } = error as { status?: unknown; statusCode?: unknown; expose?: unknown };
  const httpStatus = typeof status === 'number' ? status : statusCode;
  if (typeof httpStatus === 'number' && httpStatus >= 400 && httpStatus < 500 && expose === true) {
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
