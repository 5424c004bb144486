/**
 * Writes a result with at most `precision` decimal places: 6.21371192 → "6.2137" for 4.
 * toFixed rounds half away from zero and never uses an exponent below 1e21 (String(1e-7) is
 * "1e-7"); the zeros it pads with are then dropped, so 10000 prints as "10000", not "10000.0000".
 * https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Number/toFixed
 */
export function formatNumber(value: number, precision: number): string {
  const scale = 10 ** precision;
  const fixed = (Math.round(value * scale) / scale).toFixed(precision);
  // Only a fraction may lose zeros: "100" must stay "100", and from 1e21 on toFixed writes an
  // exponent ("1.2e+30") whose zeros are digits too.
  const hasFraction = fixed.includes('.') && !fixed.includes('e');
  const trimmed = hasFraction ? fixed.replace(/\.?0+$/, '') : fixed;
  // -0.00001 rounds to "-0": a sign on zero means nothing to a reader.
  return trimmed === '-0' ? '0' : trimmed;
}
