// Quantities, exactly. Every quantity is kept as a whole number of a base unit (grams,
// millilitres, pieces), never as a float: 0.1 + 0.2 is 0.30000000000000004 in JavaScript, and
// 2.01 * 1000 is 2009.9999999999998, so a float would drift every time a recipe is scaled or a
// shopping list summed. Conversions and scaling below use integer arithmetic only.
import type { BaseUnit } from './db/schema.js';

/** The units a line may be written in, and what each is in its base unit. */
export const UNITS = {
  g: { base: 'g', factor: 1 },
  kg: { base: 'g', factor: 1000 },
  ml: { base: 'ml', factor: 1 },
  l: { base: 'ml', factor: 1000 },
  tsp: { base: 'ml', factor: 5 },
  tbsp: { base: 'ml', factor: 15 },
  pc: { base: 'pc', factor: 1 },
} as const satisfies Record<string, { base: BaseUnit; factor: number }>;

export type Unit = keyof typeof UNITS;
export const UNIT_NAMES = Object.keys(UNITS) as Unit[];

/** The largest quantity of a line, in its base unit (a tonne, a thousand litres). */
export const MAX_BASE_QUANTITY = 1_000_000;

/** A quantity in its base unit. */
export interface BaseQuantity {
  quantity: number;
  unit: BaseUnit;
}

/**
 * The number as a whole count of thousandths, read from its shortest decimal form (what
 * String() prints, which round-trips): "2.01" -> 2010. Exponent forms ("1e-7", "1e+21") have too
 * many digits one way or the other and are refused.
 */
export function toThousandths(value: number): number | undefined {
  const match = /^(\d+)(?:\.(\d{1,3}))?$/.exec(String(value));
  if (!match) return undefined;
  return Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
}

/**
 * `value` `unit` in the base unit, or a message saying why it is not a whole number of it.
 * Integer arithmetic only: thousandths * factor is exact, and so is the divisibility test.
 */
export function toBaseQuantity(value: number, unit: Unit): BaseQuantity | string {
  const { base, factor } = UNITS[unit];
  const thousandths = toThousandths(value);
  if (thousandths === undefined) return 'must have at most 3 decimals';
  const scaled = thousandths * factor;
  if (scaled % 1000 !== 0) return `${value} ${unit} is not a whole number of ${base}`;
  const quantity = scaled / 1000;
  if (quantity > MAX_BASE_QUANTITY) return `must be at most ${MAX_BASE_QUANTITY} ${base}`;
  return { quantity, unit: base };
}

/**
 * `quantity` for `servings` instead of the recipe's `recipeServings`: quantity * servings /
 * recipeServings, rounded to the nearest whole base unit, halves up, and never below 1.
 * floor((2 * q * s + r) / (2 * r)) is "round half up" on integers; the product stays far below
 * 2^53. (q * (s / r) would round the factor first: 45 g * (7 / 10) gives 31.499999999999996.)
 */
export function scaleQuantity(quantity: number, recipeServings: number, servings: number): number {
  // One division at the very end: q * n is an exact integer, and a quotient of two integers never
  // lands a hair below a true .5, so Math.round (halves up) is exact here.
  return Math.max(1, Math.round((quantity * servings) / recipeServings));
}

/**
 * An ingredient's name as stored and compared: trimmed, runs of whitespace made one space,
 * lower-cased. "  Plain   FLOUR " and "plain flour" are one ingredient.
 */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
