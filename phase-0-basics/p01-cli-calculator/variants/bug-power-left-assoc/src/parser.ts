import { CalcError } from './errors.js';
import { tokenize, type Operator, type Token } from './tokenizer.js';

/**
 * The expression as a tree: `2 + 3 * 4` is a `+` node whose right side is a `*` node. The tree
 * shape is where precedence lives, so evaluating it needs no precedence rules at all.
 * Binary nodes keep their operator's column for the errors found while computing.
 */
export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'negate'; operand: Expr }
  | { kind: 'binary'; operator: Operator; left: Expr; right: Expr; column: number };

/**
 * A recursive descent parser: one method per grammar rule, lowest precedence first.
 *
 *   expression = term { ("+" | "-") term }
 *   term       = unary { ("*" | "/" | "%") unary }
 *   unary      = "-" unary | power
 *   power      = primary [ "^" unary ]
 *   primary    = number | "(" expression ")"
 *
 * The loops in expression and term build left-associative trees (10 - 4 - 3 is (10 - 4) - 3).
 * power calls unary for its right side, which comes back to power: that recursion makes ^
 * right-associative (2 ^ 3 ^ 2 is 2 ^ 9) and lets an exponent be negative (2 ^ -1).
 * unary sits above power, so -2 ^ 2 is -(2 ^ 2), as in mathematics.
 */
class Parser {
  private readonly tokens: Token[];
  /** Where "the end of the input" is reported: one column past the last character. */
  private readonly endColumn: number;
  private position = 0;

  constructor(tokens: Token[], endColumn: number) {
    this.tokens = tokens;
    this.endColumn = endColumn;
  }

  expression(): Expr {
    let left = this.term();
    for (let op = this.takeOperator('+', '-'); op; op = this.takeOperator('+', '-')) {
      left = { kind: 'binary', operator: op.text, left, right: this.term(), column: op.column };
    }
    return left;
  }

  private term(): Expr {
    let left = this.unary();
    for (let op = this.takeOperator('*', '/', '%'); op; op = this.takeOperator('*', '/', '%')) {
      left = { kind: 'binary', operator: op.text, left, right: this.unary(), column: op.column };
    }
    return left;
  }

  private unary(): Expr {
    if (this.takeOperator('-')) return { kind: 'negate', operand: this.unary() };
    return this.power();
  }

  private power(): Expr {
    // A loop like term()'s: folds 2 ^ 3 ^ 2 from the left, as (2 ^ 3) ^ 2.
    let left = this.primary();
    for (let op = this.takeOperator('^'); op; op = this.takeOperator('^')) {
      left = { kind: 'binary', operator: '^', left, right: this.primary(), column: op.column };
    }
    return left;
  }

  private primary(): Expr {
    const token = this.tokens[this.position];
    if (token === undefined) throw new CalcError('unexpected end of input', this.endColumn);
    if (token.kind === 'number') {
      this.position += 1;
      return { kind: 'number', value: token.value };
    }
    if (token.text !== '(') throw unexpected(token);
    this.position += 1;
    const inner = this.expression();
    const close = this.tokens[this.position];
    if (close?.text !== ')') throw new CalcError('missing ")"', close?.column ?? this.endColumn);
    this.position += 1;
    return inner;
  }

  /** After a whole expression, anything left over ("2 3", "(1))") has no place to go. */
  expectEnd(): void {
    const token = this.tokens[this.position];
    if (token !== undefined) throw unexpected(token);
  }

  /** Consumes the next token when it is one of `operators`; otherwise leaves it and returns undefined. */
  private takeOperator(...operators: Operator[]): (Token & { kind: 'operator' }) | undefined {
    const token = this.tokens[this.position];
    if (token?.kind !== 'operator' || !operators.includes(token.text)) return undefined;
    this.position += 1;
    return token;
  }
}

function unexpected(token: Token): CalcError {
  return new CalcError(`unexpected "${token.text}"`, token.column);
}

/** Tokenizes and parses a whole expression. Throws CalcError for any syntax problem. */
export function parse(source: string): Expr {
  const tokens = tokenize(source);
  if (tokens.length === 0) throw new CalcError('empty expression', 1);
  // A new Parser per call: the position lives in it, never in a module-level variable.
  const parser = new Parser(tokens, source.length + 1);
  const tree = parser.expression();
  parser.expectEnd();
  return tree;
}
