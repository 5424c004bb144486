// One JSON error shape for the whole API: { "error": { "code", "message", "details"? } }.
// Handlers never write error responses themselves: they throw an HttpError (or Express and its
// body parser raise an error of their own), and errorHandler, registered last, turns any of them
// into that shape. That way no route can forget a header or answer with Express's HTML page.
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

/**
 * express.json() reports problems by passing an error to next(), made with the http-errors
 * package: a `type` such as 'entity.parse.failed' and the `status` it suggests (see "Errors" in
 * the body-parser README). Returns that status, or undefined for any other error.
 */
function bodyParserStatus(error: unknown): number | undefined {
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
  return typeof type === 'string' && typeof status === 'number' ? status : undefined;
}

/**
 * The 4xx status an error from Express or a library suggests, when it says the client may see
 * it (`expose: true`, as http-errors sets for 4xx). A corrupt gzip or deflate body is such an
 * error: zlib's own error (code Z_DATA_ERROR, Z_BUF_ERROR...) with status 400 but no `type`.
 */
function exposedClientStatus(error: unknown): number | undefined {
  const { status, statusCode, expose } = (error ?? {}) as { status?: unknown; statusCode?: unknown; expose?: unknown };
  const suggested = typeof status === 'number' ? status : statusCode;
  return expose === true && typeof suggested === 'number' && suggested >= 400 && suggested < 500 ? suggested : undefined;
}

/** Maps anything thrown in a handler or middleware to the HttpError the client should see. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  switch (bodyParserStatus(error)) {
    case 413: // entity.too.large
      return new HttpError(413, 'payload_too_large', 'The body is too large.');
    case 415: // charset.unsupported or encoding.unsupported: bytes we cannot decode
      return new HttpError(415, 'unsupported_media_type', 'The body is in a charset or Content-Encoding this API cannot decode.');
    case 400: // entity.parse.failed, or a body that ended before its announced length
      return new HttpError(400, 'invalid_json', 'The body is not valid JSON.');
  }
  // A path whose percent-encoding is broken: Express 5 cannot decode it (a URIError, status 400).
  if (error instanceof URIError) return new HttpError(400, 'bad_request', `The URL is not valid: ${error.message}`);
  const clientStatus = exposedClientStatus(error);
  // Any other 400 while reading the body: corrupt or truncated gzip/deflate bytes (zlib's errors).
  if (clientStatus === 400) return new HttpError(400, 'invalid_json', 'The body could not be read as JSON.');
  if (clientStatus !== undefined) return new HttpError(clientStatus, 'bad_request', 'The request could not be understood.');
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
