import { Chalk, type ChalkInstance } from 'chalk';
import { parseCommandLine, UsageError, type Command } from './args.js';
import { convert, parseValue } from './convert.js';
import { ConversionError } from './errors.js';
import { formatNumber } from './format.js';
import { resolveUnit } from './lookup.js';
import { DIMENSIONS, UNITS, type Dimension, type Unit } from './units.js';

/**
 * Everything the program touches of the outside world. main() receives it instead of reading
 * `process`, so a test can hand it in-memory streams, an empty environment and any folder.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

const USAGE = `Usage: convert <value> <from> <to> [--precision N] [--json]
       convert list [dimension] [--json]`;

const HELP = `${USAGE}

Converts a value between units of length, mass, temperature, volume and data size.

Arguments:
  value          a decimal number: 10, -40, 2.5, .5, 1e3
  from, to       unit symbols or names: km, kilometre, kilometers, °C, F, GiB...
  dimension      length, mass, temperature, volume or data

Options:
  --precision N  decimal places in the result, 0 to 10 (default 4)
  --json         print JSON instead of text
  -h, --help     show this help

Examples:
  convert 10 km mi              10 km = 6.2137 mi
  convert 451 F C               451 F = 232.7778 C
  convert list temperature

Exit codes: 0 done, 1 the value or a unit is wrong, 2 the command line is wrong.
`;

/**
 * Colour only helps a person at a terminal (https://no-color.org). chalk's default export
 * decides from the real process; main must decide from io, so it builds its own instance.
 */
function colours(io: CliIo): ChalkInstance {
  const wanted = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
  return new Chalk({ level: wanted ? 1 : 0 });
}

function writeJson(io: CliIo, data: unknown): void {
  io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
}

function runConvert(command: Extract<Command, { kind: 'convert' }>, io: CliIo, paint: ChalkInstance): void {
  // Each step throws ConversionError, in the order the spec gives: value, units, then range.
  const value = parseValue(command.value);
  const from = resolveUnit(command.from);
  const to = resolveUnit(command.to);
  const result = convert(value, from.symbol, to.symbol);
  const formatted = formatNumber(result, command.precision);
  if (command.json) {
    writeJson(io, { value, from: from.symbol, to: to.symbol, dimension: from.dimension, result, formatted });
    return;
  }
  // String(value) writes the number as JavaScript reads it: "1e3" is echoed as 1000, "-0" as 0.
  io.stdout.write(`${String(value)} ${from.symbol} = ${paint.bold(`${formatted} ${to.symbol}`)}\n`);
}

function isDimension(name: string): name is Dimension {
  return (DIMENSIONS as readonly string[]).includes(name);
}

/** Returns the exit code: 1 for a dimension that does not exist. */
function runList(command: Extract<Command, { kind: 'list' }>, io: CliIo, paint: ChalkInstance): number {
  const wanted = command.dimension?.toLowerCase();
  if (wanted !== undefined && !isDimension(wanted)) {
    io.stderr.write(`${paint.red('error:')} unknown dimension "${command.dimension}". Use one of: ${DIMENSIONS.join(', ')}.\n`);
    return 1;
  }
  const dimensions = wanted === undefined ? DIMENSIONS : [wanted];
  const units = dimensions.flatMap((dimension) => UNITS.filter((unit) => unit.dimension === dimension));
  if (command.json) {
    writeJson(io, units.map(({ symbol, name, dimension, aliases }: Unit) => ({ symbol, name, dimension, aliases })));
    return 0;
  }
  const lines = dimensions.flatMap((dimension) => [
    paint.bold(dimension),
    ...UNITS.filter((unit) => unit.dimension === dimension).map((unit) => `  ${unit.symbol.padEnd(6)}${unit.name}`),
  ]);
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/**
 * The whole program: reads argv, writes to io, returns the exit code (0 done, 1 the value or a
 * unit is wrong, 2 the command line is wrong). It never calls process.exit: src/cli.ts does
 * the wiring, so tests can call main() many times in one process.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const paint = colours(io);
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${paint.red('error:')} ${error.message}\n${USAGE}\nRun with --help for details.\n`);
    return 2;
  }
  try {
    switch (command.kind) {
      case 'help':
        io.stdout.write(HELP);
        return 0;
      case 'list':
        return runList(command, io, paint);
      case 'convert':
        runConvert(command, io, paint);
        return 0;
    }
  } catch (error) {
    // Only the errors a user can cause become exit code 1; anything else is a bug and crashes.
    if (!(error instanceof ConversionError)) throw error;
    io.stderr.write(`${paint.red('error:')} ${error.message}\n`);
    return 1;
  }
}
