import { CalcError } from './errors.js';

/** The binary operators. `-` is also unary minus: the parser decides which one it is. */
export type Operator = '+' | '-' | '*' | '/' | '%' | '^';

/**
 * One meaningful piece of the expression. This is a union type: `kind` says which of the three
 * shapes a token has, and after `if (token.kind === 'number')` TypeScript knows it has a `value`.
 * `text` is exactly what the source said; `column` is where it starts (1-based).
 */
export type Token =
  | { kind: 'number'; text: string; value: number; column: number }
  | { kind: 'operator'; text: Operator; column: number }
  | { kind: 'paren'; text: '(' | ')'; column: number };

/**
 * Digits, then optionally "." and digits, then optionally an exponent: "12", "3.5", "2e3", "1.5E-2".
 * Anchored with ^ and used on a slice of the source. Without the g or y flag a regex keeps no
 * state between calls, so sharing this constant is safe.
 */
const NUMBER = /^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/;

/** A type guard: when it returns true, TypeScript treats `char` as an `Operator`. */
function isOperator(char: string): char is Operator {
  return char.length === 1 && '+-*/%^'.includes(char);
}

function numberToken(text: string, column: number): Token {
  const value = Number(text);
  // "1e400" is a valid spelling, but no double can hold it: Number() gives Infinity.
  if (value === Infinity) throw new CalcError('number too large', column);
  return { kind: 'number', text, value, column };
}

/**
 * Splits an expression into tokens. Whitespace separates tokens and is otherwise ignored;
 * a `-` is always an operator token, never part of a number ("-3" is two tokens).
 * Throws CalcError for a character that cannot start any token.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source.charAt(index);
    const column = index + 1;
    if (/\s/.test(char)) {
      index += 1;
    } else if (isOperator(char)) {
      tokens.push({ kind: 'operator', text: char, column });
      index += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: 'paren', text: char, column });
      index += 1;
    } else {
      const match = NUMBER.exec(source.slice(index));
      if (match === null) throw new CalcError(`unknown character "${char}"`, column);
      tokens.push(numberToken(match[0], column));
      index += match[0].length;
    }
  }
  return tokens;
}
