// The range lives in the address (?from=2026-03-01&to=2026-03-07&tz=Europe/Paris): a reload, a
// bookmark or a shared link shows the same figures, and Back returns to the range before.
import type { Range } from './api.js';

/** The zones the form offers; a zone named in the address is offered too. */
export const ZONES = ['UTC', 'Europe/London', 'Europe/Paris', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Sydney', 'Pacific/Auckland'];

/** The range in the current address, or null when it names none. */
export function rangeFromAddress(): Range | null {
  const params = new URLSearchParams(window.location.search);
  const from = params.get('from');
  const to = params.get('to');
  if (!from || !to) return null;
  return { from, to, tz: params.get('tz') || 'UTC' };
}

/** Puts the range in the address as a new history entry, unless it is already there. */
export function pushRange(range: Range): void {
  const search = `?${new URLSearchParams({ from: range.from, to: range.to, tz: range.tz }).toString()}`;
  if (window.location.search !== search) window.history.pushState(null, '', `${window.location.pathname}${search}`);
}
