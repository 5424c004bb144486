// Currency API: converts amounts with the rates of an upstream rates service, which it caches for
// a while and never trusts blindly. createApp builds a fresh app each time and keeps all its
// state (the cache and the fetches under way) inside, so two apps never share anything.
import express, { type Express, type Request, type Response } from 'express';
import { parseBase, parseConvertQuery, roundMoney } from './convert.js';
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
export function rateFor(table: RatesTable, to: string): number {
  if (to === table.base) return 1;
  const rate = table.rates[to];
  if (rate === undefined) throw unknownCurrency(to, `The rates service has no rate from ${table.base} to ${to}.`);
  return rate;
}

export function createApp(options: AppOptions): Express {
  const { ratesUrl, now = () => new Date(), cacheTtlMs = DEFAULT_CACHE_TTL_MS, timeoutMs = DEFAULT_TIMEOUT_MS, fetch = globalThis.fetch } = options;
  const cache = createRatesCache({ now, ttlMs: cacheTtlMs, load: (base) => fetchRates(base.toUpperCase(), { ratesUrl, timeoutMs, fetch }) });

  // Express 5 passes a rejected promise of an async handler to the error handler by itself.
  const convert = async (req: Request, res: Response): Promise<void> => {
    // Validate before anything else: a bad request must not cost an upstream request.
    const { from, to, amount } = parseConvertQuery(req.query);
    const { table, cached } = await cache.get(from);
    const rate = rateFor(table, to.toUpperCase());
    res.json({ from: from.toUpperCase(), to: to.toUpperCase(), amount, rate, result: roundMoney(amount * rate), rateDate: table.date, cached });
  };

  const rates = async (req: Request, res: Response): Promise<void> => {
    const base = parseBase(req.params);
    const { table, cached } = await cache.get(base);
    res.json({ base: table.base, date: table.date, rates: table.rates, cached });
  };

  const app = express();
  app.route('/convert').get(convert).all(methodNotAllowed(['GET', 'HEAD']));
  app.route('/rates/:base').get(rates).all(methodNotAllowed(['GET', 'HEAD']));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
