import { CalcError } from './errors.js';

export type Operator = '+' | '-' | '*' | '/' | '%' | '^';

export type Token =
  | { kind: 'number'; text: string; value: number; column: number }
  | { kind: 'operator'; text: Operator; column: number }
  | { kind: 'paren'; text: '(' | ')'; column: number };

const OPERATORS: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%', '^']);

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** Index just past the run of digits starting at `from` (== from when there is none). */
function skipDigits(source: string, from: number): number {
  let at = from;
  while (isDigit(source[at])) at += 1;
  return at;
}

/** Index just past the longest number starting at `start` (a digit): digits [. digits] [e [sign] digits]. */
function scanNumber(source: string, start: number): number {
  let end = skipDigits(source, start);
  if (source[end] === '.' && isDigit(source[end + 1])) end = skipDigits(source, end + 1);
  if (source[end] === 'e' || source[end] === 'E') {
    const afterSign = source[end + 1] === '+' || source[end + 1] === '-' ? end + 2 : end + 1;
    if (isDigit(source[afterSign])) end = skipDigits(source, afterSign);
  }
  return end;
}

export function tokenize(source: string): Token[] {
  const out: Token[] = [];
  for (let at = 0; at < source.length; ) {
    const char = source[at] as string;
    const column = at + 1;
    if (/\s/.test(char)) {
      at += 1;
      continue;
    }
    if (OPERATORS.has(char)) {
      out.push({ kind: 'operator', text: char as Operator, column });
      at += 1;
      continue;
    }
    if (char === '(' || char === ')') {
      out.push({ kind: 'paren', text: char, column });
      at += 1;
      continue;
    }
    if (!isDigit(char)) throw new CalcError(`unknown character "${char}"`, column);
    const end = scanNumber(source, at);
    const text = source.slice(at, end);
    const value = Number(text);
    if (!Number.isFinite(value)) throw new CalcError('number too large', column);
    out.push({ kind: 'number', text, value, column });
    at = end;
  }
  return out;
}
