// The search box's little language, turned into an FTS5 MATCH expression that can only mean
// what the SPEC says. FTS5 has a query syntax of its own (https://sqlite.org/fts5.html#full_text_query_syntax):
// AND, OR, NOT, NEAR(...), column filters (title:x), ^, +, parentheses. Passed raw, a user's
// `"` or `NEAR(` is a syntax error (a 500), and `a OR b` or `-x` means something they did not
// ask for. So every term is written as an FTS5 *string* ("..."), inside which nothing is an
// operator; only the two things the SPEC allows are kept: "quoted phrases" and a trailing *.

/** A letter or a digit: what the unicode61 tokenizer keeps (everything else separates words). */
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** An FTS5 string. A `"` inside would be written `""`, but none gets here: quotes split q. */
function ftsString(text: string): string {
  return `"${text}"`;
}

/** One plain word of the query: literal text, or a prefix when it ends in `*`. */
function wordTerm(word: string): string | undefined {
  const stem = word.replace(/\*+$/, '');
  if (!SEARCHABLE.test(stem)) return undefined; // "-", "*", "(": nothing to look for
  // "app"* in FTS5 matches every word that starts with app.
  return stem.length < word.length ? `${ftsString(stem)}*` : ftsString(stem);
}

/** The text between a pair of quotes: its words, in this order, next to each other. */
function phraseTerm(text: string): string | undefined {
  return SEARCHABLE.test(text) ? ftsString(text) : undefined;
}

/**
 * The MATCH expression for what the user typed: every term ANDed (FTS5's implicit AND between
 * terms separated by spaces). Returns `{ error }` when the quotes do not pair up, and
 * `{ match: '' }` when nothing searchable is left.
 */
export function toFtsQuery(q: string): { match?: string; error?: string } {
  // Split on the quotes: the odd-numbered parts are inside a pair of quotes.
  const parts = q.split('"');
  if (parts.length % 2 === 0) return { error: 'has a " without its closing "' };
  const terms: string[] = [];
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      const term = phraseTerm(part);
      if (term) terms.push(term);
      return;
    }
    for (const word of part.split(/\s/)) {
      const term = wordTerm(word);
      if (term) terms.push(term);
    }
  });
  return { match: terms.join(' ') };
}
