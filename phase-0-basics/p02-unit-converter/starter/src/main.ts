// Tasks 4, 5 and 6 in SPEC.md: the command line around the functions of Tasks 1 to 3.
import { Chalk, type ChalkInstance } from 'chalk';
import { parseCommandLine, UsageError, type Command } from './args.js';
import { convert, parseValue } from './convert.js';
import { ConversionError } from './errors.js';
import { formatNumber } from './format.js';
import { resolveUnit } from './lookup.js';
import { DIMENSIONS, UNITS } from './units.js';

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
  const wanted = io.stdout.isTTY === true && !io.env.NO_COLOR;
  return new Chalk({ level: wanted ? 1 : 0 });
}

/**
 * The whole program: reads argv, writes to io, returns the exit code (0 done, 1 the value or a
 * unit is wrong, 2 the command line is wrong). It never calls process.exit: src/cli.ts does
 * the wiring, so tests can call main() many times in one process.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  // TODO (Task 4): parseCommandLine(argv). A UsageError becomes "error: <message>", the usage
  // and "Run with --help for details." on stderr, and exit code 2.
  // TODO (Task 4): help prints HELP to stdout (exit 0). A conversion runs parseValue,
  // resolveUnit for both units, convert and formatNumber, then prints one line:
  //   10 km = 6.2137 mi
  // using colours(io) for the result; only then write to stdout, so a failure leaves it empty.
  // TODO (Task 5): catch ConversionError only: "error: <message>" on stderr, exit code 1.
  // TODO (Task 6): list (text or --json) and --json for conversions, without colour.
  throw new Error(`Not implemented: main(${JSON.stringify(argv)})`);
}
