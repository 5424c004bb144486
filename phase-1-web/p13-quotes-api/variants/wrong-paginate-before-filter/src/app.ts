// Quotes API: list, filter and search quotes, fetch one by id, draw a random one (reproducibly
// with a seed), and show the quote of the day. createApp loads the quotes once, checks them, and
// keeps them inside the app it builds: two apps never share data, and nothing lives at module level.
import express, { type Express, type Request, type Response } from 'express';
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

/** The quote a random() picks among the candidates, or a 404 when there is none to pick. */
function pickQuote(candidates: readonly Quote[], random: () => number, tag?: string): Quote {
  const quote = pickOne(candidates, random);
  if (quote === undefined) {
    throw new HttpError(404, 'not_found', tag === undefined ? 'There are no quotes.' : `No quote has the tag "${tag}".`);
  }
  return quote;
}

export function createApp(options: AppOptions = {}): Express {
  // Loaded and checked now, not on the first request: a broken data file stops the server at
  // start-up with a clear message, instead of answering 500 to every client later.
  const quotes = loadQuotes(options);
  const byId = new Map(quotes.map((quote) => [quote.id, quote]));
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => new Date());

  const listQuotes = (req: Request, res: Response): void => {
    const { page, limit, ...filter } = parseQuery(listQuerySchema, req.query);
    const onePage = paginate(quotes, page, limit);
    res.json({ ...onePage, items: filterQuotes(onePage.items, filter) });
  };

  const quoteById = (req: Request, res: Response): void => {
    const { id } = parseQuery(idParamsSchema, req.params);
    const quote = byId.get(id);
    if (quote === undefined) throw new HttpError(404, 'not_found', `There is no quote with the id ${id}.`);
    res.json(quote);
  };

  const randomQuote = (req: Request, res: Response): void => {
    const { seed, tag } = parseQuery(randomQuerySchema, req.query);
    // With a seed the choice depends on the seed alone, never on options.random: the same seed
    // gives the same quote in every app, after every restart.
    const source = seed === undefined ? random : seededRandom(seed);
    res.json(pickQuote(filterQuotes(quotes, { tag }), source, tag));
  };

  const quoteOfTheDay = (_req: Request, res: Response): void => {
    // The date is the seed: the same all day long, a different one tomorrow.
    const date = utcDateKey(now());
    res.json({ date, quote: pickQuote(quotes, seededRandom(date)) });
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
