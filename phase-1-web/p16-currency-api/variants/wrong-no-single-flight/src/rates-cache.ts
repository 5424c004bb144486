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

interface Entry {
  table: RatesTable;
  receivedAt: number;
}

export function createRatesCache({ load, now, ttlMs }: RatesCacheOptions): RatesCache {
  const entries = new Map<string, Entry>();
  // The fetch under way for each base. Storing the promise, not the result, is what lets a second
  // request join the first instead of starting its own.
  const inFlight = new Map<string, Promise<RatesTable>>();

  function freshEntry(base: string): Entry | undefined {
    const entry = entries.get(base);
    return entry && now().getTime() - entry.receivedAt < ttlMs ? entry : undefined;
  }

  function fetchShared(base: string): Promise<RatesTable> {
    const request = load(base)
      // Only a success is stored: after a failure the next request tries the service again.
      .then((table) => {
        entries.set(base, { table, receivedAt: now().getTime() });
        return table;
      })
      .finally(() => inFlight.delete(base));
    inFlight.set(base, request);
    return request;
  }

  return {
    async get(base) {
      const entry = freshEntry(base);
      if (entry) return { table: entry.table, cached: true };
      return { table: await fetchShared(base), cached: false };
    },
  };
}
