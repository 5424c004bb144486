// Amounts as whole cents, read character by character: no floating point anywhere.

export class MoneyError extends Error {
  override name = 'MoneyError';
}

export const MAX_CENTS = 99_999_999_999;

const isDigit = (char: string): boolean => char >= '0' && char <= '9';

export function parseAmount(text: string): number {
  const source = text.trim();
  const refuse = (why: string): never => {
    throw new MoneyError(`cannot read "${source}" as an amount: ${why}`);
  };
  let at = 0;
  const negative = source.startsWith('-');
  if (negative) at = 1;
  let whole = '';
  while (at < source.length && isDigit(source[at]!)) whole += source[at++];
  if (whole === '') refuse('it needs digits, like 12.50');
  let fraction = '';
  if (source[at] === '.') {
    at += 1;
    while (at < source.length && isDigit(source[at]!)) fraction += source[at++];
    if (fraction === '') refuse('a dot needs digits after it');
  }
  if (at !== source.length) refuse('only digits, one dot and a leading minus are allowed');
  if (fraction.length > 2) refuse('at most two decimals');
  const significant = whole.replace(/^0+/, '');
  if (significant.length > 9) refuse('the largest amount is 999999999.99');
  let cents = 0;
  for (const digit of (significant + fraction.padEnd(2, '0'))) cents = cents * 10 + (digit.charCodeAt(0) - 48);
  return negative && cents !== 0 ? -cents : cents;
}

export function formatCents(cents: number): string {
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
