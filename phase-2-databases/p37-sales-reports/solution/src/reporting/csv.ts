// CSV as RFC 4180 describes it (https://www.rfc-editor.org/rfc/rfc4180): a header row, fields
// separated by commas, lines ended by CRLF, and a field quoted when it holds a comma, a quote or
// a line break (a quote inside is doubled).

/** Cents as a decimal amount with exactly two decimals: 1234 -> '12.34', 5 -> '0.05'. Never a float. */
export function formatCents(cents: number): string {
  // Reports only add up positive amounts, so cents is never negative here.
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header and the rows, each line ended by CRLF (the last one too). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
