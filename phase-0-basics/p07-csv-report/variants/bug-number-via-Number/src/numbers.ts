/**
 * What counts as a number in a cell: an optional sign, digits with an optional decimal point
 * (`12`, `3.5`, `.5`, `5.`), an optional exponent (`1e3`, `2.5E-2`). No thousands separators,
 * currency signs, hex or words: `Number()` alone would accept `0x10`, `Infinity` and `""` (as 0!),
 * which is why the shape is checked first.
 */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Type inference for one cell: the number it holds, or undefined when it is not a number.
 * Spaces around the number are allowed (" 12 " is 12). Numbers too large for a double
 * ("1e999") are not numbers either: they would silently become Infinity.
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
