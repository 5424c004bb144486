import { CalcError } from './errors.js';
import { parse, type Expr } from './parser.js';
import type { Operator } from './tokenizer.js';

function compute(operator: Operator, left: number, right: number): number {
  switch (operator) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return left / right;
    case '%':
      // JavaScript's remainder: the result has the sign of the left side (-7 % 3 is -1).
      return left % right;
    case '^':
      return left ** right;
  }
}

/**
 * Applies one operator and checks the result. JavaScript would happily go on with Infinity or
 * NaN ("not a number"); a calculator should stop at the operator that went wrong and say so.
 */
function apply(operator: Operator, left: number, right: number, column: number): number {
  if ((operator === '/' || operator === '%') && right === 0) {
    throw new CalcError('division by zero', column);
  }
  const result = compute(operator, left, right);
  // Number.isFinite is false for NaN as well as ±Infinity, so one test seems to cover every bad result.
  if (!Number.isFinite(result)) throw new CalcError('number too large', column);
  return result;
}

function evaluateTree(expr: Expr): number {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'negate':
      return -evaluateTree(expr.operand);
    case 'binary':
      return apply(expr.operator, evaluateTree(expr.left), evaluateTree(expr.right), expr.column);
  }
}

/** Evaluates an arithmetic expression such as "2 + 3 * (4 - 1)". Throws CalcError when it cannot. */
export function evaluate(source: string): number {
  return evaluateTree(parse(source));
}
