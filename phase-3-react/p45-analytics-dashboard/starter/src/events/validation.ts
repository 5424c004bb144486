// The input rules of an event (SPEC.md, Task 1). A suggested structure: change it as you like.

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

/**
 * TODO (Task 1): reads an ISO 8601 date-time with an offset as epoch milliseconds, or undefined
 * when it breaks a rule of SPEC.md (p37 wrote the same one).
 */
export function parseInstant(text: string): number | undefined {
  void text;
  throw new Error('Not implemented: parseInstant (Task 1)');
}

/**
 * TODO (Task 1): one event, or a batch ({ events: [...] }), checked whole with the given
 * validate() of ../validation.ts: a 400 validation_failed naming every problem.
 */
export function parseEvents(body: unknown): { batch: boolean; events: EventInput[] } {
  void body;
  throw new Error('Not implemented: parseEvents (Task 1)');
}
