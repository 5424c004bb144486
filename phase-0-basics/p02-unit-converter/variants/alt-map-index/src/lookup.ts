import { ConversionError } from './errors.js';
import { UNITS, type Unit } from './units.js';

export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/** Every normalised name, in table order, with its unit. First one wins (no name is shared). */
const BY_NAME: ReadonlyMap<string, Unit> = new Map(
  UNITS.flatMap((unit) => [unit.symbol, unit.name, ...unit.aliases].map((name): [string, Unit] => [normalizeName(name), unit])).reverse(),
);

export function findUnit(name: string): Unit | undefined {
  return BY_NAME.get(normalizeName(name));
}

/** Levenshtein distance with two rows of the classic table. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

export function suggestUnit(name: string): string | undefined {
  const wanted = normalizeName(name);
  const budget = Math.min(2, Math.floor(wanted.length / 3));
  let found: string | undefined;
  let fewest = budget + 1;
  for (const unit of UNITS) {
    for (const candidate of [unit.symbol, unit.name, ...unit.aliases]) {
      const edits = editDistance(wanted, normalizeName(candidate));
      // Strictly fewer: on a tie the unit met first in table order stays.
      if (edits < fewest) {
        fewest = edits;
        found = unit.symbol;
      }
    }
  }
  return found;
}

export function resolveUnit(name: string): Unit {
  const unit = findUnit(name);
  if (unit) return unit;
  const symbol = suggestUnit(name);
  throw new ConversionError(
    'unknown_unit',
    symbol ? `unknown unit "${name}". Did you mean "${symbol}"?` : `unknown unit "${name}". Run "convert list" to see every unit.`,
  );
}
