import { CalcError } from './errors.js';
import { tokenize, type Token } from './tokenizer.js';

/** Checks one operation's result, as the spec's error table asks, at the operator's column. */
function checked(result: number, column: number): number {
  if (Number.isNaN(result)) throw new CalcError('not a real number', column);
  if (!Number.isFinite(result)) throw new CalcError('number too large', column);
  return result;
}

/**
 * Computes while it reads: each grammar rule is a closure over a cursor and returns a number.
 * No tree is built; the column of each operator is at hand when its operands are known.
 */
export function evaluate(source: string): number {
  const tokens = tokenize(source);
  if (tokens.length === 0) throw new CalcError('empty expression', 1);
  const end = source.length + 1;
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const isOp = (token: Token | undefined, ...ops: string[]): boolean => token?.kind === 'operator' && ops.includes(token.text);
  const unexpected = (token: Token): CalcError => new CalcError(`unexpected "${token.text}"`, token.column);

  const sum = (): number => {
    let value = product();
    while (isOp(peek(), '+', '-')) {
      const op = tokens[at++] as Token;
      const right = product();
      value = checked(op.text === '+' ? value + right : value - right, op.column);
    }
    return value;
  };
  const product = (): number => {
    let value = signed();
    while (isOp(peek(), '*', '/', '%')) {
      const op = tokens[at++] as Token;
      const right = signed();
      if (op.text !== '*' && right === 0) throw new CalcError('division by zero', op.column);
      value = checked(op.text === '*' ? value * right : op.text === '/' ? value / right : value % right, op.column);
    }
    return value;
  };
  const signed = (): number => {
    if (isOp(peek(), '-')) {
      at += 1;
      return -signed();
    }
    return exponent();
  };
  const exponent = (): number => {
    const base = atom();
    if (!isOp(peek(), '^')) return base;
    const op = tokens[at++] as Token;
    return checked(base ** signed(), op.column);
  };
  const atom = (): number => {
    const token = peek();
    if (token === undefined) throw new CalcError('unexpected end of input', end);
    if (token.kind === 'number') {
      at += 1;
      return token.value;
    }
    if (token.text !== '(') throw unexpected(token);
    at += 1;
    const inner = sum();
    const close = peek();
    if (close === undefined) throw new CalcError('missing ")"', end);
    if (close.text !== ')') throw new CalcError('missing ")"', close.column);
    at += 1;
    return inner;
  };

  const result = sum();
  const left = peek();
  if (left !== undefined) throw unexpected(left);
  return result;
}
