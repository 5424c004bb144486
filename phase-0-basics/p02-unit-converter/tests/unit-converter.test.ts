// Hidden suite for p02 Unit converter. It uses only what SPEC.md's Interface section promises:
// the exports of src/units.ts, src/lookup.ts, src/convert.ts, src/format.ts, src/errors.ts and
// main(argv, io) in src/main.ts, plus the real CLI through runCli for a few checks.
// Error wording is checked only where the spec fixes it.
import { beforeAll, describe, expect, it } from 'vitest';
import { load, runCli, runMain, type CliResult, type MainFn, type RunMainOptions } from '#testkit';

interface Unit {
  symbol: string;
  name: string;
  dimension: string;
  aliases: readonly string[];
}

interface UnitsModule {
  DIMENSIONS: readonly string[];
  UNITS: readonly Unit[];
}

interface LookupModule {
  findUnit: (name: string) => Unit | undefined;
  suggestUnit: (name: string) => string | undefined;
  resolveUnit: (name: string) => Unit;
}

interface ConvertModule {
  parseValue: (text: string) => number;
  convert: (value: number, from: string, to: string) => number;
}

interface FormatModule {
  formatNumber: (value: number, precision: number) => string;
}

interface ErrorsModule {
  ConversionError: new (code: string, message: string) => Error & { code: string };
}

interface MainModule {
  main: MainFn;
}

const DIMENSIONS = ['length', 'mass', 'temperature', 'volume', 'data'];

/** The spec's table: dimension, symbol, full name, other names, size in the dimension's base unit. */
const TABLE: Array<[dimension: string, symbol: string, name: string, aliases: string[], size: number]> = [
  ['length', 'mm', 'millimetre', ['millimetres', 'millimeter', 'millimeters'], 0.001],
  ['length', 'cm', 'centimetre', ['centimetres', 'centimeter', 'centimeters'], 0.01],
  ['length', 'm', 'metre', ['metres', 'meter', 'meters'], 1],
  ['length', 'km', 'kilometre', ['kilometres', 'kilometer', 'kilometers'], 1000],
  ['length', 'in', 'inch', ['inches'], 0.0254],
  ['length', 'ft', 'foot', ['feet'], 0.3048],
  ['length', 'yd', 'yard', ['yards'], 0.9144],
  ['length', 'mi', 'mile', ['miles'], 1609.344],
  ['mass', 'mg', 'milligram', ['milligrams'], 0.000001],
  ['mass', 'g', 'gram', ['grams'], 0.001],
  ['mass', 'kg', 'kilogram', ['kilograms', 'kilo', 'kilos'], 1],
  ['mass', 't', 'tonne', ['tonnes'], 1000],
  ['mass', 'oz', 'ounce', ['ounces'], 0.028349523125],
  ['mass', 'lb', 'pound', ['pounds', 'lbs'], 0.45359237],
  ['mass', 'st', 'stone', ['stones'], 6.35029318],
  ['temperature', 'C', 'degree Celsius', ['celsius', '°C'], Number.NaN],
  ['temperature', 'F', 'degree Fahrenheit', ['fahrenheit', '°F'], Number.NaN],
  ['temperature', 'K', 'kelvin', ['kelvins'], 1],
  ['volume', 'mL', 'millilitre', ['millilitres', 'milliliter', 'milliliters'], 0.001],
  ['volume', 'L', 'litre', ['litres', 'liter', 'liters'], 1],
  ['volume', 'm3', 'cubic metre', ['cubic metres', 'cubic meter', 'cubic meters'], 1000],
  ['volume', 'floz', 'fluid ounce', ['fluid ounces', 'fl-oz'], 3.785411784 / 128],
  ['volume', 'cup', 'cup', ['cups'], 3.785411784 / 16],
  ['volume', 'pt', 'pint', ['pints'], 3.785411784 / 8],
  ['volume', 'qt', 'quart', ['quarts'], 3.785411784 / 4],
  ['volume', 'gal', 'gallon', ['gallons'], 3.785411784],
  ['data', 'bit', 'bit', ['bits'], 0.125],
  ['data', 'B', 'byte', ['bytes'], 1],
  ['data', 'kB', 'kilobyte', ['kilobytes'], 1e3],
  ['data', 'MB', 'megabyte', ['megabytes'], 1e6],
  ['data', 'GB', 'gigabyte', ['gigabytes'], 1e9],
  ['data', 'TB', 'terabyte', ['terabytes'], 1e12],
  ['data', 'KiB', 'kibibyte', ['kibibytes'], 1024],
  ['data', 'MiB', 'mebibyte', ['mebibytes'], 1024 ** 2],
  ['data', 'GiB', 'gibibyte', ['gibibytes'], 1024 ** 3],
  ['data', 'TiB', 'tebibyte', ['tebibytes'], 1024 ** 4],
];

const BASE: Record<string, string> = { length: 'm', mass: 'kg', temperature: 'K', volume: 'L', data: 'B' };

