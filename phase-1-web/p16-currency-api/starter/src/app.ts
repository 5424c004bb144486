// Currency API: converts amounts with the rates of an upstream rates service, which it caches for
// a while and never trusts blindly. createApp builds a fresh app each time and keeps all its state
// (the cache and the fetches under way) inside: never store anything at module level.
import express, { type Express, type Request, type Response } from 'express';
import { parseBase, parseConvertQuery, roundMoney } from './convert.js';
// unknownCurrency is for rateFor (Task 1).
import { errorHandler, methodNotAllowed, notFound, unknownCurrency } from './errors.js';
import { createRatesCache } from './rates-cache.js';
import { fetchRates, type RatesTable } from './rates-client.js';

export interface AppOptions {
  /** Where the rates service lives, such as http://localhost:4000 (no /rates at the end). */
  ratesUrl: string;
  /** The clock used to age cache entries. Default: () => new Date(). */
  now?: () => Date;
  /** How long the rates of one base stay fresh. Default: 60 000 ms. */
  cacheTtlMs?: number;
  /** How long one upstream request may take, body included. Default: 2 000 ms. */
  timeoutMs?: number;
  /** The fetch used to reach the rates service. Default: globalThis.fetch. */
  fetch?: typeof globalThis.fetch;
}

export const DEFAULT_CACHE_TTL_MS = 60_000;
export const DEFAULT_TIMEOUT_MS = 2_000;

/** The rate from the table's base to `to`: 1 for the base itself, which tables may leave out. */
export function rateFor(_table: RatesTable, _to: string): number {
  // TODO (Task 1): 1 when `to` is the table's base; otherwise table.rates[to], and when that is
  // missing, throw unknownCurrency(to).
  throw new Error('Not implemented: rateFor (Task 1)');
}

export function createApp(options: AppOptions): Express {
  const { ratesUrl, now = () => new Date(), cacheTtlMs = DEFAULT_CACHE_TTL_MS, timeoutMs = DEFAULT_TIMEOUT_MS, fetch = globalThis.fetch } = options;
  // Every route asks this cache for rates; Task 5 and 6 make it a real one (src/rates-cache.ts).
  const cache = createRatesCache({ now, ttlMs: cacheTtlMs, load: (base) => fetchRates(base, { ratesUrl, timeoutMs, fetch }) });

  const convert = async (_req: Request, _res: Response): Promise<void> => {
    // TODO (Task 1): parseConvertQuery(req.query) first (a bad request must cost no upstream
    // request), then cache.get(from), rateFor(table, to), and answer
    // { from, to, amount, rate, result: roundMoney(amount * rate), rateDate, cached }.
    throw new Error('Not implemented: GET /convert (Task 1)');
  };

  const rates = async (_req: Request, _res: Response): Promise<void> => {
    // TODO (Task 3): parseBase(req.params), then answer { base, date, rates, cached } from the cache.
    throw new Error('Not implemented: GET /rates/:base (Task 3)');
  };

  // Routing as in p11: each path's methods, then .all() for a 405; notFound and errorHandler last.
  const app = express();
  app.route('/convert').get(convert).all(methodNotAllowed(['GET', 'HEAD']));
  app.route('/rates/:base').get(rates).all(methodNotAllowed(['GET', 'HEAD']));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
