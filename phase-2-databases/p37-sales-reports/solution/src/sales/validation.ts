// The input rules of a sale: who bought, how much (whole cents) and when (an instant).
import { z } from 'zod';
import { validate } from '../validation.js';

export const MAX_AMOUNT_CENTS = 100_000_000;
export const MAX_BATCH = 500;

/** A sale as the client sends it, once checked; soldAt is filled with now() when omitted. */
export interface SaleInput {
  customer: string;
  amountCents: number;
  /** Milliseconds since 1970-01-01T00:00:00Z, or undefined for "now". */
  soldAt: number | undefined;
}

/** 2000-01-01T00:00:00Z and 2100-01-01T00:00:00Z: the instants a sale may carry, [from, to). */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an ISO 8601 date-time with an offset as epoch milliseconds, or returns undefined.
 * Date.parse alone is too forgiving: it turns 2026-02-30 into March 2nd and accepts 24:00.
 */
export function parseInstant(text: string): number | undefined {
  const match = ISO_INSTANT.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour] = match.slice(1, 5).map(Number) as [number, number, number, number];
  // Date.parse refuses month 13, day 32 or minute 60 by itself, but not these two:
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate() || hour > 23) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms) || ms < EARLIEST || ms >= LATEST) return undefined;
  return ms;
}

const customer = z
  .string()
  .max(100)
  .refine((value) => value.trim() !== '', 'must not be empty or blank');

const amountCents = z.int('must be a whole number of cents').min(1).max(MAX_AMOUNT_CENTS);

const soldAt = z.string().transform((text, ctx) => {
  const ms = parseInstant(text);
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date-time with an offset (2026-01-31T11:30:00Z), from year 2000 to 2099' });
    return z.NEVER;
  }
  return ms;
});

const saleBody = z.strictObject({ customer, amountCents, soldAt: soldAt.optional() });

const batchBody = z.strictObject({
  sales: z.array(saleBody).min(1).max(MAX_BATCH),
});

export function parseSale(body: unknown): SaleInput {
  const { customer, amountCents, soldAt } = validate(saleBody, body);
  return { customer, amountCents, soldAt };
}

export function parseBatch(body: unknown): SaleInput[] {
  return validate(batchBody, body).sales.map(({ customer, amountCents, soldAt }) => ({ customer, amountCents, soldAt }));
}
