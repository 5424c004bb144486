import { ConversionError } from './errors.js';
import { resolveUnit } from './lookup.js';
import type { Unit } from './units.js';

/**
 * A plain decimal number: optional sign, digits with an optional fraction (".5" and "5." too),
 * optional exponent. Number() alone is too forgiving: it turns "" into 0, "0x10" into 16 and
 * " 5 " into 5, and accepts "Infinity".
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads the value argument. Throws ConversionError for anything that is not a finite number. */
export function parseValue(text: string): number {
  if (!DECIMAL.test(text)) throw new ConversionError('not_a_number', `"${text}" is not a number`);
  const value = Number(text);
  // "1e999" is spelled like a number, but no double can hold it: Number() gives Infinity.
  if (!Number.isFinite(value)) throw new ConversionError('too_large', `${text} is too large`);
  return value;
}

/** The error for a value below the lowest one its dimension allows (0 in the base unit). */
function belowZero(value: number, unit: Unit): ConversionError {
  if (unit.dimension === 'temperature') {
    // Absolute zero in the user's unit is base 0 converted back: 0 / factor - offset.
    const absoluteZero = -unit.offset;
    return new ConversionError('below_absolute_zero', `${value} ${unit.symbol} is below absolute zero (${absoluteZero} ${unit.symbol})`);
  }
  return new ConversionError('negative_amount', `a ${unit.dimension} amount cannot be negative (got ${value} ${unit.symbol})`);
}

/**
 * Converts `value` from one unit to another, by name (any symbol or alias findUnit knows).
 * Goes through the base unit, so the table needs one row per unit instead of one per pair.
 */
export function convert(value: number, from: string, to: string): number {
  if (Number.isNaN(value)) throw new ConversionError('not_a_number', 'the value is not a number');
  const source = resolveUnit(from);
  // Refuse a bad amount as early as possible.
  if ((value + source.offset) * source.factor < 0) throw belowZero(value, source);
  const target = resolveUnit(to);
  if (source.dimension !== target.dimension) {
    throw new ConversionError('incompatible_units', `cannot convert ${source.dimension} (${source.symbol}) to ${target.dimension} (${target.symbol})`);
  }
  const base = (value + source.offset) * source.factor;
  // Nothing is below 0 in a base unit: no negative lengths, nothing colder than 0 K.
  if (base < 0) throw belowZero(value, source);
  const result = base / target.factor - target.offset;
  // 1e308 TB in bits overflows a double: refuse rather than print "Infinity".
  if (!Number.isFinite(result)) throw new ConversionError('too_large', 'the result is too large to compute');
  return result;
}
