// CORS written by hand: which other web sites' pages may read our answers in a browser.
// https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS
import type { RequestHandler } from 'express';
import { HttpError } from './errors.js';

/** What a preflight answers in Access-Control-Allow-Methods, whatever was asked. */
export const ALLOWED_METHODS: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Request headers a page may send beyond the CORS-safelisted ones (lower case). */
export const ALLOWED_HEADERS: readonly string[] = ['content-type', 'authorization', 'x-request-id'];

/** How long a browser may cache a preflight answer, in seconds. */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** "Content-Type, X-Evil" -> ["content-type"]: only the requested headers we allow. */
export function allowedRequestHeaders(requested: string | undefined): string[] {
  // TODO (Task 6): split on ',', trim, lower-case, keep the names in ALLOWED_HEADERS.
  throw new Error(`Not implemented: allowedRequestHeaders(${JSON.stringify(requested)}) (Task 6)`);
}

export function cors(allowedOrigins: readonly string[]): RequestHandler {
  return (_req, _res, next) => {
    // TODO (Task 5): with an Origin header that allowedOrigins lists (exact equality), set
    // Access-Control-Allow-Origin to it, Access-Control-Allow-Credentials: true and Vary: Origin;
    // with '*' in the list, Access-Control-Allow-Origin: * and no credentials. Then next().
    // TODO (Task 6): an OPTIONS with Origin and Access-Control-Request-Method is a preflight:
    // 403 forbidden (throw an HttpError) for a disallowed origin, else the preflight headers and
    // an empty 204, without calling next().
    void [allowedOrigins, HttpError, ALLOWED_METHODS, PREFLIGHT_MAX_AGE_SECONDS];
    next();
  };
}
