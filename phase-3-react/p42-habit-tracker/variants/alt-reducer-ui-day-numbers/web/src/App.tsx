// One component, a reducer hook, and a calendar of ARIA grid roles on divs.
import { useState } from 'react';
import { useHabits } from './use-habits.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

function step(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + by;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** Weeks starting on Sunday, this time. */
function weeks(month: string): Array<Array<string | null>> {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const cells: Array<string | null> = [];
  for (let i = 0; i < lead; i++) cells.push(null);
  for (let d = 1; d <= length; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  const out: Array<Array<string | null>> = [];
  while (cells.length) out.push(cells.splice(0, 7));
  return out;
}

export function App() {
  const { state, isMarked, choose, goTo, complain, flip, add } = useHabits();
  const [draft, setDraft] = useState('');
  const chosen = state.habits.find((h) => h.id === state.chosen);

  const submit = async () => {
    if (!draft.trim()) return complain('A habit needs a name.');
    if (await add(draft.trim())) setDraft('');
  };

  return (
    <div className="app">
      <h1>Habits</h1>
      {state.problem ? <div role="alert">{state.problem}</div> : null}
      <div role="status" aria-live="polite">
        {!state.loaded ? 'Loading…' : state.habits.length === 0 ? 'No habits to show.' : ''}
      </div>
      {state.habits.length > 0 && (
        <select aria-label="Habit" value={state.chosen ?? undefined} onChange={(e) => choose(Number(e.target.value))}>
          {state.habits.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
            </option>
          ))}
        </select>
      )}
      {chosen && state.month && (
        <div>
          <div>
            <span id="cur">Current streak</span>: <strong aria-labelledby="cur">{chosen.currentStreak}</strong>
            {' / '}
            <span id="best">Longest streak</span>: <strong aria-labelledby="best">{chosen.longestStreak}</strong>
          </div>
          <button onClick={() => goTo(step(state.month, -1))}>Previous month</button>
          <button onClick={() => goTo(step(state.month, 1))} disabled={state.month === state.today.slice(0, 7)}>
            Next month
          </button>
          <div role="grid" aria-label={monthName(state.month)}>
            <div role="row">
              {['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d) => (
                <span role="columnheader" key={d}>
                  {d}
                </span>
              ))}
            </div>
            {weeks(state.month).map((week, i) => (
              <div role="row" key={i}>
                {week.map((date, j) => (
                  <span role="gridcell" key={j}>
                    {date ? (
                      <button
                        aria-label={`${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8))}, ${date.slice(0, 4)}`}
                        aria-pressed={isMarked(date) ? 'true' : 'false'}
                        aria-current={date === state.today ? 'date' : undefined}
                        disabled={date > state.today || state.busy.includes(date)}
                        onClick={() => void flip(date)}
                      >
                        {Number(date.slice(8))}
                      </button>
                    ) : null}
                  </span>
                ))}
              </div>
            ))}
          </div>
        </div>
      )}
      <div>
        <input
          aria-label="New habit"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void submit();
          }}
        />
        <button onClick={() => void submit()}>Add habit</button>
      </div>
    </div>
  );
}
