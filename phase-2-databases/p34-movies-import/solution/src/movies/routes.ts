// The read side of the library: one movie by its IMDb id, and a filtered, paged list.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { MovieRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { findMovie, listMovies } from './repository.js';
import { movieNotFound, parseImdbIdParam, parseMovieQuery } from './validation.js';

export interface MovieJson {
  imdbId: string;
  title: string;
  year: number;
  runtimeMinutes: number | null;
  genres: string[];
  rating: number | null;
}

export function toMovieJson(row: MovieRow): MovieJson {
  return {
    imdbId: row.imdbId,
    title: row.title,
    year: row.year,
    runtimeMinutes: row.runtimeMinutes,
    // '' means no genres: ''.split('|') would be [''].
    genres: row.genres === '' ? [] : row.genres.split('|'),
    rating: row.rating,
  };
}

type WithImdbId = Request<{ imdbId: string }>;

export function moviesRouter(db: Db): Router {
  const list = (req: Request, res: Response): void => {
    const query = parseMovieQuery(req.query);
    const { rows, total } = listMovies(db, query);
    res.json({ items: rows.map(toMovieJson), total, limit: query.limit, offset: query.offset });
  };

  const read = (req: WithImdbId, res: Response): void => {
    const imdbId = parseImdbIdParam(req.params.imdbId);
    const row = findMovie(db, imdbId);
    if (!row) throw movieNotFound(imdbId);
    res.json(toMovieJson(row));
  };

  const router = Router();
  router.route('/').get(list).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:imdbId').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  return router;
}
