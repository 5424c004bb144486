// The queries of habits and check-ins.
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { checkins, habits, type HabitRow } from '../db/schema.js';
import type { LocalDate } from '../dates.js';

export function listHabits(db: Db): HabitRow[] {
  return db.select().from(habits).orderBy(asc(habits.id)).all();
}

export function findHabit(db: Db, id: number): HabitRow | undefined {
  return db.select().from(habits).where(eq(habits.id, id)).get();
}

export function insertHabit(db: Db, name: string, now: Date): HabitRow {
  return db.insert(habits).values({ name, createdAt: now }).returning().get();
}

/** Its check-ins go with it (ON DELETE CASCADE). */
export function deleteHabit(db: Db, id: number): boolean {
  return db.delete(habits).where(eq(habits.id, id)).run().changes > 0;
}

/** Every check-in date of every habit, ascending per habit: one query for the whole list. */
export function checkinDatesByHabit(db: Db): Map<number, LocalDate[]> {
  const rows = db.select({ habitId: checkins.habitId, date: checkins.date }).from(checkins).orderBy(asc(checkins.habitId), asc(checkins.date)).all();
  const byHabit = new Map<number, LocalDate[]>();
  for (const row of rows) {
    const list = byHabit.get(row.habitId) ?? [];
    list.push(row.date);
    byHabit.set(row.habitId, list);
  }
  return byHabit;
}

/** One habit's check-in dates, ascending. Text dates YYYY-MM-DD sort as dates. */
export function checkinDates(db: Db, habitId: number): LocalDate[] {
  return db
    .select({ date: checkins.date })
    .from(checkins)
    .where(eq(checkins.habitId, habitId))
    .orderBy(asc(checkins.date))
    .all()
    .map((row) => row.date);
}

/** One habit's check-in dates in [from, to), ascending. */
export function checkinDatesBetween(db: Db, habitId: number, from: LocalDate, to: LocalDate): LocalDate[] {
  return db
    .select({ date: checkins.date })
    .from(checkins)
    .where(and(eq(checkins.habitId, habitId), gte(checkins.date, from), lt(checkins.date, to)))
    .orderBy(asc(checkins.date))
    .all()
    .map((row) => row.date);
}

/**
 * Records a check-in unless there is one: answers whether it is new. ON CONFLICT DO NOTHING on
 * the unique index makes the PUT idempotent in one statement, with no read-then-write race.
 */
export function addCheckin(db: Db, habitId: number, date: LocalDate, now: Date): boolean {
  return db.insert(checkins).values({ habitId, date, checkedAt: now }).onConflictDoNothing().run().changes > 0;
}

export function removeCheckin(db: Db, habitId: number, date: LocalDate): void {
  db.delete(checkins)
    .where(and(eq(checkins.habitId, habitId), eq(checkins.date, date)))
    .run();
}
