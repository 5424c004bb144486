// Turns untrusted input (the body, the path, the query) into typed values, or throws the 400 or
// 404 the client should see. Every problem of one request is reported at once.
import { z } from 'zod';
import { FIRST_DATE, FIRST_MONTH, LAST_DATE, LAST_MONTH, isLocalDate, isMonth, isTimeZone, type LocalDate } from '../dates.js';
import { HttpError, type FieldProblem } from '../errors.js';

export const MAX_NAME_LENGTH = 60;

const newHabit = z.strictObject({
  // Trimmed before it is checked and stored: "  Read " is "Read".
  name: z
    .string()
    .transform((v) => v.trim())
    .pipe(z.string().min(1, 'must not be blank').max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`)),
});

/** The message the page shows: every problem, in plain words ("The name must not be blank."). */
function invalid(details: FieldProblem[]): HttpError {
  return new HttpError(400, 'validation_failed', details.map((d) => `The ${d.field} ${d.message}.`).join(' '), details);
}

export function parseNewHabit(body: unknown): { name: string } {
  const result = newHabit.safeParse(body);
  if (result.success) return result.data;
  throw invalid(
    result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ field: key, message: 'is not a known field' })) : [{ field: String(issue.path[0] ?? 'body'), message: issue.message }],
    ),
  );
}

export function parseHabitId(raw: string): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw habitNotFound(raw);
  return Number(raw);
}

export function habitNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no habit ${id}.`);
}

/**
 * Collects the problems of one request, then throws them together. A query parameter sent
 * twice arrives as an array (?tz=UTC&tz=UTC): it is not a string, so it is a problem too.
 */
export class Problems {
  readonly #list: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.#list.push({ field, message });
  }

  /** The time zone of `?tz=`, or undefined (and a problem) when it is missing or unknown. */
  timeZone(value: unknown): string | undefined {
    // Intl refuses '' and unknown names alike.
    if (typeof value === 'string' && isTimeZone(value)) return value;
    this.add('tz', 'must be an IANA time zone name that Intl knows, such as Europe/Paris (?tz=)');
    return undefined;
  }

  /** A real date YYYY-MM-DD from 2000-01-01 to 2099-12-31. */
  date(value: string): LocalDate | undefined {
    if (isLocalDate(value) && value >= FIRST_DATE && value <= LAST_DATE) return value;
    this.add('date', `must be a real date YYYY-MM-DD from ${FIRST_DATE} to ${LAST_DATE}`);
    return undefined;
  }

  /** A month YYYY-MM from 2000-01 to 2099-12. */
  month(value: unknown): string | undefined {
    if (typeof value === 'string' && isMonth(value) && value >= FIRST_MONTH && value <= LAST_MONTH) return value;
    this.add('month', `must be a month YYYY-MM from ${FIRST_MONTH} to ${LAST_MONTH} (?month=)`);
    return undefined;
  }

  throwIfAny(): void {
    if (this.#list.length > 0) throw invalid(this.#list);
  }
}
