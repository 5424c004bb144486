// The HTTP side of links: each handler validates, runs repository functions and shapes the
// answer. Throw HttpError for client errors: Express 5 passes it to errorHandler.
import { Router, type Request, type Response } from 'express';
import type { LinkRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import type { ClickCounter } from './click-counter.js';
import type { DayClicks, LinkRepository } from './repository.js';
import type { CreateLinkInput } from './validation.js';

/** What the routes need: built once by createApp. */
export interface LinkDeps {
  repo: LinkRepository;
  clicks: ClickCounter;
  now: () => Date;
  random: () => number;
  /** Prefix of shortUrl, without a trailing slash. */
  baseUrl: string;
}

/** A link as the API shows it: exactly these fields, whatever the table holds. */
export interface LinkJson {
  code: string;
  url: string;
  shortUrl: string;
  alias: string | null;
  expiresAt: string | null;
  clicks: number;
  createdAt: string;
}

export interface StatsJson {
  code: string;
  url: string;
  clicks: number;
  lastClickedAt: string | null;
  daily: DayClicks[];
}

/** Generated codes get this many tries in all (SPEC.md, Task 2). */
export const MAX_CODE_ATTEMPTS = 5;

/** TODO (Task 2): the row as the API shows it, dates as toISOString(), alias null for a generated code. */
export function toLinkJson(row: LinkRow, baseUrl: string): LinkJson {
  void [row, baseUrl];
  throw new Error('Not implemented: toLinkJson (Task 2)');
}

/** TODO (Task 4): whether the link has expired at `now` (expiresAt <= now). */
export function isExpired(row: LinkRow, now: Date): boolean {
  void [row, now];
  throw new Error('Not implemented: isExpired (Task 4)');
}

/**
 * TODO (Task 2): insert under a generated code; on a unique violation (isUniqueViolation from
 * ../db/errors.js) draw another, MAX_CODE_ATTEMPTS in all, then throw a plain Error (a 500).
 * TODO (Task 3): with an alias, one try: a unique violation is a 409 conflict with details
 * [{ field: 'alias', message }].
 */
export function insertLink(deps: LinkDeps, input: CreateLinkInput): LinkRow {
  void [deps, input];
  throw new Error('Not implemented: insertLink (Task 2)');
}

type WithCode = Request<{ code: string }>;

/** /links: creating, reading, counting and deleting links. */
export function linksRouter(deps: LinkDeps): Router {
  void deps;

  // TODO (Task 2): parseCreateLink(req.body, deps.now()), insertLink, then 201 with
  // Location: /links/<code> and the link.
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /links (Task 2)');
  };

  // TODO (Task 2): parseCode(req.params.code), findByCode, then the link or 404.
  const read = (_req: WithCode, _res: Response): void => {
    throw new Error('Not implemented: GET /links/:code (Task 2)');
  };

  // TODO (Task 5): { code, url, clicks, lastClickedAt, daily } or 404.
  const stats = (_req: WithCode, _res: Response): void => {
    throw new Error('Not implemented: GET /links/:code/stats (Task 5)');
  };

  // TODO (Task 5): 204 with no body, or 404.
  const remove = (_req: WithCode, _res: Response): void => {
    throw new Error('Not implemented: DELETE /links/:code (Task 5)');
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/:code').get(read).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'DELETE']));
  router.route('/:code/stats').get(stats).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}

/** GET /:code, the short URL itself: a 302 to the long URL, counted. */
export function redirectRouter(deps: LinkDeps): Router {
  void deps;

  // TODO (Task 4): find the link (404), 410 gone when it has expired (no click), else count the
  // click (await deps.clicks.count({ linkId, at: now })) and answer 302 with
  // res.status(302).location(url).end().
  const follow = async (_req: WithCode, _res: Response): Promise<void> => {
    throw new Error('Not implemented: GET /:code (Task 4)');
  };

  const router = Router();
  router.route('/:code').get(follow).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
