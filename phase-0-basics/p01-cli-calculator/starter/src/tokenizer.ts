import { CalcError } from './errors.js';

/** The binary operators. `-` is also unary minus: the parser decides which one it is. */
export type Operator = '+' | '-' | '*' | '/' | '%' | '^';

/**
 * One meaningful piece of the expression. This is a union type ("this shape OR that shape"):
 * `kind` says which of the three shapes a token has, and after `if (token.kind === 'number')`
 * TypeScript knows the token has a `value`.
 * https://www.typescriptlang.org/docs/handbook/2/narrowing.html#discriminated-unions
 *
 * `text` is exactly what the source said ("2e3", "+", "("); `column` is where it starts (1-based).
 * These types are part of the contract (SPEC.md, Interface): keep them as they are.
 */
export type Token =
  | { kind: 'number'; text: string; value: number; column: number }
  | { kind: 'operator'; text: Operator; column: number }
  | { kind: 'paren'; text: '(' | ')'; column: number };

/**
 * Digits, then optionally "." and digits, then optionally an exponent: "12", "3.5", "2e3", "1.5E-2".
 * `^` anchors it at the start of the string, so use it on the rest of the input:
 * `NUMBER.exec(source.slice(index))` returns null, or a match whose `[0]` is the number's text.
 * https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/RegExp/exec
 */
const NUMBER = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;

/**
 * Splits an expression into tokens: tokenize("12 + 3") gives a number "12" at column 1, an
 * operator "+" at column 4 and a number "3" at column 6.
 */
export function tokenize(source: string): Token[] {
  // TODO (Task 1, SPEC.md "Task 1: Tokenize the input"):
  // - Start with an empty array `const tokens: Token[] = []` and an index `let index = 0`.
  // - While index < source.length, look at `const char = source.charAt(index)`; its column is
  //   index + 1 (columns start at 1, string indexes at 0).
  // - Whitespace (`/\s/.test(char)`): skip it. It never becomes a token.
  // - One of + - * / % ^: push { kind: 'operator', text: char, column }. A "-" is always an
  //   operator token, even in "-3": the parser decides later whether it subtracts or negates.
  //   (TypeScript only accepts `text: char` once it knows char is an Operator: compare it with
  //   each operator, or write a helper `function isOperator(char: string): char is Operator`.)
  // - "(" or ")": push { kind: 'paren', text: char, column }.
  // - Otherwise try NUMBER on the rest of the input. A match gives the text; Number(text) gives
  //   the value. When the value is Infinity ("1e400"), throw new CalcError('number too large', column).
  //   Move index past the whole match, not just one character.
  // - Nothing matched: throw new CalcError(`unknown character "${char}"`, column).
  // - Return the tokens. Empty or blank input gives [] (Task 4 turns that into an error later).
  throw new Error('Not implemented: tokenize');
}

