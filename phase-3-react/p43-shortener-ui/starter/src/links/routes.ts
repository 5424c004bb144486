// The HTTP side of links: the API under /api/links (SPEC.md, Tasks 1 and 3) and the short links
// themselves, GET /:code (Task 2).
import { Router } from 'express';
import type { LinkRow } from '../db/schema.js';
import { HttpError } from '../errors.js';
import type { DayClicks, LinkRepository } from './repository.js';
import type { CreateLinkInput } from './validation.js';

/** What the routes need: built once by createApp. */
export interface LinkDeps {
  repo: LinkRepository;
  now: () => Date;
  random: () => number;
  /** Prefix of shortUrl, without a trailing slash. */
  baseUrl: string;
}

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

export const MAX_CODE_ATTEMPTS = 5;

/** TODO (Task 1): the Link shape of the Interface. */
export function toLinkJson(row: LinkRow, baseUrl: string): LinkJson {
  void [row, baseUrl];
  throw new Error('Not implemented: toLinkJson (Task 1)');
}

/** TODO (Task 1): insert under the alias (409 when taken) or a generated code (drawn again when taken). */
export function insertLink(deps: LinkDeps, input: CreateLinkInput): LinkRow {
  void [deps, input];
  throw new Error('Not implemented: insertLink (Task 1)');
}

export function linksRouter(deps: LinkDeps): Router {
  void deps;
  const router = Router();
  // TODO (Tasks 1 and 3): GET and POST /api/links, GET /api/links/:code, GET
  // /api/links/:code/stats, and 405 with Allow for other methods.
  router.all(['/api/links', '/api/links/:code', '/api/links/:code/stats'], () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the links API (Tasks 1 and 3).');
  });
  return router;
}

export function redirectRouter(deps: LinkDeps): Router {
  void deps;
  const router = Router();
  // TODO (Task 2): GET /:code for segments shaped like a code: 302 and one click counted, or a
  // 404; other segments go on to the next middleware.
  router.get('/:code', () => {
    throw new HttpError(501, 'not_implemented', 'Not implemented: the short links (Task 2).');
  });
  return router;
}
