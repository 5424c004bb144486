// The read side of the library: one movie by its IMDb id, and a filtered, paged list.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { MovieRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';

export interface MovieJson {
  imdbId: string;
  title: string;
  year: number;
  runtimeMinutes: number | null;
  genres: string[];
  rating: number | null;
}

/** TODO (Task 1): the row as the API shows it: genres as an array ([] for ''), NULLs as null. */
export function toMovieJson(row: MovieRow): MovieJson {
  void row;
  throw new Error('Not implemented: toMovieJson (Task 1)');
}

type WithImdbId = Request<{ imdbId: string }>;

export function moviesRouter(db: Db): Router {
  void db;

  // TODO (Task 1): parseMovieQuery, listMovies, then { items, total, limit, offset }.
  const list = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /movies (Task 1)');
  };

  // TODO (Task 1): parseImdbIdParam, findMovie, then the movie or a 404 (movieNotFound).
  const read = (_req: WithImdbId, _res: Response): void => {
    throw new Error('Not implemented: GET /movies/:imdbId (Task 1)');
  };

  // Each path lists its methods, then .all() answers every other method with a 405. Express
  // answers HEAD with the GET handler, so GET routes allow HEAD too.
  const router = Router();
  router.route('/').get(list).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:imdbId').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
