// The HTTP side of links: each handler validates, runs repository functions and shapes the
// answer. Errors are thrown and answered by errorHandler (Express 5 catches them).
import { Router, type Request, type Response } from 'express';
import { isUniqueViolation } from '../db/errors.js';
import type { LinkRow } from '../db/schema.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import type { ClickCounter } from './click-counter.js';
import { generateCode } from './code.js';
import type { DayClicks, LinkRepository } from './repository.js';
import { linkNotFound, parseCode, parseCreateLink, type CreateLinkInput } from './validation.js';

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

/** Generated codes get this many tries: a collision is rare, five in a row means a broken random source. */
export const MAX_CODE_ATTEMPTS = 5;

export function toLinkJson(row: LinkRow, baseUrl: string): LinkJson {
  return {
    code: row.code,
    url: row.url,
    shortUrl: `${baseUrl}/${row.code}`,
    alias: row.isAlias ? row.code : null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    clicks: row.clicks,
    createdAt: row.createdAt.toISOString(),
  };
}

export function isExpired(_row: LinkRow, _now: Date): boolean {
  throw new Error('Not implemented: isExpired (Task 4)');
}

/**
 * Inserts the link under its alias, or under a generated code. The unique index on links.code
 * is the judge: no SELECT beforehand (another writer could take the code in between). A taken
 * alias is the client's conflict; a taken generated code just means drawing another.
 */
export function insertLink(deps: LinkDeps, input: CreateLinkInput): LinkRow {
  const createdAt = deps.now();
  const row = (code: string) => ({ code, url: input.url, isAlias: input.alias !== undefined, expiresAt: input.expiresAt, createdAt });
  if (input.alias !== undefined) {
    throw new Error('Not implemented: aliases (Task 3)');
    try {
      return deps.repo.insert(row(input.alias));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new HttpError(409, 'conflict', `The alias ${input.alias} is taken.`, [{ field: 'alias', message: 'is taken' }]);
      }
      throw error;
    }
  }
  for (let attempt = 1; attempt <= MAX_CODE_ATTEMPTS; attempt++) {
    try {
      return deps.repo.insert(row(generateCode(deps.random)));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  // Not the client's fault: a 500.
  throw new Error(`No free code after ${MAX_CODE_ATTEMPTS} attempts: is the random source random?`);
}

type WithCode = Request<{ code: string }>;

/** The link a path names, or a 404. */
function findLink(deps: LinkDeps, raw: string): LinkRow {
  const code = parseCode(raw);
  const row = deps.repo.findByCode(code);
  if (!row) throw linkNotFound(code);
  return row;
}

/** /links: creating, reading, counting and deleting links. */
export function linksRouter(deps: LinkDeps): Router {
  const create = (req: Request, res: Response): void => {
    const input = parseCreateLink(req.body, deps.now());
    const row = insertLink(deps, input);
    res.status(201).location(`/links/${row.code}`).json(toLinkJson(row, deps.baseUrl));
  };

  const read = (req: WithCode, res: Response): void => {
    res.json(toLinkJson(findLink(deps, req.params.code), deps.baseUrl));
  };

  const stats = (req: WithCode, res: Response): void => {
    throw new Error('Not implemented: stats (Task 5)');
    const row = findLink(deps, req.params.code);
    const body: StatsJson = {
      code: row.code,
      url: row.url,
      clicks: row.clicks,
      lastClickedAt: row.lastClickedAt?.toISOString() ?? null,
      daily: deps.repo.dailyClicks(row.id),
    };
    res.json(body);
  };

  const remove = (req: WithCode, res: Response): void => {
    throw new Error('Not implemented: DELETE /links/:code (Task 5)');
    const code = parseCode(req.params.code);
    if (!deps.repo.deleteByCode(code)) throw linkNotFound(code);
    res.status(204).end();
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
  const follow = async (req: WithCode, res: Response): Promise<void> => {
    const row = findLink(deps, req.params.code);
    const now = deps.now();
    // 410 Gone: the link existed and will not come back; no click is counted.
    if (isExpired(row, now)) throw new HttpError(410, 'gone', `The link ${row.code} expired at ${row.expiresAt?.toISOString()}.`);
    // The answer waits for the click's commit: a redirect the client got is a click counted.
    await deps.clicks.count({ linkId: row.id, at: now });
    // 302 Found, not 301: browsers cache a 301 forever and would never come back to be counted.
    // location() percent-encodes what may not appear in a URL; no body (res.redirect() would
    // negotiate and write a small HTML or text one that nobody reads, on the hottest path).
    res.status(302).location(row.url).end();
  };

  const router = Router();
  router.route('/:code').get(follow).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
