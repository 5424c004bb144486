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
export function redactHeaders(_headers: IncomingHttpHeaders): Record<string, string | string[]> {
  // TODO (Task 1): copy every header; SECRET_HEADERS get the value REDACTED instead. Do not
  // change req.headers itself: build a new object.
  throw new Error('Not implemented: redactHeaders (Task 1)');
}

export function inspectRequest(req: Request): Inspection {
  // TODO (Task 1): method, path, query, headers, ip, protocol and contentLength come from req
  // (see the Interface in SPEC.md). body is parseBody(req.body, ...) (Task 2); userAgent is
  // parseUserAgent(...) (Task 3).
  void [parseBody, parseUserAgent];
  throw new Error(`Not implemented: inspectRequest for ${req.method} ${req.path} (Task 1)`);
}
