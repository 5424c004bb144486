// Calendar days "YYYY-MM-DD" and months "YYYY-MM", always in UTC.

export function utcDay(moment: Date): string {
  const y = moment.getUTCFullYear();
  const m = moment.getUTCMonth() + 1;
  const d = moment.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function monthOfDay(day: string): string {
  return day.substring(0, 7);
}

export function isValidDay(text: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay;
}

export function isValidMonth(text: string): boolean {
  const parts = /^(\d{4})-(\d{2})$/.exec(text);
  return parts !== null && Number(parts[2]) >= 1 && Number(parts[2]) <= 12;
}