const ANSI = /\u001b\[[0-9;]*m/g;

const units = () => load<UnitsModule>('src/units.ts', ['DIMENSIONS', 'UNITS']);
const lookup = () => load<LookupModule>('src/lookup.ts', ['findUnit', 'suggestUnit', 'resolveUnit']);
const converter = () => load<ConvertModule>('src/convert.ts', ['parseValue', 'convert']);
const formatter = () => load<FormatModule>('src/format.ts', ['formatNumber']);

async function run(argv: string[], options: RunMainOptions = {}): Promise<CliResult> {
  const { main } = await load<MainModule>('src/main.ts', ['main']);
  return runMain(main, argv, options);
}

function show(argv: string[]): string {
  return `main(${JSON.stringify(argv)})`;
}

/** A successful run: exit 0, nothing on stderr, and this exact stdout. */
async function expectOutput(argv: string[], stdout: string): Promise<void> {
  const result = await run(argv);
  expect(result.stderr, `${show(argv)}: stderr`).toBe('');
  expect(result.stdout, `${show(argv)}: stdout`).toBe(stdout);
  expect(result.code, `${show(argv)}: exit code`).toBe(0);
}

/** A refused run: this exit code, nothing on stdout, a message on stderr (returned). */
async function expectFailure(argv: string[], code: 1 | 2): Promise<string> {
  const result = await run(argv);
  expect(result.code, `${show(argv)}: exit code (stderr was ${JSON.stringify(result.stderr)})`).toBe(code);
  expect(result.stdout, `${show(argv)}: stdout should stay empty when the command fails`).toBe('');
  expect(result.stderr, `${show(argv)}: stderr should have a line "error: <what is wrong>"`).toMatch(/^error: \S/m);
  return result.stderr;
}

/** Within a billionth of the expected value (relative), so any correct float arithmetic passes. */
function expectClose(actual: number, expected: number, label: string): void {
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  expect(typeof actual, `${label}: should return a number`).toBe('number');
  expect(Math.abs(actual - expected) <= tolerance, `${label}: expected about ${expected}, got ${actual}`).toBe(true);
}

/** The `code` of the error `fn` throws, or a note that it threw nothing. */
function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return '(nothing was thrown)';
}

function errorOf(fn: () => unknown): Error & { code?: unknown } {
  try {
    fn();
  } catch (error) {
    return error as Error & { code?: unknown };
  }
  throw new Error('expected an error to be thrown, but the call returned');
}

function json(result: CliResult, argv: string[]): unknown {
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`${show(argv)}: stdout should be one JSON document, got ${JSON.stringify(result.stdout.slice(0, 200))}`);
  }
}

// A warm-up, not a check: import every module once before the checks and ignore failures. The
// table and other module-level code then run outside any single check, so mutation testing
// (which records which check runs which line) credits them to the whole suite. Each check still
// loads what it needs itself, so a missing file or export fails only the checks that use it.
beforeAll(async () => {
  const files = ['src/units.ts', 'src/lookup.ts', 'src/errors.ts', 'src/convert.ts', 'src/format.ts', 'src/args.ts', 'src/main.ts'];
  await Promise.allSettled(files.map((file) => load(file)));
});

describe('Task 1: Find units by name', () => {
  it('DIMENSIONS lists the five dimensions in order', async () => {
    const mod = await units();
    expect([...mod.DIMENSIONS], 'DIMENSIONS').toEqual(DIMENSIONS);
  });

  it('UNITS holds the units of the table, grouped by dimension, in the spec order', async () => {
    const mod = await units();
    expect(
      mod.UNITS.map((unit) => unit.symbol),
      'UNITS.map(u => u.symbol)',
    ).toEqual(TABLE.map((row) => row[1]));
  });

  it('every unit has the dimension, name and other names of the table', async () => {
    const mod = await units();
    for (const [dimension, symbol, name, aliases] of TABLE) {
      const unit = mod.UNITS.find((u) => u.symbol === symbol);
      expect(unit, `UNITS has a unit with symbol "${symbol}"`).toBeDefined();
      expect(unit?.dimension, `the dimension of ${symbol}`).toBe(dimension);
      expect(unit?.name, `the name of ${symbol}`).toBe(name);
      expect([...(unit?.aliases ?? [])].sort(), `the aliases of ${symbol}`).toEqual([...aliases].sort());
    }
  });

  it('findUnit finds a unit by its symbol', async () => {
    const { findUnit } = await lookup();
    for (const [dimension, symbol] of [['length', 'km'], ['length', 'mi'], ['mass', 'kg'], ['temperature', 'F'], ['volume', 'gal'], ['data', 'GiB']]) {
      const unit = findUnit(symbol!);
      expect(unit?.symbol, `findUnit("${symbol}").symbol`).toBe(symbol);
      expect(unit?.dimension, `findUnit("${symbol}").dimension`).toBe(dimension);
    }
  });

  it('findUnit finds every full name and alias of the table', async () => {
    const { findUnit } = await lookup();
    for (const [, symbol, name, aliases] of TABLE) {
      for (const alias of [name, ...aliases]) {
        expect(findUnit(alias)?.symbol, `findUnit("${alias}").symbol`).toBe(symbol);
      }
    }
  });

  it('findUnit ignores upper and lower case', async () => {
    const { findUnit } = await lookup();
    const cases: Array<[string, string]> = [['KM', 'km'], ['Kilometre', 'km'], ['ML', 'mL'], ['ml', 'mL'], ['l', 'L'], ['c', 'C'], ['k', 'K'], ['kib', 'KiB'], ['gb', 'GB'], ['LBS', 'lb'], ['M3', 'm3'], ['Degree Celsius', 'C']];
    for (const [name, symbol] of cases) {
      expect(findUnit(name)?.symbol, `findUnit("${name}").symbol`).toBe(symbol);
    }
  });

  it('findUnit treats Unicode look-alikes as the same name (NFKC)', async () => {
    const { findUnit } = await lookup();
    const cases: Array<[string, string]> = [['m³', 'm3'], ['°C', 'C'], ['°f', 'F'], ['\u2103', 'C'], ['\u2109', 'F'], ['\u212A', 'K'], ['ｋｍ', 'km']];
    for (const [name, symbol] of cases) {
      expect(findUnit(name)?.symbol, `findUnit(${JSON.stringify(name)}) (U+${name.codePointAt(0)!.toString(16).toUpperCase()}...)`).toBe(symbol);
    }
  });

  it('normalizeName applies NFKC, then lower case', async () => {
    const { normalizeName } = await load<{ normalizeName: (name: string) => string }>('src/lookup.ts', ['normalizeName']);
    const cases: Array<[string, string]> = [['KM', 'km'], ['Km³', 'km3'], ['\u2103', '°c'], ['\u212A', 'k'], ['ＧｉＢ', 'gib'], ['Degree Celsius', 'degree celsius']];
    for (const [name, expected] of cases) expect(normalizeName(name), `normalizeName(${JSON.stringify(name)})`).toBe(expected);
  });

  it('findUnit returns undefined for names that are not in the table', async () => {
    const { findUnit } = await lookup();
    // Names are not trimmed: " km" is not a unit name.
    for (const name of ['', 'xyz', 'kmm', 'kilo meter', ' km', 'km ', '\tmi', 'list', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'length']) {
      expect(findUnit(name), `findUnit(${JSON.stringify(name)})`).toBeUndefined();
    }
  });
});

