// The input rules of the habits API (SPEC.md, Tasks 1 and 2): 400 validation_failed with one
// detail per problem, 404 for ids that are not positive whole numbers.
import type { FieldProblem, HttpError } from '../errors.js';
import type { LocalDate } from '../dates.js';

export const MAX_NAME_LENGTH = 60;

export function parseNewHabit(body: unknown): { name: string } {
  void body;
  throw new Error('Not implemented: parseNewHabit (Task 1)');
}

export function parseHabitId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseHabitId (Task 1)');
}

export function habitNotFound(id: string | number): HttpError {
  void id;
  throw new Error('Not implemented: habitNotFound (Task 1)');
}

/** TODO (Tasks 1 and 2): collects the problems of one request (tz, date, month), then throws them together. */
export class Problems {
  readonly #list: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.#list.push({ field, message });
  }

  timeZone(value: unknown): string | undefined {
    void value;
    throw new Error('Not implemented: Problems.timeZone (Task 1)');
  }

  date(value: string): LocalDate | undefined {
    void value;
    throw new Error('Not implemented: Problems.date (Task 2)');
  }

  month(value: unknown): string | undefined {
    void value;
    throw new Error('Not implemented: Problems.month (Task 2)');
  }

  throwIfAny(): void {
    throw new Error('Not implemented: Problems.throwIfAny (Task 1)');
  }
}
