import { CalcError } from './errors.js';
import { parse, type Expr } from './parser.js';
import type { Operator } from './tokenizer.js';

/**
 * Applies one operator to two numbers and checks the result.
 * JavaScript's operators do the arithmetic: + - * / % and ** (for ^).
 */
function apply(operator: Operator, left: number, right: number, column: number): number {
  // TODO (Task 2): return the result of `left <operator> right`. A `switch (operator)` with one
  //   case per operator reads well; TypeScript checks that you covered all six.
  //   % is JavaScript's remainder: -7 % 3 is -1 (the sign of the left side), keep it that way.
  // TODO (Task 4): before computing, "/" or "%" with right === 0 is
  //   CalcError('division by zero', column). After computing, JavaScript would carry on with
  //   NaN or Infinity; stop instead: Number.isNaN(result) is CalcError('not a real number', column),
  //   any other !Number.isFinite(result) is CalcError('number too large', column).
  //   Tiny results that became 0 are fine.
  throw new Error('Not implemented: apply');
}

/** Computes a tree from parse(): the leaves first, then the operators above them. */
function evaluateTree(expr: Expr): number {
  // TODO (Task 2): switch (expr.kind):
  //   'number' → expr.value;
  //   'binary' → apply(expr.operator, evaluateTree(expr.left), evaluateTree(expr.right), expr.column).
  // TODO (Task 3): 'negate' → minus evaluateTree(expr.operand).
  throw new Error('Not implemented: evaluateTree');
}

/** Evaluates an arithmetic expression such as "2 + 3 * (4 - 1)". Throws CalcError when it cannot. */
export function evaluate(source: string): number {
  return evaluateTree(parse(source));
}

