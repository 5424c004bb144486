// The input rules of a sale: who bought, how much (whole cents) and when (an instant).

export const MAX_AMOUNT_CENTS = 100_000_000;
export const MAX_BATCH = 500;

/** A sale as the client sends it, once checked; soldAt is filled with now() when omitted. */
export interface SaleInput {
  customer: string;
  amountCents: number;
  /** Milliseconds since 1970-01-01T00:00:00Z, or undefined for "now". */
  soldAt: number | undefined;
}

/**
 * TODO (Task 1): read an ISO 8601 date-time with seconds and an offset as epoch milliseconds, or
 * return undefined when it is not one (SPEC.md, Task 1, "soldAt": which forms, which dates and
 * which years are valid). Careful: Date.parse alone accepts 2026-02-30 and 24:00.
 */
export function parseInstant(text: string): number | undefined {
  void text;
  throw new Error('Not implemented: parseInstant (Task 1)');
}

/** TODO (Task 1): the body of POST /sales, checked as SPEC.md Task 1 says (use validate() from ../validation.js). */
export function parseSale(body: unknown): SaleInput {
  void body;
  throw new Error('Not implemented: parseSale (Task 1)');
}

/** TODO (Task 1): the body of POST /sales/batch: 1 to MAX_BATCH sales, problems named sales.<index>.<field>. */
export function parseBatch(body: unknown): SaleInput[] {
  void body;
  throw new Error('Not implemented: parseBatch (Task 1)');
}
