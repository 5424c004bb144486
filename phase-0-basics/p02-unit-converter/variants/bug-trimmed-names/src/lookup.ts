import { distance } from 'fastest-levenshtein';
import { ConversionError } from './errors.js';
import { UNITS, type Unit } from './units.js';

/**
 * How names are compared: "KM", "Km" and "km" are the same unit, and so are "m³" and "m3" or
 * "℃" and "°C". NFKC normalisation rewrites such look-alike characters to one plain spelling
 * (https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/String/normalize).
 */
export function normalizeName(name: string): string {
  // Forgive stray spaces around a name too.
  return name.normalize('NFKC').toLowerCase().trim();
}

/** Symbol first, then the full name, then the aliases: the order suggestions prefer. */
function namesOf(unit: Unit): string[] {
  return [unit.symbol, unit.name, ...unit.aliases];
}

/**
 * The unit a user means by `name`, or undefined. A search through the array rather than a plain
 * object used as a dictionary: `table["constructor"]` would find a function every object inherits.
 */
export function findUnit(name: string): Unit | undefined {
  const wanted = normalizeName(name);
  return UNITS.find((unit) => namesOf(unit).some((candidate) => normalizeName(candidate) === wanted));
}

/**
 * The symbol of the unit whose name is closest to `name` (fewest single-character edits, the
 * Levenshtein distance), or undefined when nothing is close enough. Short names allow fewer
 * edits: any two-letter name is one edit away from "km", which would be a useless suggestion.
 */
export function suggestUnit(name: string): string | undefined {
  const wanted = normalizeName(name);
  const allowed = Math.min(2, Math.floor(wanted.length / 3));
  let best = { symbol: '', edits: Infinity };
  for (const unit of UNITS) {
    for (const candidate of namesOf(unit)) {
      const edits = distance(wanted, normalizeName(candidate));
      // Strictly fewer edits: on a tie, the unit listed first in the table wins.
      if (edits < best.edits) best = { symbol: unit.symbol, edits };
    }
  }
  return best.edits <= allowed ? best.symbol : undefined;
}

/** Like findUnit, but an unknown name is an error that says what the user may have meant. */
export function resolveUnit(name: string): Unit {
  const unit = findUnit(name);
  if (unit !== undefined) return unit;
  const suggestion = suggestUnit(name);
  const help = suggestion === undefined ? 'Run "convert list" to see every unit.' : `Did you mean "${suggestion}"?`;
  throw new ConversionError('unknown_unit', `unknown unit "${name}". ${help}`);
}
