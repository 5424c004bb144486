// The queries of habits and check-ins (SPEC.md, Tasks 1 and 2). A suggested structure: change it
// as you like.
import type { Db } from '../db/client.js';
import type { HabitRow } from '../db/schema.js';
import type { LocalDate } from '../dates.js';

function notYet(what: string): never {
  throw new Error(`Not implemented: ${what}`);
}

export function listHabits(db: Db): HabitRow[] {
  void db;
  return notYet('listHabits (Task 1)');
}

export function findHabit(db: Db, id: number): HabitRow | undefined {
  void [db, id];
  return notYet('findHabit (Task 1)');
}

export function insertHabit(db: Db, name: string, now: Date): HabitRow {
  void [db, name, now];
  return notYet('insertHabit (Task 1)');
}

export function deleteHabit(db: Db, id: number): boolean {
  void [db, id];
  return notYet('deleteHabit (Task 1)');
}

export function checkinDatesByHabit(db: Db): Map<number, LocalDate[]> {
  void db;
  return notYet('checkinDatesByHabit (Task 2)');
}

export function checkinDates(db: Db, habitId: number): LocalDate[] {
  void [db, habitId];
  return notYet('checkinDates (Task 2)');
}

/** Dates in [from, to), ascending. */
export function checkinDatesBetween(db: Db, habitId: number, from: LocalDate, to: LocalDate): LocalDate[] {
  void [db, habitId, from, to];
  return notYet('checkinDatesBetween (Task 2)');
}

/** TODO (Task 2): answers whether the check-in is new; a second one for the same date is never stored. */
export function addCheckin(db: Db, habitId: number, date: LocalDate, now: Date): boolean {
  void [db, habitId, date, now];
  return notYet('addCheckin (Task 2)');
}

export function removeCheckin(db: Db, habitId: number, date: LocalDate): void {
  void [db, habitId, date];
  notYet('removeCheckin (Task 2)');
}
