// One month as a table: a row per week (Monday first), a button per day. Each button is named by
// its full date ("March 3, 2026"), because a screen reader user tabbing through the grid hears
// the name, not the "3" it shows; aria-pressed says whether the day is checked.

/** Date strings are calendar days, not instants: format them as UTC so no zone shifts them. */
const monthTitle = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayName = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function utc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day || 1));
}

export function monthLabel(month: string): string {
  return monthTitle.format(utc(`${month}-01`));
}

/** '2026-03' and 1 give '2026-04'; -1 gives '2026-02'. */
export function shiftMonth(month: string, by: number): string {
  const date = utc(`${month}-01`);
  date.setUTCMonth(date.getUTCMonth() + by);
  return date.toISOString().slice(0, 7);
}

/** The month's dates, in weeks of seven cells, null for the cells outside the month. */
function weeks(month: string): Array<Array<string | null>> {
  const first = utc(`${month}-01`);
  const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const cells: Array<string | null> = Array<null>((first.getUTCDay() + 6) % 7).fill(null);
  for (let day = 1; day <= days; day += 1) cells.push(`${month}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const rows: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(cells.slice(i, i + 7));
  return rows;
}

interface Props {
  month: string;
  today: string;
  checked: ReadonlySet<string>;
  pending: ReadonlySet<string>;
  onToggle: (date: string) => void;
}

export function Calendar({ month, today, checked, pending, onToggle }: Props) {
  return (
    <table className="calendar">
      <caption>{monthLabel(month)}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((day) => (
            <th key={day} scope="col">
              <abbr title={day}>{day.slice(0, 3)}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks(month).map((week) => (
          <tr key={week.find(Boolean)}>
            {week.map((date, i) => (
              <td key={date ?? `empty-${i}`}>
                {date && (
                  <button
                    type="button"
                    aria-label={dayName.format(utc(date))}
                    aria-pressed={checked.has(date)}
                    aria-current={date === today ? 'date' : undefined}
                    // A future day cannot be checked yet. A day whose request is on its way stays
                    // focusable (aria-disabled, not disabled) so a keyboard user keeps their place.
                    disabled={date > today}
                    aria-disabled={pending.has(date) || undefined}
                    onClick={() => onToggle(date)}
                  >
                    {Number(date.slice(8))}
                  </button>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
