// A scanner for the search box: reads q one character at a time and emits FTS5 terms.
export type Parsed = { kind: 'ok'; expression: string } | { kind: 'empty' } | { kind: 'unbalanced' };

const hasWordChar = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
const quote = (text: string): string => '"' + text.split('"').join('""') + '"';

export function parseQuery(q: string): Parsed {
  const terms: string[] = [];
  let current = '';
  let inPhrase = false;

  const endWord = (): void => {
    let stem = current;
    let prefix = false;
    while (stem.endsWith('*')) {
      stem = stem.slice(0, -1);
      prefix = true;
    }
    if (hasWordChar(stem)) terms.push(quote(stem) + (prefix ? '*' : ''));
    current = '';
  };

  for (const ch of q) {
    if (inPhrase) {
      if (ch === '"') {
        if (hasWordChar(current)) terms.push(quote(current));
        current = '';
        inPhrase = false;
      } else {
        current += ch;
      }
    } else if (ch === '"') {
      endWord();
      inPhrase = true;
    } else if (/\s/u.test(ch)) {
      endWord();
    } else {
      current += ch;
    }
  }
  if (inPhrase) return { kind: 'unbalanced' };
  endWord();
  return terms.length === 0 ? { kind: 'empty' } : { kind: 'ok', expression: terms.join(' AND ') };
}
