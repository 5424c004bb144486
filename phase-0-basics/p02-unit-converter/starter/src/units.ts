/** The kinds of quantity the converter knows, in the order `list` prints them. */
export type Dimension = 'length' | 'mass' | 'temperature' | 'volume' | 'data';

export const DIMENSIONS: readonly Dimension[] = ['length', 'mass', 'temperature', 'volume', 'data'];

/**
 * One row of the lookup table. Each dimension has a base unit (metre, kilogram, kelvin, litre,
 * byte) and every unit says how to reach it:
 *
 *   base = (value + offset) * factor        value = base / factor - offset
 *
 * Only temperatures have an offset: 0 °C is not 0 K, so a factor alone cannot convert them.
 */
export interface Unit {
  /** The short name printed in results: "km". */
  readonly symbol: string;
  /** The full name printed by `list`: "kilometre". */
  readonly name: string;
  readonly dimension: Dimension;
  /** Every other name a user may type: plurals, American spellings, "°C"... */
  readonly aliases: readonly string[];
  /** How many base units one of this unit is after the offset: 1 km is 1000 m. */
  readonly factor: number;
  /** Added to a value before scaling to the base unit: 273.15 for °C, 0 for non-temperatures. */
  readonly offset: number;
}

/** "kilometre" → the plural and the American spellings: kilometres, kilometer, kilometers. */
function metreSpellings(name: string): string[] {
  const american = name.replace(/re$/, 'er');
  return [`${name}s`, american, `${american}s`];
}

function unit(dimension: Dimension, symbol: string, name: string, factor: number, aliases: string[], offset = 0): Unit {
  return { symbol, name, dimension, aliases, factor, offset };
}

/** 1 US gallon is exactly 231 cubic inches, 3.785411784 litres; the smaller US measures divide it. */
const GALLON = 3.785411784;

/**
 * The lookup table: one row per unit, in the order of the table in SPEC.md (Task 1).
 * `Object.freeze` makes the array read-only at run time too: nobody can push to it by accident.
 */
export const UNITS: readonly Unit[] = Object.freeze([
  // The length rows are written for you, as an example of the shape.
  unit('length', 'mm', 'millimetre', 0.001, metreSpellings('millimetre')),
  unit('length', 'cm', 'centimetre', 0.01, metreSpellings('centimetre')),
  unit('length', 'm', 'metre', 1, metreSpellings('metre')),
  unit('length', 'km', 'kilometre', 1000, metreSpellings('kilometre')),
  unit('length', 'in', 'inch', 0.0254, ['inches']),
  unit('length', 'ft', 'foot', 0.3048, ['feet']),
  unit('length', 'yd', 'yard', 0.9144, ['yards']),
  unit('length', 'mi', 'mile', 1609.344, ['miles']),

  // TODO (Task 1): the mass, temperature, volume and data rows of the table in SPEC.md, in
  // that order. Sizes are in the dimension's base unit: kilogram, kelvin, litre, byte.
  // TODO (Task 2): temperatures need an offset too, the last argument of unit(): 273.15 for C,
  // 459.67 for F (whose factor is 5 / 9). GALLON above helps with the US volumes.
]);
