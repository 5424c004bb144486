// CORS written by hand: which other web sites' pages may read our answers in a browser.
// https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS
import type { RequestHandler, Response } from 'express';
import { HttpError } from './errors.js';

/** What a preflight answers in Access-Control-Allow-Methods, whatever was asked. */
export const ALLOWED_METHODS: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Request headers a page may send beyond the CORS-safelisted ones (lower case). */
export const ALLOWED_HEADERS: readonly string[] = ['content-type', 'authorization', 'x-request-id'];

/** How long a browser may cache a preflight answer, in seconds. */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Listed origins get their own origin back and may send credentials (cookies). "*" lets every
 * origin read the answers, but browsers refuse `*` together with credentials, so a wildcard
 * answer never carries Access-Control-Allow-Credentials. Exact string comparison only: a prefix,
 * suffix or pattern match would let https://app.example.evil.com in.
 */
function allowOrigin(res: Response, origin: string, allowedOrigins: readonly string[]): boolean {
  if (allowedOrigins.includes(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
    return true;
  }
  if (allowedOrigins.includes('*')) {
    res.set('Access-Control-Allow-Origin', '*');
    return true;
  }
  return false;
}

/** "Content-Type, X-Evil" -> ["content-type"]: only the requested headers we allow. */
export function allowedRequestHeaders(requested: string | undefined): string[] {
  return (requested ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => ALLOWED_HEADERS.includes(name));
}

export function cors(allowedOrigins: readonly string[]): RequestHandler {
  return (req, res, next) => {
    // The answer depends on Origin: tell caches so, or one origin could get another's answer.
    if (allowedOrigins.length > 0) res.vary('Origin');
    const origin = req.get('origin');
    if (origin === undefined) {
      next();
      return;
    }
    const allowed = allowOrigin(res, origin, allowedOrigins);
    const requestedMethod = req.get('access-control-request-method');
    const isPreflight = req.method === 'OPTIONS' && requestedMethod !== undefined;
    if (!isPreflight) {
      // A simple request is answered either way: without our header the browser hides the answer.
      next();
      return;
    }
    if (!allowed) throw new HttpError(403, 'forbidden', `The origin ${origin} may not call this API.`);
    res.set('Access-Control-Allow-Methods', requestedMethod);
    const headers = allowedRequestHeaders(req.get('access-control-request-headers'));
    if (headers.length > 0) res.set('Access-Control-Allow-Headers', headers.join(', '));
    res.set('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
    res.status(204).end();
  };
}
