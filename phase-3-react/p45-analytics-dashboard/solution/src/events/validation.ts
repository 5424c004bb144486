// The input rules of an event: what happened (name), when (an instant), who (optional) and what
// it was worth (optional, whole cents). One event, or a batch of them.
import { z } from 'zod';
import { validate } from '../validation.js';

export const MAX_BATCH = 500;
export const MAX_VALUE_CENTS = 100_000_000;

/** An event as the client sent it, once checked; occurredAt is undefined for "now". */
export interface EventInput {
  name: string;
  /** Milliseconds since 1970-01-01T00:00:00Z, or undefined when the client left it out. */
  occurredAt: number | undefined;
  userId: string | null;
  valueCents: number | null;
}

/** 2000-01-01T00:00:00Z and 2100-01-01T00:00:00Z: the instants an event may carry, [from, to). */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an ISO 8601 date-time with an offset as epoch milliseconds, or returns undefined.
 * Date.parse alone is too forgiving: it turns 2026-02-30 into March 2nd and accepts 24:00, and
 * without an offset it would read the time in the server's own zone.
 */
export function parseInstant(text: string): number | undefined {
  const match = ISO_INSTANT.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour] = match.slice(1, 5).map(Number) as [number, number, number, number];
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate() || hour > 23) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms) || ms < EARLIEST || ms >= LATEST) return undefined;
  return ms;
}

const name = z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'must be 1 to 64 characters: a-z first, then a-z, 0-9, "_", "." or "-"');

const occurredAt = z.string().transform((text, ctx) => {
  const ms = parseInstant(text);
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date-time with an offset (2026-03-08T04:30:00Z), from year 2000 to 2099' });
    return z.NEVER;
  }
  return ms;
});

const userId = z
  .string()
  .max(100, 'must be at most 100 characters')
  .refine((value) => value.trim() !== '', 'must not be empty or blank')
  .nullable();

const valueCents = z.int('must be a whole number of cents').min(0).max(MAX_VALUE_CENTS).nullable();

const eventBody = z.strictObject({ name, occurredAt: occurredAt.optional(), userId: userId.optional(), valueCents: valueCents.optional() });

const batchBody = z.strictObject({ events: z.array(eventBody).min(1).max(MAX_BATCH) });

function toInput(event: z.output<typeof eventBody>): EventInput {
  return { name: event.name, occurredAt: event.occurredAt, userId: event.userId ?? null, valueCents: event.valueCents ?? null };
}

/**
 * One event ({ name, ... }) or a batch ({ events: [...] }): an object with an `events` field is
 * a batch, anything else is read as one event (and refused with the fields it got wrong).
 */
export function parseEvents(body: unknown): { batch: boolean; events: EventInput[] } {
  // express.json() hands over objects and arrays only; Object() also keeps hasOwn from throwing on
  // anything else. An array has no own `events`, so it is read (and refused) as one event.
  if (Object.hasOwn(Object(body), 'events')) {
    return { batch: true, events: validate(batchBody, body).events.map(toInput) };
  }
  return { batch: false, events: [toInput(validate(eventBody, body))] };
}
