// The HTTP side of links: the API under /api/links, and the short links themselves (GET /:code).
// Handlers validate, run repository functions and shape the answer; errors are thrown and
// answered by errorHandler (Express 5 catches them, async ones included).
import { Router, type NextFunction, type Request, type Response } from 'express';
import { isUniqueViolation } from '../db/errors.js';
import type { LinkRow } from '../db/schema.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { generateCode } from './code.js';
import type { DayClicks, LinkRepository } from './repository.js';
import { fillDays, lastDays, utcDay } from './stats.js';
import { CODE_PATTERN, linkNotFound, parseCode, parseCreateLink, parseDays, type CreateLinkInput } from './validation.js';

/** What the routes need: built once by createApp. */
export interface LinkDeps {
  repo: LinkRepository;
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
  clicks: number;
  createdAt: string;
}

export interface StatsJson {
  code: string;
  days: number;
  total: number;
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
    clicks: row.clicks,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Inserts the link under its alias, or under a generated code. The unique index on links.code
 * is the judge, with no SELECT beforehand (another request could take the code in between). A
 * taken alias is the client's conflict; a taken generated code just means drawing another.
 */
export function insertLink(deps: LinkDeps, input: CreateLinkInput): LinkRow {
  const createdAt = deps.now();
  const row = (code: string) => ({ code, url: input.url, isAlias: input.alias !== undefined, createdAt });
  if (input.alias !== undefined) {
    try {
      return deps.repo.insert(row(input.alias));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new HttpError(409, 'conflict', `The alias ${input.alias} is taken.`, [{ field: 'alias', message: 'is already taken' }]);
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

/** /api/links: creating, listing and reading links, and their stats. */
export function linksRouter(deps: LinkDeps): Router {
  const create = (req: Request, res: Response): void => {
    const row = insertLink(deps, parseCreateLink(req.body));
    res.status(201).location(`/api/links/${row.code}`).json(toLinkJson(row, deps.baseUrl));
  };

  const list = (_req: Request, res: Response): void => {
    res.json({ items: deps.repo.list().map((row) => toLinkJson(row, deps.baseUrl)) });
  };

  const read = (req: WithCode, res: Response): void => {
    res.json(toLinkJson(findLink(deps, req.params.code), deps.baseUrl));
  };

  const stats = (req: WithCode, res: Response): void => {
    const row = findLink(deps, req.params.code);
    const days = lastDays(deps.now(), parseDays(req.query.days));
    const daily = fillDays(days, deps.repo.clicksBetween(row.id, days[0]!, days[days.length - 1]!));
    const body: StatsJson = { code: row.code, days: days.length, total: daily.reduce((sum, d) => sum + d.clicks, 0), daily };
    res.json(body);
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/api/links').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/api/links/:code').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/api/links/:code/stats').get(stats).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}

/**
 * GET /:code, the short link itself: a 302 to the long URL, with one click counted. Only a
 * segment shaped like a code is a short link: /favicon.ico, /index.html and deeper paths go on
 * to whatever comes next (the built app's files and its history fallback).
 */
export function redirectRouter(deps: LinkDeps): Router {
  const onlyCodes = (req: WithCode, _res: Response, next: NextFunction): void => {
    // next('route') skips the rest of this route: the request goes on to the next middleware.
    next(CODE_PATTERN.test(req.params.code) ? undefined : 'route');
  };

  const follow = (req: WithCode, res: Response): void => {
    const row = findLink(deps, req.params.code);
    deps.repo.countClick(row.id, utcDay(deps.now()));
    // 302 Found, not 301: browsers cache a 301 forever and would never come back to be counted.
    // location() percent-encodes what may not appear in a URL; a redirect needs no body.
    res.status(302).location(row.url).end();
  };

  const router = Router();
  router.route('/:code').all(onlyCodes).get(follow).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
