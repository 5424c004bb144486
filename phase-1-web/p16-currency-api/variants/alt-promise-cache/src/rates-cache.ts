// One map for both jobs: a slot is either a fetch under way (everybody awaits the same promise)
// or a table with the time it stops being fresh. A failed fetch leaves no slot behind.
import type { RatesTable } from './rates-client.js';

export interface RatesCacheOptions {
  load: (base: string) => Promise<RatesTable>;
  now: () => Date;
  ttlMs: number;
}

export interface CachedRates {
  table: RatesTable;
  cached: boolean;
}

export interface RatesCache {
  get: (base: string) => Promise<CachedRates>;
}

type Slot = { kind: 'pending'; promise: Promise<RatesTable> } | { kind: 'ready'; table: RatesTable; freshUntil: number };

class RatesStore implements RatesCache {
  private readonly slots = new Map<string, Slot>();
  constructor(private readonly options: RatesCacheOptions) {}

  async get(base: string): Promise<CachedRates> {
    const slot = this.slots.get(base);
    if (slot?.kind === 'ready' && this.options.now().getTime() < slot.freshUntil) return { table: slot.table, cached: true };
    if (slot?.kind === 'pending') return { table: await slot.promise, cached: false };
    const promise = this.options.load(base);
    this.slots.set(base, { kind: 'pending', promise });
    try {
      const table = await promise;
      this.slots.set(base, { kind: 'ready', table, freshUntil: this.options.now().getTime() + this.options.ttlMs });
      return { table, cached: false };
    } catch (error) {
      if (this.slots.get(base)?.kind === 'pending') this.slots.delete(base);
      throw error;
    }
  }
}

export function createRatesCache(options: RatesCacheOptions): RatesCache {
  return new RatesStore(options);
}
