const MANTISSA = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const EXPONENT = /^[eE][+-]?\d+$/;

/** A number as the SPEC allows it, or undefined. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim();
  const e = s.search(/[eE]/);
  const mantissa = e === -1 ? s : s.slice(0, e);
  if (!MANTISSA.test(mantissa)) return undefined;
  if (e !== -1 && !EXPONENT.test(s.slice(e))) return undefined;
  const n = +s;
  return Number.isFinite(n) ? n : undefined;
}