describe('Task 2: Convert between units', () => {
  it('converts lengths', async () => {
    const { convert } = await converter();
    expectClose(convert(10, 'km', 'mi'), 6.2137119223733395, 'convert(10, "km", "mi")');
    expectClose(convert(1, 'mi', 'm'), 1609.344, 'convert(1, "mi", "m")');
    expectClose(convert(12, 'in', 'ft'), 1, 'convert(12, "in", "ft")');
    expectClose(convert(1, 'yd', 'cm'), 91.44, 'convert(1, "yd", "cm")');
    expectClose(convert(2.5, 'm', 'mm'), 2500, 'convert(2.5, "m", "mm")');
  });

  it('every unit except °C and °F has the size of the table in its base unit', async () => {
    const { convert } = await converter();
    for (const [dimension, symbol, , , size] of TABLE) {
      if (Number.isNaN(size)) continue;
      const base = BASE[dimension]!;
      expectClose(convert(1, symbol, base), size, `convert(1, "${symbol}", "${base}")`);
      expectClose(convert(size, base, symbol), 1, `convert(${size}, "${base}", "${symbol}")`);
    }
  });

  it('converts between two units that are not the base unit', async () => {
    const { convert } = await converter();
    const cases: Array<[number, string, string, number]> = [
      [1, 'GiB', 'MB', 1073.741824],
      [1, 'kB', 'bit', 8000],
      [1, 'TB', 'GB', 1000],
      [1, 'lb', 'oz', 16],
      [1, 'st', 'lb', 14],
      [1, 'kg', 'lb', 2.2046226218487757],
      [1, 'gal', 'floz', 128],
      [2, 'cup', 'pt', 1],
      [1, 'qt', 'pt', 2],
      [1, 'm3', 'gal', 264.17205235814845],
      [1, 'ft', 'in', 12],
    ];
    for (const [value, from, to, expected] of cases) expectClose(convert(value, from, to), expected, `convert(${value}, "${from}", "${to}")`);
  });

  it('converts temperatures with an offset, not only a factor', async () => {
    const { convert } = await converter();
    const cases: Array<[number, string, string, number]> = [
      [451, 'F', 'C', 232.77777777777777],
      [100, 'C', 'F', 212],
      [0, 'C', 'F', 32],
      [-40, 'C', 'F', -40],
      [-40, 'F', 'C', -40],
      [0, 'K', 'C', -273.15],
      [0, 'K', 'F', -459.67],
      [98.6, 'F', 'C', 37],
      [300, 'K', 'F', 80.33],
      [0, 'F', 'K', 255.3722222222222],
      [20, 'C', 'K', 293.15],
    ];
    for (const [value, from, to, expected] of cases) expectClose(convert(value, from, to), expected, `convert(${value}, "${from}", "${to}")`);
  });

  it('accepts any name of a unit, in any case', async () => {
    const { convert } = await converter();
    expectClose(convert(10, 'kilometres', 'miles'), 6.2137119223733395, 'convert(10, "kilometres", "miles")');
    expectClose(convert(100, 'celsius', '°F'), 212, 'convert(100, "celsius", "°F")');
    expectClose(convert(3, 'FEET', 'Yards'), 1, 'convert(3, "FEET", "Yards")');
    expectClose(convert(1, 'm³', 'liters'), 1000, 'convert(1, "m³", "liters")');
  });

  it('gives the value back when both units are the same, and converts back and forth', async () => {
    const { convert } = await converter();
    expectClose(convert(7.5, 'kg', 'kg'), 7.5, 'convert(7.5, "kg", "kg")');
    expectClose(convert(-12.5, 'C', 'C'), -12.5, 'convert(-12.5, "C", "C")');
    expectClose(convert(0, 'km', 'mi'), 0, 'convert(0, "km", "mi")');
    for (const [value, a, b] of [[37, 'C', 'F'], [451, 'F', 'K'], [3.3, 'gal', 'mL'], [5, 'GiB', 'kB']] as Array<[number, string, string]>) {
      expectClose(convert(convert(value, a, b), b, a), value, `convert(convert(${value}, "${a}", "${b}"), "${b}", "${a}")`);
    }
  });
});

