// CSV as RFC 4180 describes it (https://www.rfc-editor.org/rfc/rfc4180): a header row, fields
// separated by commas, lines ended by CRLF, and a field quoted when it holds a comma, a quote or
// a line break (a quote inside is doubled).

/** TODO (Task 5): cents as units with exactly two decimals (SPEC.md Task 5): 1234 -> '12.34', 5 -> '0.05'. */
export function formatCents(cents: number): string {
  void cents;
  throw new Error('Not implemented: formatCents (Task 5)');
}

/** TODO (Task 5): the header and the rows as CSV text: fields quoted where RFC 4180 needs it, every line ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  void [header, rows];
  throw new Error('Not implemented: toCsv (Task 5)');
}
