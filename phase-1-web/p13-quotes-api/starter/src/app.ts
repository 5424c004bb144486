// Quotes API: list, filter and search quotes, fetch one by id, draw a random one (reproducibly
// with a seed), and show the quote of the day. createApp loads the quotes once, checks them, and
// keeps them inside the app it builds: two apps never share data, and nothing lives at module level.
import express, { type Express, type Request, type Response } from 'express';
// HttpError and the schemas are for the handlers you write.
import { errorHandler, HttpError, methodNotAllowed, notFound } from './errors.js';
import { idParamsSchema, listQuerySchema, parseQuery, randomQuerySchema } from './query.js';
import { filterQuotes, loadQuotes, paginate, type Quote } from './quotes.js';
import { pickOne, seededRandom, utcDateKey } from './random.js';

export type { Quote } from './quotes.js';

export interface AppOptions {
  /** The quotes to serve. When given, dataFile is not read. */
  quotes?: Quote[];
  /** A JSON file holding an array of quotes. Default: data/quotes.json of this project. */
  dataFile?: string;
  /** Numbers in [0, 1) for GET /quotes/random without a seed. Default: Math.random. */
  random?: () => number;
  /** The clock, for the quote of the day. Default: () => new Date(). */
  now?: () => Date;
}

const GET_ONLY = ['GET', 'HEAD'];

export function createApp(options: AppOptions = {}): Express {
  // Task 1: loaded and checked now, not on the first request, so a broken data file stops the
  // server at start-up with a clear message.
  const quotes = loadQuotes(options);
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => new Date());

  const listQuotes = (_req: Request, _res: Response): void => {
    // TODO (Tasks 2 and 3): parseQuery(listQuerySchema, req.query), filter, then paginate.
    throw new Error(`Not implemented: GET /quotes (Tasks 2 and 3) over ${quotes.length} quotes`);
  };

  const quoteById = (_req: Request, _res: Response): void => {
    // TODO (Task 1): parseQuery(idParamsSchema, req.params); the quote with that id, or a 404
    // HttpError not_found.
    throw new Error('Not implemented: GET /quotes/:id (Task 1)');
  };

  const randomQuote = (_req: Request, _res: Response): void => {
    // TODO (Task 4): parseQuery(randomQuerySchema, req.query); the candidates are the quotes with
    // the tag (all of them without one); pick with seededRandom(seed) when there is a seed, with
    // `random` otherwise; no candidate is a 404.
    throw new Error(`Not implemented: GET /quotes/random (Task 4), random() says ${random()}`);
  };

  const quoteOfTheDay = (_req: Request, _res: Response): void => {
    // TODO (Task 5): { date: utcDateKey(now()), quote } where quote is what
    // GET /quotes/random?seed=<date> answers.
    throw new Error(`Not implemented: GET /quotes/today (Task 5), now() says ${now().toISOString()}`);
  };

  const app = express();

  // The fixed paths come before /quotes/:id, or "random" and "today" would be taken for ids.
  app.route('/quotes').get(listQuotes).all(methodNotAllowed(GET_ONLY));
  app.route('/quotes/random').get(randomQuote).all(methodNotAllowed(GET_ONLY));
  app.route('/quotes/today').get(quoteOfTheDay).all(methodNotAllowed(GET_ONLY));
  app.route('/quotes/:id').get(quoteById).all(methodNotAllowed(GET_ONLY));

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
