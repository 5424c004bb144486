// A small client of its own: one call for both endpoints, an Error with the server's message.
export type Query = { from: string; to: string; tz: string };
export type Kpis = { totalEvents: number; uniqueUsers: number; revenueCents: number };
export type DayLine = { date: string; events: number; users: number; revenueCents: number };

async function get(url: string): Promise<unknown> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) throw new Error((data as { error?: { message?: string } } | null)?.error?.message ?? `Request failed (${res.status})`);
  return data;
}

export async function fetchAll(q: Query): Promise<{ kpis: Kpis; days: DayLine[] }> {
  const qs = `from=${encodeURIComponent(q.from)}&to=${encodeURIComponent(q.to)}&tz=${encodeURIComponent(q.tz)}`;
  // One after the other: no point asking for the days when the summary was refused.
  const kpis = await get(`/api/stats/summary?${qs}`);
  const daily = await get(`/api/stats/daily?${qs}`);
  return { kpis: kpis as Kpis, days: (daily as { days: DayLine[] }).days };
}
