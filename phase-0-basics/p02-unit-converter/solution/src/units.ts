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
 * The lookup table. Exact definitions where they exist (an inch is exactly 2.54 cm, a pound
 * exactly 0.45359237 kg since 1959), so results are as precise as a double can be.
 * `Object.freeze` makes the array read-only at run time too: nobody can push to it by accident.
 */
export const UNITS: readonly Unit[] = Object.freeze([
  unit('length', 'mm', 'millimetre', 0.001, metreSpellings('millimetre')),
  unit('length', 'cm', 'centimetre', 0.01, metreSpellings('centimetre')),
  unit('length', 'm', 'metre', 1, metreSpellings('metre')),
  unit('length', 'km', 'kilometre', 1000, metreSpellings('kilometre')),
  unit('length', 'in', 'inch', 0.0254, ['inches']),
  unit('length', 'ft', 'foot', 0.3048, ['feet']),
  unit('length', 'yd', 'yard', 0.9144, ['yards']),
  unit('length', 'mi', 'mile', 1609.344, ['miles']),

  unit('mass', 'mg', 'milligram', 1e-6, ['milligrams']),
  unit('mass', 'g', 'gram', 0.001, ['grams']),
  unit('mass', 'kg', 'kilogram', 1, ['kilograms', 'kilo', 'kilos']),
  unit('mass', 't', 'tonne', 1000, ['tonnes']),
  unit('mass', 'oz', 'ounce', 0.028349523125, ['ounces']),
  unit('mass', 'lb', 'pound', 0.45359237, ['pounds', 'lbs']),
  unit('mass', 'st', 'stone', 6.35029318, ['stones']),

  // Kelvin is the base: it starts at absolute zero, so "below zero" means impossible.
  unit('temperature', 'C', 'degree Celsius', 1, ['celsius', '°C'], 273.15),
  unit('temperature', 'F', 'degree Fahrenheit', 5 / 9, ['fahrenheit', '°F'], 459.67),
  unit('temperature', 'K', 'kelvin', 1, ['kelvins']),

  unit('volume', 'mL', 'millilitre', 0.001, metreSpellings('millilitre')),
  unit('volume', 'L', 'litre', 1, metreSpellings('litre')),
  unit('volume', 'm3', 'cubic metre', 1000, metreSpellings('cubic metre')),
  unit('volume', 'floz', 'fluid ounce', GALLON / 128, ['fluid ounces', 'fl-oz']),
  unit('volume', 'cup', 'cup', GALLON / 16, ['cups']),
  unit('volume', 'pt', 'pint', GALLON / 8, ['pints']),
  unit('volume', 'qt', 'quart', GALLON / 4, ['quarts']),
  unit('volume', 'gal', 'gallon', GALLON, ['gallons']),

  unit('data', 'bit', 'bit', 1 / 8, ['bits']),
  unit('data', 'B', 'byte', 1, ['bytes']),
  unit('data', 'kB', 'kilobyte', 1000, ['kilobytes']),
  unit('data', 'MB', 'megabyte', 1000 ** 2, ['megabytes']),
  unit('data', 'GB', 'gigabyte', 1000 ** 3, ['gigabytes']),
  unit('data', 'TB', 'terabyte', 1000 ** 4, ['terabytes']),
  unit('data', 'KiB', 'kibibyte', 1024, ['kibibytes']),
  unit('data', 'MiB', 'mebibyte', 1024 ** 2, ['mebibytes']),
  unit('data', 'GiB', 'gibibyte', 1024 ** 3, ['gibibytes']),
  unit('data', 'TiB', 'tebibyte', 1024 ** 4, ['tebibytes']),
]);
