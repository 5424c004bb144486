// One JSON error shape for the whole API: { "error": { "code", "message" } }.
// This is the errors.ts you wrote in p11, with two changes: no field validation here, so no
// `details`; and the body reader (express.raw) can fail in more ways than express.json, so a body
// it cannot read (corrupt gzip, for one) is a 400 invalid_body, and a broken URL a 400 bad_request.
import type { ErrorRequestHandler, RequestHandler } from 'express';

/** An error that knows which HTTP answer it deserves. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
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
    throw new HttpError(405, 'method_not_allowed', `${req.path} does not answer ${req.method}; use ${allow}.`, { Allow: allow });
  };
}

/**
 * Express's body parsers report problems by passing an error made with the http-errors package
 * to next(): it carries the 4xx `status` it suggests and `expose: true`. A decompression error
 * (a corrupt gzip body) has `status` 400 and a zlib `code` such as Z_DATA_ERROR but no `type`.
 * Returns the status of such a client error, or undefined.
 */
function clientErrorStatus(error: unknown): number | undefined {
  const { status, statusCode, expose } = (error ?? {}) as { status?: unknown; statusCode?: unknown; expose?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && value >= 400 && value < 500 && expose === true ? value : undefined;
}

/** An error of reading the body: body-parser's (it has a `type`) or zlib's (a `Z_...` code). */
function isBodyReadError(error: unknown): boolean {
  const { type, code } = (error ?? {}) as { type?: unknown; code?: unknown };
  return typeof type === 'string' || (typeof code === 'string' && code.startsWith('Z_'));
}

/** Maps anything thrown in a handler or middleware to the HttpError the client should see. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // Express cannot decode a path with a broken percent escape (/inspect%ZZ) and passes on the
  // URIError of decodeURIComponent: the client's mistake, not a bug of ours.
  if (error instanceof URIError) return new HttpError(400, 'bad_request', `The URL is not valid: ${error.message}.`);
  const status = clientErrorStatus(error);
  if (status === 413) return new HttpError(413, 'payload_too_large', 'The body is too large.');
  if (status === 415) return new HttpError(415, 'unsupported_media_type', 'The Content-Encoding of the body is not supported.');
  // A body that could not be read: a corrupt compressed stream, a request that ended early.
  if (status === 400 && isBodyReadError(error)) return new HttpError(400, 'invalid_body', 'The body could not be read.');
  // Any other client error a library reports (http-errors with expose: true): keep its status.
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
  res.status(httpError.status).set(httpError.headers).json({ error: { code: httpError.code, message: httpError.message } });
};
