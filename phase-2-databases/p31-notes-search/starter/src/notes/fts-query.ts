// The search box's little language, turned into an FTS5 MATCH expression that can only mean
// what the SPEC says (SPEC.md, Task 3 "The query language, part 1" and Task 5 "part 2").
// FTS5 has a query syntax of its own (https://sqlite.org/fts5.html#full_text_query_syntax):
// never hand it what the user typed as it is.

/**
 * TODO (Task 3): split q into words, make each one an FTS5 string (between double quotes, any
 * " inside doubled), drop words without a letter or a digit, and join the rest with spaces.
 * TODO (Task 5): "phrases" between pairs of quotes, a word ending in * as a prefix, and
 * `{ error }` when the quotes do not pair up.
 * Returns `{ match }` (empty when nothing searchable is left) or `{ error }`.
 */
export function toFtsQuery(q: string): { match?: string; error?: string } {
  void q;
  throw new Error('Not implemented: toFtsQuery (Task 3)');
}
