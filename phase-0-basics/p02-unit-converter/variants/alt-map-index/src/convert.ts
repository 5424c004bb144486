import { ConversionError } from './errors.js';
import { resolveUnit } from './lookup.js';
import type { Unit } from './units.js';

export function parseValue(text: string): number {
  const plain = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
  if (!plain.test(text)) throw new ConversionError('not_a_number', `"${text}" is not a number`);
  const value = Number(text);
  if (Math.abs(value) === Infinity) throw new ConversionError('too_large', `${text} is too large`);
  return value;
}

const toBase = (value: number, unit: Unit): number => (value + unit.offset) * unit.factor;
const fromBase = (base: number, unit: Unit): number => base / unit.factor - unit.offset;

export function convert(value: number, from: string, to: string): number {
  if (value !== value) throw new ConversionError('not_a_number', 'the value is not a number');
  const [a, b] = [resolveUnit(from), resolveUnit(to)];
  if (a.dimension !== b.dimension) {
    throw new ConversionError('incompatible_units', `cannot convert ${a.dimension} (${a.symbol}) to ${b.dimension} (${b.symbol})`);
  }
  const base = toBase(value, a);
  if (base < 0 && a.dimension === 'temperature') {
    throw new ConversionError('below_absolute_zero', `${value} ${a.symbol} is below absolute zero (${fromBase(0, a)} ${a.symbol})`);
  }
  if (base < 0) throw new ConversionError('negative_amount', `a ${a.dimension} amount cannot be negative (got ${value} ${a.symbol})`);
  const result = fromBase(base, b);
  if (!Number.isFinite(result)) throw new ConversionError('too_large', 'the result is too large to compute');
  return result;
}