describe('Task 3: Format numbers', () => {
  it('rounds to at most N decimal places', async () => {
    const { formatNumber } = await formatter();
    const cases: Array<[number, number, string]> = [
      [6.2137119223733395, 4, '6.2137'],
      [232.77777777777777, 4, '232.7778'],
      [6.2137119223733395, 2, '6.21'],
      [1 / 3, 10, '0.3333333333'],
      [2 / 3, 1, '0.7'],
      [1609.344, 4, '1609.344'],
    ];
    for (const [value, precision, expected] of cases) expect(formatNumber(value, precision), `formatNumber(${value}, ${precision})`).toBe(expected);
  });

  it('drops zeros at the end of the fraction, never in the whole part', async () => {
    const { formatNumber } = await formatter();
    const cases: Array<[number, number, string]> = [
      [10000, 4, '10000'],
      [100, 2, '100'],
      [2.5, 4, '2.5'],
      [10.5, 3, '10.5'],
      [32.00000000001, 4, '32'],
      [0, 4, '0'],
      [120.05, 4, '120.05'],
    ];
    for (const [value, precision, expected] of cases) expect(formatNumber(value, precision), `formatNumber(${value}, ${precision})`).toBe(expected);
  });

  it('precision 0 gives whole numbers', async () => {
    const { formatNumber } = await formatter();
    const cases: Array<[number, string]> = [[6.21, '6'], [1609.344, '1609'], [0.4, '0'], [6.7, '7'], [-40.2, '-40'], [100, '100']];
    for (const [value, expected] of cases) expect(formatNumber(value, 0), `formatNumber(${value}, 0)`).toBe(expected);
  });

  it('rounds a half away from zero', async () => {
    const { formatNumber } = await formatter();
    const cases: Array<[number, number, string]> = [
      [0.125, 2, '0.13'],
      [-0.125, 2, '-0.13'],
      [2.5, 0, '3'],
      [-2.5, 0, '-3'],
      [0.5, 0, '1'],
      [1.5, 0, '2'],
    ];
    for (const [value, precision, expected] of cases) expect(formatNumber(value, precision), `formatNumber(${value}, ${precision})`).toBe(expected);
  });

  it('never prints "-0"', async () => {
    const { formatNumber } = await formatter();
    const cases: Array<[number, number]> = [[-0.00001, 4], [-0, 2], [-0.4, 0], [-0.000000000001, 10]];
    for (const [value, precision] of cases) expect(formatNumber(value, precision), `formatNumber(${value}, ${precision})`).toBe('0');
  });

  it('writes plain decimals below 1e21, JavaScript exponent form from 1e21', async () => {
    const { formatNumber } = await formatter();
    const cases: Array<[number, number, string]> = [
      [0.0000001, 10, '0.0000001'],
      [0.00001234, 10, '0.00001234'],
      [123456789.125, 2, '123456789.13'],
      [1e20, 0, '100000000000000000000'],
      [1e21, 0, '1e+21'],
      [1.2e30, 2, '1.2e+30'],
      [-5e21, 4, '-5e+21'],
    ];
    for (const [value, precision, expected] of cases) expect(formatNumber(value, precision), `formatNumber(${value}, ${precision})`).toBe(expected);
  });
});

