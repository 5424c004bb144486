// Events per day, twice: a bar chart for the eye, and a table with the same numbers for screen
// readers, keyboards and copy-paste. The chart is one image with a name; its numbers are the table's.
import { formatCents, type Daily } from './api.js';

const BAR_WIDTH = 12;
const GAP = 4;
const HEIGHT = 120;

export function DailyChart({ daily }: { daily: Daily }) {
  const max = Math.max(1, ...daily.days.map((d) => d.events));
  const width = daily.days.length * (BAR_WIDTH + GAP);
  return (
    <svg role="img" aria-label={`Events per day, ${daily.from} to ${daily.to} (${daily.tz}); the numbers are in the table below`} viewBox={`0 0 ${width} ${HEIGHT}`} className="chart">
      {daily.days.map((day, i) => {
        const height = Math.round((day.events / max) * (HEIGHT - 10));
        return <rect key={day.date} x={i * (BAR_WIDTH + GAP)} y={HEIGHT - height} width={BAR_WIDTH} height={height} />;
      })}
    </svg>
  );
}

export function DailyTable({ daily }: { daily: Daily }) {
  return (
    <table>
      <caption>Events per day</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Events</th>
          <th scope="col">Users</th>
          <th scope="col">Revenue</th>
        </tr>
      </thead>
      <tbody>
        {daily.days.map((day) => (
          <tr key={day.date}>
            <th scope="row">{day.date}</th>
            <td>{day.events.toLocaleString('en-US')}</td>
            <td>{day.users.toLocaleString('en-US')}</td>
            <td>{formatCents(day.revenueCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
