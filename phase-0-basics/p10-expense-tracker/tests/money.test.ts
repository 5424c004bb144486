// Hidden suite for p10, task 1: amounts read from text into whole cents without floating point,
// and printed with exactly two decimals. Through parseAmount, formatCents, MoneyError and main.
import { describe, expect, it } from 'vitest';
import { callText, expectOk, expectUsageError, home, loadMoney } from './helpers.js';

async function expectMoneyError(text: string): Promise<void> {
  const { parseAmount, MoneyError } = await loadMoney();
  const label = callText('parseAmount', [text]);
  let returned: unknown;
  try {
    returned = parseAmount(text);
  } catch (error) {
    expect(error, `${label} should throw a MoneyError`).toBeInstanceOf(MoneyError);
    expect(error instanceof Error && error.message !== '', `${label}: the MoneyError needs a message`).toBe(true);
    return;
  }
  expect.fail(`${label} should throw a MoneyError, but returned ${String(returned)}`);
}

describe('Task 1: Money in cents', () => {
  it('reads whole, one-decimal and two-decimal amounts as cents', async () => {
    const { parseAmount } = await loadMoney();
    const cases: Array<[string, number]> = [
      ['12.50', 1250], ['12.5', 1250], ['12', 1200], ['0.05', 5], ['0.5', 50], ['0', 0], ['0.00', 0],
      ['007.10', 710], [' 3.20 ', 320], ['999999999.99', 99_999_999_999], ['100', 10_000],
    ];
    for (const [text, cents] of cases) expect(parseAmount(text), callText('parseAmount', [text])).toBe(cents);
  });

  it('never goes through floating point: amounts where x * 100 is not a whole number', async () => {
    const { parseAmount } = await loadMoney();
    // 0.29 * 100 is 28.999999999999996 and 4.35 * 100 is 434.99999999999994 in floating point.
    const cases: Array<[string, number]> = [['0.29', 29], ['4.35', 435], ['1.15', 115], ['0.57', 57], ['1.00', 100], ['8.03', 803], ['19.99', 1999]];
    for (const [text, cents] of cases) expect(parseAmount(text), callText('parseAmount', [text])).toBe(cents);
  });

  it('reads negative amounts (refunds), and "-0" as 0', async () => {
    const { parseAmount } = await loadMoney();
    expect(parseAmount('-4.50'), 'parseAmount("-4.50")').toBe(-450);
    expect(parseAmount('-0.01'), 'parseAmount("-0.01")').toBe(-1);
    expect(Object.is(parseAmount('-0'), 0), 'parseAmount("-0") should be 0, not -0').toBe(true);
    expect(Object.is(parseAmount('-0.00'), 0), 'parseAmount("-0.00") should be 0, not -0').toBe(true);
  });

  it('refuses more than two decimals instead of rounding', async () => {
    for (const text of ['19.999', '0.001', '1.000', '12.345']) await expectMoneyError(text);
  });

  it('refuses anything that is not a plain decimal amount', async () => {
    const bad = ['', '   ', 'abc', '12,50', '1,000.00', '1 000', '.5', '5.', '+5', '--5', '-', '1e3', '0x10', 'NaN', 'Infinity', '12.5.0', '$12', '12€', '１２', '١٢', '1_000', '12 .50'];
    for (const text of bad) await expectMoneyError(text);
  });

  it('refuses amounts above 999999999.99', async () => {
    await expectMoneyError('1000000000');
    await expectMoneyError('1000000000.00');
    await expectMoneyError('-1000000000');
    await expectMoneyError('99999999999999999999');
  });

  it('formatCents prints exactly two decimals, a minus for refunds, no separators', async () => {
    const { formatCents } = await loadMoney();
    const cases: Array<[number, string]> = [
      [1250, '12.50'], [5, '0.05'], [50, '0.50'], [0, '0.00'], [-0, '0.00'], [-5, '-0.05'], [-450, '-4.50'],
      [100, '1.00'], [123456789, '1234567.89'], [99_999_999_999, '999999999.99'], [-99_999_999_999, '-999999999.99'], [1, '0.01'], [-100, '-1.00'],
    ];
    for (const [cents, text] of cases) expect(formatCents(cents), callText('formatCents', [cents])).toBe(text);
  });

  it('0.10 + 0.20 is 0.30 in the data file (integer cents) and in the list total', async () => {
    const h = home();
    expectOk(await h.run(['add', '0.10', 'food']));
    expectOk(await h.run(['add', '0.20', 'food']));
    expect(h.data().expenses.map((e) => e.amount), 'amounts in the data file after adding 0.10 and 0.20').toEqual([10, 20]);
    const list = await h.run(['list']);
    expect(list.stdout, `${list.label}: the total`).toContain('Total: 0.30\n');
  });

  it('a malformed or zero amount on the command line is a usage error (exit 2), nothing saved', async () => {
    const h = home();
    for (const amount of ['19.999', 'abc', '12,50', '0', '0.00', '-0']) {
      expectUsageError(await h.run(['add', amount, 'food']));
    }
    expect(h.raw(), 'the data file after refused adds').toBeUndefined();
  });
});