describe('Task 4: Run conversions from the command line', () => {
  it('prints "<value> <from> = <result> <to>" and exits 0', async () => {
    await expectOutput(['10', 'km', 'mi'], '10 km = 6.2137 mi\n');
    await expectOutput(['451', 'F', 'C'], '451 F = 232.7778 C\n');
    await expectOutput(['10', 'km', 'm'], '10 km = 10000 m\n');
  });

  it('prints the value as a number and the units by their symbols', async () => {
    await expectOutput(['1e3', 'm', 'km'], '1000 m = 1 km\n');
    await expectOutput(['.5', 'km', 'm'], '0.5 km = 500 m\n');
    await expectOutput(['+5', 'kg', 'g'], '5 kg = 5000 g\n');
    await expectOutput(['2.50', 'L', 'mL'], '2.5 L = 2500 mL\n');
    await expectOutput(['10', 'kilometres', 'miles'], '10 km = 6.2137 mi\n');
    await expectOutput(['100', '°C', 'fahrenheit'], '100 C = 212 F\n');
    await expectOutput(['1', 'KIB', 'bytes'], '1 KiB = 1024 B\n');
  });

  it('reads a negative value as a value, not as an option', async () => {
    await expectOutput(['-40', 'C', 'F'], '-40 C = -40 F\n');
    await expectOutput(['-.5', 'C', 'K'], '-0.5 C = 272.65 K\n');
    await expectOutput(['--', '-40', 'F', 'C'], '-40 F = -40 C\n');
    await expectOutput(['--precision', '1', '--', '-.55', 'C', 'K'], '-0.55 C = 272.6 K\n');
    await expectFailure(['--', '-h', 'km', 'mi'], 1);
  });

  it('--precision N sets the decimal places, wherever it is on the line', async () => {
    await expectOutput(['--precision', '2', '10', 'km', 'mi'], '10 km = 6.21 mi\n');
    await expectOutput(['10', 'km', 'mi', '--precision=1'], '10 km = 6.2 mi\n');
    await expectOutput(['10', 'km', '--precision', '0', 'mi'], '10 km = 6 mi\n');
    await expectOutput(['1', 'km', 'mi', '--precision', '10'], '1 km = 0.6213711922 mi\n');
    await expectOutput(['1', 'mm', 'km'], '1 mm = 0 km\n');
  });

  it('--precision outside 0 to 10, or not a whole number, is a usage error (exit 2)', async () => {
    for (const precision of ['11', '-1', 'abc', '2.5', '', '1e1', '100']) {
      const stderr = await expectFailure(['10', 'km', 'mi', '--precision', precision], 2);
      expect(stderr, `main(["10", "km", "mi", "--precision", "${precision}"]): stderr should name the option`).toContain('--precision');
    }
    await expectFailure(['10', 'km', 'mi', '--precision=11'], 2);
    await expectFailure(['10', 'km', 'mi', '--precision'], 2);
  });

  it('--help prints the usage to stdout and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['10', 'km', 'mi', '--help']]) {
      const result = await run(argv);
      expect(result.code, `${show(argv)}: exit code`).toBe(0);
      expect(result.stderr, `${show(argv)}: stderr`).toBe('');
      expect(result.stdout, `${show(argv)}: stdout should show the usage`).toMatch(/usage/i);
      expect(result.stdout, `${show(argv)}: the help should mention --precision`).toContain('--precision');
      expect(result.stdout, `${show(argv)}: the help should mention --json`).toContain('--json');
    }
  });

  it('a wrong number of arguments or an unknown option is a usage error (exit 2) with the usage on stderr', async () => {
    for (const argv of [[], ['10'], ['10', 'km'], ['10', 'km', 'mi', 'ft'], ['--json']]) {
      const stderr = await expectFailure(argv, 2);
      expect(stderr, `${show(argv)}: stderr should show the usage`).toMatch(/usage/i);
    }
    for (const [argv, option] of [[['--fast', '10', 'km', 'mi'], '--fast'], [['10', 'km', 'mi', '-x'], '-x'], [['--5', 'km', 'mi'], '--5'], [['-', 'km', 'mi'], '-'], [['-e5', 'km', 'mi'], '-e5']] as Array<[string[], string]>) {
      const stderr = await expectFailure(argv, 2);
      expect(stderr, `${show(argv)}: stderr should name the unknown option`).toContain(`"${option}"`);
      expect(stderr, `${show(argv)}: stderr should show the usage`).toMatch(/usage/i);
    }
  });

  it('colours the output only for a terminal without NO_COLOR', async () => {
    const argv = ['10', 'km', 'mi'];
    const coloured = await run(argv, { tty: true, env: {} });
    expect(coloured.stdout, `${show(argv)} on a terminal: stdout should contain colour codes`).toMatch(ANSI);
    expect(coloured.stdout.replace(ANSI, ''), `${show(argv)} on a terminal, colour codes removed`).toBe('10 km = 6.2137 mi\n');
    for (const value of ['1', '0', 'false']) {
      const noColor = await run(argv, { tty: true, env: { NO_COLOR: value } });
      expect(noColor.stdout, `${show(argv)} on a terminal with NO_COLOR=${JSON.stringify(value)} (any non-empty value turns colour off)`).toBe('10 km = 6.2137 mi\n');
    }
    const empty = await run(argv, { tty: true, env: { NO_COLOR: '' } });
    expect(empty.stdout, `${show(argv)} on a terminal with NO_COLOR="" (empty counts as unset): stdout should contain colour codes`).toMatch(ANSI);
    const piped = await run(argv, { tty: false, env: {} });
    expect(piped.stdout, `${show(argv)} into a pipe`).toBe('10 km = 6.2137 mi\n');
  });

  it('the real CLI prints the result and exits 0', async () => {
    const result = await runCli(['10', 'km', 'mi']);
    expect(result.stdout, 'src/cli.ts 10 km mi: stdout').toBe('10 km = 6.2137 mi\n');
    expect(result.code, `src/cli.ts 10 km mi: exit code (stderr: ${result.stderr})`).toBe(0);
  });
});

