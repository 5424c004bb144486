// The habits API as the page uses it: relative URLs (/api/...), JSON both ways, and errors turned
// into messages a person can read (SPEC.md, Tasks 4 and 5).

export interface Habit {
  id: number;
  name: string;
  createdAt: string;
  currentStreak: number;
  longestStreak: number;
  totalCheckins: number;
}

export interface HabitList {
  tz: string;
  today: string;
  items: Habit[];
}

/** A failed request, with the message the page shows. */
export class ApiError extends Error {}

/** TODO (Task 4): the browser's own IANA zone, which every request that needs one names. */
export function browserTimeZone(): string {
  return 'UTC';
}

function notYet(what: string): never {
  throw new ApiError(`Not implemented: ${what}`);
}

// TODO (Tasks 4 and 5): one function per request the page makes.
export const api = {
  habits: (tz: string): Promise<HabitList> => notYet(`api.habits(${tz})`),
  addHabit: (name: string): Promise<Habit> => notYet(`api.addHabit(${name})`),
  month: (id: number, month: string): Promise<string[]> => notYet(`api.month(${id}, ${month})`),
  check: (id: number, date: string, tz: string): Promise<Habit> => notYet(`api.check(${id}, ${date}, ${tz})`),
  uncheck: (id: number, date: string, tz: string): Promise<Habit> => notYet(`api.uncheck(${id}, ${date}, ${tz})`),
};
