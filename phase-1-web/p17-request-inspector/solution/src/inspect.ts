// What /inspect answers: the request as the server sees it, after Express has applied the
// `trust proxy` setting, with secrets left out.
import type { IncomingHttpHeaders } from 'node:http';
import type { Request } from 'express';
import { parseBody } from './body.js';
import { parseUserAgent, type UserAgent } from './user-agent.js';

export const REDACTED = '[redacted]';

/** Headers that carry credentials: an echo service must never send them back. */
export const SECRET_HEADERS: readonly string[] = ['authorization', 'cookie'];

export interface Inspection {
  method: string;
  path: string;
  query: unknown;
  headers: Record<string, string | string[]>;
  body: unknown;
  ip: string | undefined;
  protocol: string;
  userAgent: UserAgent;
  contentLength: number | null;
}

/** A copy of the headers (Node gives their names in lower case) with the secret ones replaced. */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const copy: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    copy[name] = SECRET_HEADERS.includes(name) ? REDACTED : value;
  }
  return copy;
}

/** The Content-Length header as a number (Node has already checked it is digits), or null. */
function contentLengthOf(req: Request): number | null {
  const header = req.get('content-length');
  return header === undefined ? null : Number(header);
}

export function inspectRequest(req: Request): Inspection {
  return {
    method: req.method,
    path: req.path,
    // Express 5's default "simple" query parser: a string per key, an array when repeated.
    query: req.query,
    headers: redactHeaders(req.headers),
    body: parseBody(req.body, req.get('content-type')),
    ip: req.ip,
    protocol: req.protocol,
    userAgent: parseUserAgent(req.get('user-agent')),
    contentLength: contentLengthOf(req),
  };
}