describe('Task 5: Refuse bad input', () => {
  it('parseValue reads plain decimal numbers', async () => {
    const { parseValue } = await converter();
    const cases: Array<[string, number]> = [['10', 10], ['-40', -40], ['+5', 5], ['2.5', 2.5], ['.5', 0.5], ['5.', 5], ['1e3', 1000], ['1.5E-3', 0.0015], ['007', 7], ['-0', -0], ['12.345', 12.345], ['.25', 0.25], ['1e10', 1e10], ['2E+2', 200], ['-12.50', -12.5]];
    for (const [text, expected] of cases) expect(parseValue(text), `parseValue("${text}")`).toBe(expected);
  });

  it('parseValue refuses anything else with ConversionError not_a_number or too_large', async () => {
    const { parseValue } = await converter();
    const { ConversionError } = await load<ErrorsModule>('src/errors.ts', ['ConversionError']);
    for (const text of ['abc', '', ' ', '10km', '0x10', '0b1', 'Infinity', '-Infinity', 'NaN', '1,5', ' 5', '5 ', '-', '.', 'e5', '1e', '--5', '1.2.3', '٣', '５']) {
      const error = errorOf(() => parseValue(text));
      expect(error, `parseValue(${JSON.stringify(text)}) should throw a ConversionError`).toBeInstanceOf(ConversionError);
      expect(error.name, `parseValue(${JSON.stringify(text)}): error.name`).toBe('ConversionError');
      expect(error.code, `parseValue(${JSON.stringify(text)}): error.code`).toBe('not_a_number');
    }
    for (const text of ['1e999', '-1e999']) {
      expect(codeOf(() => parseValue(text)), `parseValue("${text}"): error.code`).toBe('too_large');
    }
  });

  it('a value that is not a number fails with exit 1', async () => {
    for (const value of ['abc', '', '10km', '0x10', 'Infinity', 'NaN', '1,5']) {
      await expectFailure([value, 'km', 'mi'], 1);
    }
    const stderr = await expectFailure(['1e999', 'km', 'mi'], 1);
    expect(stderr, 'main(["1e999", "km", "mi"]): stderr').toMatch(/too large/i);
  });

  it('checks the value before the units', async () => {
    const stderr = await expectFailure(['abc', 'xyz', 'mi'], 1);
    expect(stderr, 'main(["abc", "xyz", "mi"]): stderr should name the value "abc"').toContain('abc');
    expect(stderr, 'main(["abc", "xyz", "mi"]): only the first problem is reported').not.toContain('xyz');
  });

  it('checks the from unit before the to unit, and the dimensions before the sign of the amount', async () => {
    const both = await expectFailure(['10', 'xyz', 'abcd'], 1);
    expect(both, 'main(["10", "xyz", "abcd"]): stderr should name the from unit "xyz"').toContain('"xyz"');
    expect(both, 'main(["10", "xyz", "abcd"]): only the first problem (the from unit) is reported').not.toContain('abcd');
    const { convert } = await converter();
    const cases: Array<[number, string, string]> = [[-5, 'km', 'kg'], [-300, 'C', 'm'], [-1, 'GB', 'K']];
    for (const [value, from, to] of cases) {
      const argv = [String(value), from, to];
      const stderr = await expectFailure(argv, 1);
      expect(stderr, `${show(argv)}: different dimensions come before the negative amount`).not.toMatch(/negative|absolute zero/i);
      expect(codeOf(() => convert(value, from, to)), `convert(${value}, "${from}", "${to}"): error.code (incompatible units are checked first)`).toBe('incompatible_units');
    }
  });

  it('an unknown unit fails with exit 1 and suggests the closest one', async () => {
    const cases: Array<[string[], string, string]> = [
      [['10', 'kilometr', 'mi'], 'kilometr', 'km'],
      [['10', 'km', 'mille'], 'mille', 'mi'],
      [['100', 'celcius', 'F'], 'celcius', 'C'],
      [['1', 'kilomètre', 'm'], 'kilomètre', 'km'],
      [['451', 'fahrenheight', 'C'], 'fahrenheight', 'F'],
    ];
    for (const [argv, unknown, suggestion] of cases) {
      const stderr = await expectFailure(argv, 1);
      expect(stderr, `${show(argv)}: stderr`).toContain(`unknown unit "${unknown}"`);
      expect(stderr.toLowerCase(), `${show(argv)}: stderr should suggest "${suggestion}"`).toContain(`did you mean "${suggestion.toLowerCase()}"?`);
      expect(stderr, `${show(argv)}: the suggestion is the unit's symbol`).toContain(`"${suggestion}"?`);
    }
  });

  it('an unknown unit with nothing close gets no suggestion', async () => {
    for (const argv of [['10', 'xyz', 'mi'], ['10', 'km', 'constructor'], ['1', 'kq', 'm'], ['1', '', 'm']]) {
      const stderr = await expectFailure(argv, 1);
      const name = argv[1] === 'km' ? argv[2] : argv[1];
      expect(stderr, `${show(argv)}: stderr`).toContain(`unknown unit "${name}"`);
      expect(stderr, `${show(argv)}: nothing is close enough to suggest`).not.toMatch(/did you mean/i);
    }
  });

  it('suggestUnit allows 1 edit for names of 3 to 5 characters, 2 edits from 6, none below 3', async () => {
    const { suggestUnit } = await lookup();
    const cases: Array<[string, string | undefined]> = [
      ['kilometr', 'km'],
      ['kilomtr', 'km'],
      ['fahrenheight', 'F'],
      ['grammz', 'g'],
      ['galon', 'gal'],
      ['kelvn', 'K'],
      ['kgg', 'kg'],
      ['kmm', 'mm'],
      ['KILOMETR', 'km'],
      ['mlies', undefined],
      ['mlie', undefined],
      ['xyz', undefined],
      ['kq', undefined],
      ['', undefined],
      ['kilogrammmm', undefined],
      ['qqqqqqqqqq', undefined],
    ];
    for (const [name, expected] of cases) expect(suggestUnit(name), `suggestUnit("${name}")`).toBe(expected);
  });

  it('resolveUnit returns the unit or throws unknown_unit with the suggestion', async () => {
    const { resolveUnit } = await lookup();
    expect(resolveUnit('Kilometers').symbol, 'resolveUnit("Kilometers").symbol').toBe('km');
    const close = errorOf(() => resolveUnit('kilometr'));
    expect(close.code, 'resolveUnit("kilometr"): error.code').toBe('unknown_unit');
    expect(close.message, 'resolveUnit("kilometr"): error.message').toContain('unknown unit "kilometr"');
    expect(close.message.toLowerCase(), 'resolveUnit("kilometr"): error.message').toContain('did you mean "km"?');
    const far = errorOf(() => resolveUnit('xyz'));
    expect(far.code, 'resolveUnit("xyz"): error.code').toBe('unknown_unit');
    expect(far.message, 'resolveUnit("xyz"): error.message').not.toMatch(/did you mean/i);
    expect(far.message, 'resolveUnit("xyz"): error.message').toContain('convert list');
  });

  it('units of different dimensions cannot be converted (exit 1)', async () => {
    const { convert } = await converter();
    const cases: Array<[string, string, string, string]> = [['km', 'kg', 'length', 'mass'], ['C', 'm', 'temperature', 'length'], ['GB', 'L', 'data', 'volume']];
    for (const [from, to, a, b] of cases) {
      const argv = ['10', from, to];
      const stderr = await expectFailure(argv, 1);
      expect(stderr, `${show(argv)}: stderr should name both dimensions`).toContain(a);
      expect(stderr, `${show(argv)}: stderr should name both dimensions`).toContain(b);
      expect(codeOf(() => convert(10, from, to)), `convert(10, "${from}", "${to}"): error.code`).toBe('incompatible_units');
    }
  });

  it('a temperature below absolute zero is refused (exit 1)', async () => {
    const { convert } = await converter();
    const cases: Array<[string[], string]> = [[['-300', 'C', 'K'], '-273.15'], [['-273.16', 'C', 'F'], '-273.15'], [['-459.68', 'F', 'C'], '-459.67'], [['-0.01', 'K', 'C'], '0 K']];
    for (const [argv, zero] of cases) {
      const stderr = await expectFailure(argv, 1);
      expect(stderr, `${show(argv)}: stderr`).toMatch(/absolute zero/i);
      expect(stderr, `${show(argv)}: stderr should give absolute zero in ${argv[1]}`).toContain(zero);
    }
    expect(codeOf(() => convert(-1, 'K', 'C')), 'convert(-1, "K", "C"): error.code').toBe('below_absolute_zero');
    expect(codeOf(() => convert(-500, 'F', 'F')), 'convert(-500, "F", "F"): error.code').toBe('below_absolute_zero');
  });

  it('absolute zero itself is a temperature', async () => {
    await expectOutput(['-273.15', 'C', 'K'], '-273.15 C = 0 K\n');
    await expectOutput(['-459.67', 'F', 'C'], '-459.67 F = -273.15 C\n');
    await expectOutput(['0', 'K', 'F'], '0 K = -459.67 F\n');
  });

  it('a negative length, mass, volume or data size is refused (exit 1)', async () => {
    const { convert } = await converter();
    for (const argv of [['-5', 'km', 'mi'], ['-2', 'lb', 'kg'], ['-0.001', 'gal', 'L'], ['-1', 'B', 'bit'], ['-1e-9', 'm', 'm']]) {
      const stderr = await expectFailure(argv, 1);
      expect(stderr, `${show(argv)}: stderr`).toMatch(/negative/i);
      expect(codeOf(() => convert(Number(argv[0]), argv[1]!, argv[2]!)), `convert(${argv[0]}, "${argv[1]}", "${argv[2]}"): error.code`).toBe('negative_amount');
    }
    await expectOutput(['-0', 'km', 'mi'], '0 km = 0 mi\n');
  });

  it('a result too large for a number is refused (exit 1)', async () => {
    const { convert } = await converter();
    const stderr = await expectFailure(['1e308', 'TB', 'bit'], 1);
    expect(stderr, 'main(["1e308", "TB", "bit"]): stderr').toMatch(/too large/i);
    expect(codeOf(() => convert(1e308, 'TB', 'bit')), 'convert(1e308, "TB", "bit"): error.code').toBe('too_large');
    expect(codeOf(() => convert(Infinity, 'm', 'km')), 'convert(Infinity, "m", "km"): error.code').toBe('too_large');
    const nan = errorOf(() => convert(Number.NaN, 'm', 'km'));
    expect(nan.code, 'convert(NaN, "m", "km"): error.code').toBe('not_a_number');
    expect(nan.message, 'convert(NaN, "m", "km"): error.message should say what is wrong').not.toBe('');
    await expectOutput(['1e300', 'km', 'm'], '1e+300 km = 1e+303 m\n');
  });

  it('the real CLI exits 1 when a conversion is impossible', async () => {
    const result = await runCli(['10', 'km', 'kg']);
    expect(result.code, 'src/cli.ts 10 km kg: exit code').toBe(1);
    expect(result.stdout, 'src/cli.ts 10 km kg: stdout').toBe('');
    expect(result.stderr, 'src/cli.ts 10 km kg: stderr').toMatch(/length/);
  });
});

