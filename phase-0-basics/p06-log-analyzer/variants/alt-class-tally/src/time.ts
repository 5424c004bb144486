// Times as servers and people write them, read as UTC instants.
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The instant of a written UTC clock reading, or null when Date.UTC had to roll a field over. */
function exactUtc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | null {
  if (mo < 0 || mo > 11 || h > 23 || mi > 59 || s > 59) return null;
  const t = new Date(Date.UTC(y, mo, d, h, mi, s, ms));
  // Date.UTC treats years 0-99 as 1900-1999: set the full year again.
  t.setUTCFullYear(y);
  const same = t.getUTCFullYear() === y && t.getUTCMonth() === mo && t.getUTCDate() === d;
  return same ? t.getTime() : null;
}

function offsetMs(sign: string, hh: string, mm: string): number | null {
  const h = Number(hh);
  const m = Number(mm);
  if (h > 23 || m > 59) return null;
  return (sign === '-' ? -1 : 1) * (h * 60 + m) * 60_000;
}

export function parseLogTime(text: string): Date | null {
  const m = /^(\d\d)\/(\w{3})\/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)$/.exec(text);
  if (!m) return null;
  const month = MONTH_NAMES.indexOf(m[2]!);
  if (month < 0) return null;
  const base = exactUtc(+m[3]!, month, +m[1]!, +m[4]!, +m[5]!, +m[6]!, 0);
  const off = offsetMs(m[7]!, m[8]!, m[9]!);
  return base === null || off === null ? null : new Date(base - off);
}

export function parseIsoTime(text: string): Date | null {
  const [date, time, ...rest] = text.split('T');
  if (rest.length > 0 || date === undefined) return null;
  const d = /^(\d{4})-(\d\d)-(\d\d)$/.exec(date);
  if (!d) return null;
  let h = 0, mi = 0, s = 0, ms = 0, off = 0;
  if (time !== undefined) {
    const t = /^(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3}))?)?(Z|([+-])(\d\d):(\d\d))?$/.exec(time);
    if (!t) return null;
    h = +t[1]!;
    mi = +t[2]!;
    s = t[3] === undefined ? 0 : +t[3];
    ms = t[4] === undefined ? 0 : +t[4].padEnd(3, '0');
    if (t[6] !== undefined) {
      const o = offsetMs(t[6], t[7]!, t[8]!);
      if (o === null) return null;
      off = o;
    }
  }
  const base = exactUtc(+d[1]!, +d[2]! - 1, +d[3]!, h, mi, s, ms);
  return base === null ? null : new Date(base - off);
}
