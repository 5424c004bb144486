// The page's state in one reducer, and its own fetch wrapper.
import { useEffect, useReducer } from 'react';

export interface HabitView {
  id: number;
  name: string;
  currentStreak: number;
  longestStreak: number;
}

interface State {
  loaded: boolean;
  habits: HabitView[];
  today: string;
  chosen: number | null;
  month: string;
  /** Checked days of the shown habit and month, keyed "habitId/date". */
  marks: Record<string, boolean>;
  busy: string[];
  problem: string;
}

type Action =
  | { type: 'loaded'; habits: HabitView[]; today: string }
  | { type: 'failed'; problem: string }
  | { type: 'choose'; id: number }
  | { type: 'month'; month: string }
  | { type: 'marks'; id: number; dates: string[] }
  | { type: 'mark'; id: number; date: string; on: boolean; busy: boolean }
  | { type: 'done'; date: string; habit?: HabitView }
  | { type: 'added'; habit: HabitView };

function reduce(s: State, a: Action): State {
  switch (a.type) {
    case 'loaded':
      return { ...s, loaded: true, habits: a.habits, today: a.today, month: a.today.slice(0, 7), chosen: a.habits[0]?.id ?? null };
    case 'failed':
      return { ...s, loaded: true, problem: a.problem };
    case 'choose':
      return { ...s, chosen: a.id };
    case 'month':
      return { ...s, month: a.month };
    case 'marks': {
      const marks = { ...s.marks };
      for (const d of a.dates) marks[`${a.id}/${d}`] = true;
      return { ...s, marks };
    }
    case 'mark':
      return { ...s, problem: a.busy ? '' : s.problem, marks: { ...s.marks, [`${a.id}/${a.date}`]: a.on }, busy: a.busy ? [...s.busy, a.date] : s.busy };
    case 'done':
      return { ...s, busy: s.busy.filter((d) => d !== a.date), habits: a.habit ? s.habits.map((h) => (h.id === a.habit!.id ? a.habit! : h)) : s.habits };
    case 'added':
      return { ...s, habits: [...s.habits, a.habit], chosen: a.habit.id, problem: '' };
  }
}

async function call<T>(method: string, url: string, body?: object): Promise<T> {
  const res = await fetch(url, body ? { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : { method }).catch(() => {
    throw new Error('You seem to be offline.');
  });
  const json = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new Error(json?.error?.message ?? `Error ${res.status}`);
  return json as T;
}

export function useHabits() {
  const [state, dispatch] = useReducer(reduce, { loaded: false, habits: [], today: '', chosen: null, month: '', marks: {}, busy: [], problem: '' });
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  useEffect(() => {
    let live = true;
    call<{ today: string; items: HabitView[] }>('GET', `/api/habits?tz=${encodeURIComponent(zone)}`)
      .then((r) => live && dispatch({ type: 'loaded', habits: r.items, today: r.today }))
      .catch((e: Error) => live && dispatch({ type: 'failed', problem: e.message }));
    return () => {
      live = false;
    };
  }, [zone]);

  useEffect(() => {
    if (state.chosen === null || !state.month) return;
    const id = state.chosen;
    let live = true;
    call<{ dates: string[] }>('GET', `/api/habits/${id}/checkins?month=${state.month}`)
      .then((r) => live && dispatch({ type: 'marks', id, dates: r.dates }))
      .catch((e: Error) => live && dispatch({ type: 'failed', problem: e.message }));
    return () => {
      live = false;
    };
  }, [state.chosen, state.month]);

  const isMarked = (date: string) => state.chosen !== null && state.marks[`${state.chosen}/${date}`] === true;

  return {
    state,
    isMarked,
    choose: (id: number) => dispatch({ type: 'choose', id }),
    goTo: (month: string) => dispatch({ type: 'month', month }),
    complain: (problem: string) => dispatch({ type: 'failed', problem }),
    async flip(date: string) {
      if (state.chosen === null || state.busy.includes(date)) return;
      const id = state.chosen;
      const was = isMarked(date);
      dispatch({ type: 'mark', id, date, on: !was, busy: true });
      try {
        const habit = await call<HabitView>(was ? 'DELETE' : 'PUT', `/api/habits/${id}/checkins/${date}?tz=${encodeURIComponent(zone)}`);
        dispatch({ type: 'done', date, habit });
      } catch (e) {
        dispatch({ type: 'mark', id, date, on: was, busy: false });
        dispatch({ type: 'done', date });
        dispatch({ type: 'failed', problem: (e as Error).message });
      }
    },
    async add(name: string): Promise<boolean> {
      try {
        dispatch({ type: 'added', habit: await call<HabitView>('POST', '/api/habits', { name }) });
        return true;
      } catch (e) {
        dispatch({ type: 'failed', problem: (e as Error).message });
        return false;
      }
    },
  };
}
