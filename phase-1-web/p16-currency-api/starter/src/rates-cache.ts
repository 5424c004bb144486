// A time-to-live cache of rates tables, one entry per base currency, that also merges concurrent
// fetches of the same base into one ("single flight"). It lives inside createApp: two apps never
// share entries.
import type { RatesTable } from './rates-client.js';

export interface RatesCacheOptions {
  /** Fetches the rates of one base; rejects when that fails. */
  load: (base: string) => Promise<RatesTable>;
  /** The clock: freshness is measured with it, never with Date.now(). */
  now: () => Date;
  /** How long a table stays fresh after it was received. */
  ttlMs: number;
}

export interface CachedRates {
  table: RatesTable;
  /** True when the table was already fresh in the cache: no upstream request was waited for. */
  cached: boolean;
}

export interface RatesCache {
  get: (base: string) => Promise<CachedRates>;
}

export function createRatesCache({ load }: RatesCacheOptions): RatesCache {
  // For Tasks 1 to 4 this "cache" remembers nothing: every get() asks the rates service.
  // TODO (Task 5): keep a Map from base to { table, receivedAt } (receivedAt from now()); a table
  // is fresh while now() - receivedAt < ttlMs. Store only successes.
  // TODO (Task 6): keep a second Map from base to the promise of the fetch under way, so that a
  // request arriving meanwhile awaits that promise instead of calling load() again. Remove the
  // promise when it settles, whether it succeeded or failed.
  return {
    async get(base) {
      return { table: await load(base), cached: false };
    },
  };
}
