// The only code that talks to the rates service. Whatever goes wrong there (an error status, a
// dropped connection, a body we cannot use, no answer in time) leaves this file as an HttpError
// that tells our client what happened: 502 bad_gateway, 504 gateway_timeout, or 404 for a base
// currency the service does not know. Never a 500: the upstream failing is not our bug.
import { z } from 'zod';
import { badGateway, gatewayTimeout, HttpError, unknownCurrency } from './errors.js';

/** What GET {ratesUrl}/rates?base=USD answers: 1 unit of `base` is worth `rates[code]` of `code`. */
export interface RatesTable {
  base: string;
  /** The day the rates are from, YYYY-MM-DD. */
  date: string;
  rates: Record<string, number>;
}

export interface RatesClientOptions {
  ratesUrl: string;
  timeoutMs: number;
  fetch: typeof globalThis.fetch;
}

/**
 * Never trust an upstream's body: a rate of 0, -1, "0.92" or 1e400 (Infinity once parsed) would
 * become a wrong price. z.number() refuses Infinity and NaN; positive() refuses 0 and less.
 */
const ratesResponse = z.object({
  base: z.string(),
  date: z.iso.date(),
  rates: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
});

/** Checks the JSON body of a rates response, asked for `base`, or throws a 502. */
export function parseRatesResponse(body: unknown, base: string): RatesTable {
  const parsed = ratesResponse.safeParse(body);
  if (!parsed.success) throw badGateway('its answer does not have the expected shape');
  // Rates for another base would convert with the wrong numbers: as bad as no answer at all.
  if (parsed.data.base !== base) throw badGateway(`it answered rates for ${parsed.data.base} instead of ${base}`);
  return parsed.data;
}

/** `{ratesUrl}/rates?base=USD`, with or without a trailing slash on ratesUrl. */
export function ratesEndpoint(ratesUrl: string, base: string): string {
  return `${ratesUrl.replace(/\/+$/, '')}/rates?${new URLSearchParams({ base })}`;
}

/** Asks the rates service for the rates of one base currency (already checked and upper case). */
export async function fetchRates(base: string, options: RatesClientOptions): Promise<RatesTable> {
  // One signal for the whole exchange: connecting, the headers AND the body. A service that
  // sends its headers and then stalls is as slow as one that never answers.
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await options.fetch(ratesEndpoint(options.ratesUrl, base), { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      // Read and drop the body, so the connection can be reused.
      await response.body?.cancel();
      if (response.status === 404) throw unknownCurrency(base);
      throw badGateway(`it answered ${response.status}`);
    }
    // response.json() rejects with a SyntaxError for a body that is not JSON.
    return parseRatesResponse(await response.json(), base);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    // fetch rejects when the signal fires; the signal says why, whatever the error looks like.
    if (signal.aborted) throw gatewayTimeout(options.timeoutMs);
    // A refused or dropped connection (fetch's TypeError "fetch failed"), a broken body...
    throw badGateway(error instanceof SyntaxError ? 'its answer is not JSON' : 'it could not be reached');
  }
}
