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

/** The number as a whole count of thousandths (1.1 -> 1100), or undefined when it has more than three decimals. */
export function toThousandths(value: number): number | undefined {
  // TODO (Task 2): see "Quantities, exactly" in the SPEC.
  void value;
  throw new Error('Not implemented: toThousandths (Task 2)');
}

/**
 * `value` `unit` in the base unit (0.25 kg -> 250 g), or a message saying why it is refused: more
 * than three decimals, not a whole number of the base unit, or more than MAX_BASE_QUANTITY.
 */
export function toBaseQuantity(value: number, unit: Unit): BaseQuantity | string {
  // TODO (Task 2): the quantity in its base unit, or why it is refused (SPEC: "Quantities, exactly").
  void [value, unit, UNITS, MAX_BASE_QUANTITY];
  throw new Error('Not implemented: toBaseQuantity (Task 2)');
}

/**
 * `quantity` for `servings` instead of the recipe's `recipeServings`: rounded to the nearest whole
 * base unit, halves up, never below 1 (Task 4), and exact: no float in between.
 */
export function scaleQuantity(quantity: number, recipeServings: number, servings: number): number {
  // TODO (Task 4): the rounding rule of Task 4, in integer arithmetic.
  void [quantity, recipeServings, servings];
  throw new Error('Not implemented: scaleQuantity (Task 4)');
}

/**
 * An ingredient's name as stored and compared: trimmed, runs of whitespace made one space,
 * lower-cased. "  Plain   FLOUR " and "plain flour" are one ingredient.
 */
export function normaliseName(name: string): string {
  // TODO (Task 2): the normalising rule of Task 2.
  void name;
  throw new Error('Not implemented: normaliseName (Task 2)');
}
