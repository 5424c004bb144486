// One JSON error shape for the whole API: { "error": { "code", "message", "details"? } }.
// Handlers and the rates client never write error responses themselves: they throw an HttpError,
// and errorHandler, registered last, turns it (or anything else thrown) into that shape. This is
// the file you wrote in p11, plus the helpers for the errors of this project.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';

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

/**
 * A 400 validation_failed error listing every problem zod found. The first element of an
 * issue's path is the query or route parameter it is about ("from", "amount", "base").
 */
export function validationFailed(error: z.ZodError): HttpError {
  const details = error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'query'), message: issue.message }));
  const summary = details.map((problem) => `${problem.field} ${problem.message}`).join('; ');
  return new HttpError(400, 'validation_failed', summary, details);
}

/** 404 unknown_currency: a well-formed code that the rates service does not know. */
export function unknownCurrency(code: string, message = `The rates service knows no currency ${code}.`): HttpError {
  return new HttpError(404, 'unknown_currency', message);
}

/** 502 bad_gateway: the rates service failed or answered something we cannot use. */
export function badGateway(problem: string): HttpError {
  return new HttpError(502, 'bad_gateway', `The rates service failed: ${problem}.`);
}

/** 504 gateway_timeout: the rates service did not answer within the time we give it. */
export function gatewayTimeout(timeoutMs: number): HttpError {
  return new HttpError(504, 'gateway_timeout', `The rates service did not answer within ${timeoutMs} ms.`);
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

/** Maps anything thrown in a handler or middleware to the HttpError the client should see. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // Express cannot decode a route parameter with a broken percent escape (/rates/%ZZ) and passes
  // on the URIError of decodeURIComponent: the client's mistake, not a bug of ours.
  if (error instanceof URIError) {
    return new HttpError(400, 'validation_failed', 'The path has a broken percent escape.', [{ field: 'path', message: 'has a broken percent escape' }]);
  }
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
  if (httpError.status === 500) console.error(error);
  const body = { code: httpError.code, message: httpError.message, ...(httpError.details ? { details: httpError.details } : {}) };
  res.status(httpError.status).set(httpError.headers).json({ error: body });
};
