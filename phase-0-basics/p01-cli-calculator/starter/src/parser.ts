import { CalcError } from './errors.js';
import { tokenize, type Operator, type Token } from './tokenizer.js';

/**
 * The expression as a tree: `2 + 3 * 4` is a "+" node whose right side is a "*" node. The tree's
 * shape is where precedence lives, so evaluate.ts can compute it without any precedence rules.
 * Binary nodes keep their operator's column: evaluate.ts reports "division by zero" there.
 */
export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'negate'; operand: Expr }
  | { kind: 'binary'; operator: Operator; left: Expr; right: Expr; column: number };

/**
 * A recursive descent parser: one method per grammar rule, lowest precedence first. A rule that
 * names another rule calls that method; { ... } means "repeat: a loop", [ ... ] means "maybe: an if".
 *
 *   expression = term { ("+" | "-") term }
 *   term       = unary { ("*" | "/" | "%") unary }
 *   unary      = "-" unary | power
 *   power      = primary [ "^" unary ]
 *   primary    = number | "(" expression ")"
 *
 * The parser walks the token array with `position`; `takeOperator` (given) looks at the token
 * there and consumes it when it is one of the operators you ask for.
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
    // TODO (Task 2): expression = term { ("+" | "-") term }
    // let left = this.term(); then, while `const op = this.takeOperator('+', '-')` finds one,
    // left = { kind: 'binary', operator: op.text, left, right: this.term(), column: op.column }.
    // Folding into `left` in a loop is what makes 10 - 4 - 3 mean (10 - 4) - 3.
    throw new Error('Not implemented: Parser.expression');
  }

  private term(): Expr {
    // TODO (Task 2): term = unary { ("*" | "/" | "%") unary }, the same loop as expression().
    throw new Error('Not implemented: Parser.term');
  }

  private unary(): Expr {
    // TODO (Task 3): unary = "-" unary | power
    // If takeOperator('-') finds a minus, return { kind: 'negate', operand: this.unary() }
    // (calling unary again handles "--3"); otherwise return this.power().
    // Until Task 3, `return this.power();` is enough.
    throw new Error('Not implemented: Parser.unary');
  }

  private power(): Expr {
    // TODO (Task 2): power = primary [ "^" unary ]
    // const base = this.primary(); if takeOperator('^') finds a "^", return a binary node whose
    // right side is this.unary(). No loop here: the recursion through unary() back to power()
    // is what makes 2 ^ 3 ^ 2 mean 2 ^ (3 ^ 2).
    throw new Error('Not implemented: Parser.power');
  }

  private primary(): Expr {
    // TODO (Task 2): a number token: move position on and return { kind: 'number', value }.
    // TODO (Task 3): "(" expression ")": move past "(", call this.expression(), then the token at
    //   position must be ")" (move past it) and the inner expression is the result.
    // TODO (Task 4): errors, with CalcError (SPEC.md lists the exact messages):
    //   - no token left (this.tokens[this.position] is undefined):
    //     'unexpected end of input' at this.endColumn;
    //   - after "(" ... no ")": 'missing ")"' at the column of the token found instead, or at
    //     this.endColumn when there is none;
    //   - any other token (an operator, a ")"): unexpected(token).
    throw new Error('Not implemented: Parser.primary');
  }

  /** After a whole expression, anything left over ("2 3", "(1))") has no place to go. */
  expectEnd(): void {
    // TODO (Task 4): if a token is left at this.position, throw unexpected(token).
    throw new Error('Not implemented: Parser.expectEnd');
  }

  /** Consumes the next token when it is one of `operators`; otherwise leaves it and returns undefined. */
  private takeOperator(...operators: Operator[]): (Token & { kind: 'operator' }) | undefined {
    const token = this.tokens[this.position];
    if (token?.kind !== 'operator' || !operators.includes(token.text)) return undefined;
    this.position += 1;
    return token;
  }
}

/** The error for a token the grammar has no place for: unexpected "*" at the token's column. */
function unexpected(token: Token): CalcError {
  return new CalcError(`unexpected "${token.text}"`, token.column);
}

/** Tokenizes and parses a whole expression. Throws CalcError for any syntax problem. */
export function parse(source: string): Expr {
  const tokens = tokenize(source);
  // TODO (Task 4): no tokens at all ("" or "   ") is CalcError('empty expression', 1).
  // A new Parser per call: the position lives in it, never in a module-level variable.
  const parser = new Parser(tokens, source.length + 1);
  const tree = parser.expression();
  parser.expectEnd();
  return tree;
}
