// The habit tracker: pick a habit, see a month of it, press a day to check it in or out. A press
// shows at once (an optimistic update) and is put back when the server refuses. Streaks are the
// server's: it counts them in this browser's time zone, which every request names.
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, browserTimeZone, type Habit } from './api.js';
import { Calendar, monthLabel, shiftMonth } from './calendar.js';

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
}

/** The check-ins shown: of one habit and one month, so an answer for another never lands here. */
interface Shown {
  habitId: number;
  month: string;
  dates: Set<string>;
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

export function App() {
  const [tz] = useState(browserTimeZone);
  /** null until the first list arrives: the loading state. */
  const [habits, setHabits] = useState<Habit[] | null>(null);
  const [today, setToday] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    let current = true;
    api.habits(tz).then(
      (list) => {
        if (!current) return;
        setHabits(list.items);
        setToday(list.today);
        // The calendar opens on the month of today, as the server sees today in this zone.
        setMonth(list.today.slice(0, 7));
        setSelectedId(list.items[0]?.id ?? null);
      },
      (failure: unknown) => {
        if (!current) return;
        setHabits([]);
        setError(`Could not load your habits. ${messageOf(failure)}`);
      },
    );
    // StrictMode runs effects twice in development: only the last run may set state.
    return () => {
      current = false;
    };
  }, [tz]);

  useEffect(() => {
    if (selectedId === null || month === null) return;
    let current = true;
    api.month(selectedId, month).then(
      (dates) => current && setShown({ habitId: selectedId, month, dates: new Set(dates) }),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [selectedId, month]);

  const selected = habits?.find((h) => h.id === selectedId);
  const checked = shown && shown.habitId === selectedId && shown.month === month ? shown.dates : new Set<string>();

  /** Sets one day of the shown month, if that habit is still the one shown. */
  const mark = (habitId: number, date: string, on: boolean) =>
    setShown((s) => {
      if (!s || s.habitId !== habitId) return s;
      const dates = new Set(s.dates);
      if (on) dates.add(date);
      else dates.delete(date);
      return { ...s, dates };
    });

  const toggle = async (date: string) => {
    // One request per day at a time: a second press before the answer would race the first.
    if (selectedId === null || pending.has(date)) return;
    const habitId = selectedId;
    const wasChecked = checked.has(date);
    setError(null);
    mark(habitId, date, !wasChecked);
    setPending((p) => new Set(p).add(date));
    try {
      const habit = await (wasChecked ? api.uncheck(habitId, date, tz) : api.check(habitId, date, tz));
      // The streaks are derived on the server: take them from its answer.
      setHabits((list) => (list ?? []).map((h) => (h.id === habit.id ? habit : h)));
    } catch (failure) {
      mark(habitId, date, wasChecked);
      setError(messageOf(failure));
    } finally {
      setPending((p) => {
        const next = new Set(p);
        next.delete(date);
        return next;
      });
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Give the habit a name first.');
      return;
    }
    setError(null);
    setAdding(true);
    try {
      const habit = await api.addHabit(name);
      setHabits((list) => [...(list ?? []), habit]);
      setSelectedId(habit.id);
      setName('');
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setAdding(false);
    }
  };

  const status = habits === null ? 'Loading habits…' : habits.length === 0 ? 'No habits yet: add your first one.' : `${habits.length} ${habits.length === 1 ? 'habit' : 'habits'}.`;

  return (
    <main>
      <h1>Habits</h1>
      <p role="status">{status}</p>
      {error && <p role="alert">{error}</p>}
      {habits && habits.length > 0 && (
        <label className="picker">
          Habit{' '}
          <select value={selectedId ?? ''} onChange={(e) => setSelectedId(Number(e.target.value))}>
            {habits.map((habit) => (
              // Names are text: React escapes them, so "<b>" shows as "<b>", never as markup.
              <option key={habit.id} value={habit.id}>
                {habit.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {selected && month && today && (
        <section aria-label={selected.name}>
          <h2>{selected.name}</h2>
          <p className="streaks">
            <label htmlFor="current-streak">Current streak</label> <output id="current-streak">{days(selected.currentStreak)}</output>
            {' · '}
            <label htmlFor="longest-streak">Longest streak</label> <output id="longest-streak">{days(selected.longestStreak)}</output>
          </p>
          <nav aria-label="Months">
            <button type="button" onClick={() => setMonth(shiftMonth(month, -1))}>
              Previous month
            </button>
            <span aria-hidden="true"> {monthLabel(month)} </span>
            <button type="button" disabled={month >= today.slice(0, 7)} onClick={() => setMonth(shiftMonth(month, 1))}>
              Next month
            </button>
          </nav>
          <Calendar month={month} today={today} checked={checked} pending={pending} onToggle={(date) => void toggle(date)} />
        </section>
      )}
      <form onSubmit={add}>
        <label htmlFor="new-habit">New habit</label>
        <input id="new-habit" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={adding}>
          Add habit
        </button>
      </form>
    </main>
  );
}
