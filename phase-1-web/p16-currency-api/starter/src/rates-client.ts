// The only code that talks to the rates service. Whatever goes wrong there (an error status, a
// dropped connection, a body we cannot use, no answer in time) must leave this file as an
// HttpError that tells our client what happened: 502 bad_gateway, 504 gateway_timeout, or 404
// unknown_currency for a base the service does not know. Never a 500: the upstream failing is
// not our bug. errors.ts has badGateway(), gatewayTimeout() and unknownCurrency() ready.
// zod and the error helpers are for Tasks 3 and 4.
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

/** Checks the JSON body of a rates response, asked for `base`, or throws a 502. */
export function parseRatesResponse(body: unknown, _base: string): RatesTable {
  // TODO (Task 4): a zod schema for { base, date, rates } (see "The rates service" in the spec:
  // z.iso.date(), z.record(...), z.number().positive()), and the base must be the one asked for.
  // Until then the body is trusted as it is, which is exactly the bug Task 4 is about.
  return body as RatesTable;
}

/** `{ratesUrl}/rates?base=USD`, with or without a trailing slash on ratesUrl. */
export function ratesEndpoint(ratesUrl: string, base: string): string {
  return `${ratesUrl.replace(/\/+$/, '')}/rates?${new URLSearchParams({ base })}`;
}

/** Asks the rates service for the rates of one base currency (already checked and upper case). */
export async function fetchRates(base: string, options: RatesClientOptions): Promise<RatesTable> {
  // TODO (Task 1): options.fetch(ratesEndpoint(options.ratesUrl, base)), then parseRatesResponse
  // of its JSON body.
  // TODO (Task 3): an upstream 404 means the base is unknown: throw unknownCurrency(base).
  // TODO (Task 4): any other status that is not ok is a badGateway; so is a fetch that rejects,
  // and a body that is not JSON. Give fetch { signal: AbortSignal.timeout(options.timeoutMs) }:
  // when that signal has fired, throw gatewayTimeout(options.timeoutMs) instead.
  throw new Error(`Not implemented: fetchRates for ${base} (Tasks 1, 3 and 4)`);
}