describe('Task 6: List units and print JSON', () => {
  /** The lines of `list` output as headers and [symbol, name] pairs. */
  function parseList(stdout: string): Array<string | [string, string]> {
    return stdout
      .replace(ANSI, '')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        if (!/^\s/.test(line)) return line.trim();
        const match = /^\s+(\S+)\s+(.+?)\s*$/.exec(line);
        return match ? [match[1]!, match[2]!] : `(unreadable line: ${line})`;
      });
  }

  function expectedList(dimensions: string[]): Array<string | [string, string]> {
    return dimensions.flatMap((dimension) => [dimension, ...TABLE.filter((row) => row[0] === dimension).map((row): [string, string] => [row[1], row[2]])]);
  }

  it('list prints every dimension, then its units with their names', async () => {
    const result = await run(['list']);
    expect(result.code, 'main(["list"]): exit code').toBe(0);
    expect(result.stderr, 'main(["list"]): stderr').toBe('');
    expect(parseList(result.stdout), 'main(["list"]): headers and "  <symbol>  <name>" lines').toEqual(expectedList(DIMENSIONS));
  });

  it('list lines are two spaces, the symbol padded to 6 characters, then the name', async () => {
    const temperature = await run(['list', 'temperature']);
    expect(temperature.stdout, 'main(["list", "temperature"]): stdout').toBe('temperature\n  C     degree Celsius\n  F     degree Fahrenheit\n  K     kelvin\n');
    const volume = await run(['list', 'volume']);
    expect(volume.stdout.split('\n').slice(0, 4), 'main(["list", "volume"]): the first lines of stdout').toEqual(['volume', '  mL    millilitre', '  L     litre', '  m3    cubic metre']);
    expect(volume.stdout, 'main(["list", "volume"]): the line of floz').toContain('\n  floz  fluid ounce\n');
  });

  it('list <dimension> prints only that dimension', async () => {
    for (const dimension of ['temperature', 'data', 'Mass']) {
      const argv = ['list', dimension];
      const result = await run(argv);
      expect(result.code, `${show(argv)}: exit code`).toBe(0);
      expect(parseList(result.stdout), `${show(argv)}: stdout`).toEqual(expectedList([dimension.toLowerCase()]));
    }
  });

  it('list with an unknown dimension fails with exit 1 and names the dimensions', async () => {
    for (const argv of [['list', 'speed'], ['list', 'lengths'], ['list', '']]) {
      const stderr = await expectFailure(argv, 1);
      expect(stderr, `${show(argv)}: stderr should list the dimensions`).toContain('length, mass, temperature, volume, data');
    }
    await expectFailure(['list', 'length', 'mass'], 2);
  });

  it('list --json prints every unit with symbol, name, dimension and aliases', async () => {
    const argv = ['list', '--json'];
    const result = await run(argv);
    expect(result.code, `${show(argv)}: exit code`).toBe(0);
    const data = json(result, argv) as Unit[];
    expect(Array.isArray(data), `${show(argv)}: stdout should be a JSON array`).toBe(true);
    expect(
      data.map((unit) => [unit.symbol, unit.name, unit.dimension, [...unit.aliases].sort()]),
      `${show(argv)}: [symbol, name, dimension, aliases] of each unit`,
    ).toEqual(TABLE.map(([dimension, symbol, name, aliases]) => [symbol, name, dimension, [...aliases].sort()]));
  });

  it('list <dimension> --json prints only that dimension', async () => {
    const argv = ['--json', 'list', 'volume'];
    const result = await run(argv);
    expect(result.code, `${show(argv)}: exit code`).toBe(0);
    const data = json(result, argv) as Unit[];
    expect(
      data.map((unit) => unit.symbol),
      `${show(argv)}: the symbols`,
    ).toEqual(['mL', 'L', 'm3', 'floz', 'cup', 'pt', 'qt', 'gal']);
  });

  it('--json prints the conversion as one JSON object', async () => {
    const argv = ['10', 'kilometres', 'mi', '--json'];
    const result = await run(argv);
    expect(result.code, `${show(argv)}: exit code`).toBe(0);
    expect(result.stderr, `${show(argv)}: stderr`).toBe('');
    const data = json(result, argv) as Record<string, unknown>;
    expect(data.value, `${show(argv)}: value`).toBe(10);
    expect(data.from, `${show(argv)}: from`).toBe('km');
    expect(data.to, `${show(argv)}: to`).toBe('mi');
    expect(data.dimension, `${show(argv)}: dimension`).toBe('length');
    expectClose(data.result as number, 6.2137119223733395, `${show(argv)}: result (not rounded)`);
    expect(data.formatted, `${show(argv)}: formatted`).toBe('6.2137');

    const precise = ['--json', '--precision', '1', '-40', 'F', 'C'];
    const other = json(await run(precise), precise) as Record<string, unknown>;
    expect([other.value, other.from, other.to, other.dimension, other.formatted], `${show(precise)}: value, from, to, dimension, formatted`).toEqual([-40, 'F', 'C', 'temperature', '-40']);
    expectClose(other.result as number, -40, `${show(precise)}: result`);
  });

  it('--json output has no colour codes, even on a terminal', async () => {
    for (const argv of [['1', 'GiB', 'MB', '--json'], ['list', 'mass', '--json']]) {
      const result = await run(argv, { tty: true, env: {} });
      expect(result.stdout, `${show(argv)} on a terminal`).not.toMatch(ANSI);
      expect(json(result, argv), `${show(argv)}: parsed stdout`).toBeTruthy();
    }
  });

  it('with --json, errors still go to stderr as text and stdout stays empty', async () => {
    await expectFailure(['10', 'km', 'kg', '--json'], 1);
    await expectFailure(['abc', 'km', 'mi', '--json'], 1);
    await expectFailure(['10', 'km', 'mi', '--json', '--precision', '99'], 2);
  });
});
