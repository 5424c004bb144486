// For command-line tools that keep data in a file under $HOME (todo lists, ledgers...): a
// temporary home per check, a fake clock passed as io.now, and helpers to seed and read the file.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { runMain, type CliResult, type MainFn, type RunMainOptions } from './cli.js';
import { fakeClock, type FakeClock } from './clock.js';
import { tempDir } from './temp.js';

/** A run's result with the command line as a person would type it, for assertion messages. */
export type LabelledResult = CliResult & { label: string };

export interface CliHome<Data> {
  /** The temporary HOME and working folder of this check. */
  dir: string;
  /** The data file in it. */
  file: string;
  clock: FakeClock;
  /** Runs main(argv) in this home with the fake clock as io.now; `options.io` adds or replaces io fields. */
  run: (argv: string[], options?: RunMainOptions) => Promise<LabelledResult>;
  /** Writes the data file as it is: an object is written as JSON. */
  seed: (content: Data | string) => void;
  /** The data file parsed, or fails the check with a readable message. */
  data: () => Data;
  /** The data file's text, or undefined when it does not exist. */
  raw: () => string | undefined;
  /** Writes a file in the home folder and returns its absolute path. */
  write: (name: string, text: string) => string;
  /** The names in the folder, sorted. */
  names: () => string[];
  /** The data file's inode: a new one means the file was replaced (renamed over), not rewritten. */
  inode: () => number;
}

export interface CliHomeOptions {
  /** The command's name in messages: `todo add "Buy milk"`. */
  command: string;
  /** The data file's name in the home folder, e.g. `.todo.json`. */
  dataFile: string;
  /** Loads the learner's main, inside the check (see load()). */
  loadMain: () => Promise<{ main: MainFn }>;
  /** The fake clock's start. */
  now: string;
}

/** How a person would type the arguments: quoted only where a shell would need it. */
function commandLine(command: string, argv: string[]): string {
  return [command, ...argv.map((arg) => (/^[\w#.=/:-]+$/.test(arg) ? arg : JSON.stringify(arg)))].join(' ');
}

export function cliHome<Data>(options: CliHomeOptions): CliHome<Data> {
  const dir = tempDir(`b100-${options.command}-`);
  const file = path.join(dir, options.dataFile);
  const clock = fakeClock(options.now);
  return {
    dir,
    file,
    clock,
    run: async (argv, runOptions = {}) => {
      const { main } = await options.loadMain();
      const result = await runMain(main, argv, {
        cwd: dir,
        ...runOptions,
        env: { HOME: dir, ...runOptions.env },
        io: { now: clock.now, ...runOptions.io },
      });
      return { ...result, label: commandLine(options.command, argv) };
    },
    seed: (content) => writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`),
    data: () => {
      expect(existsSync(file), `the data file ${file} should exist`).toBe(true);
      const text = readFileSync(file, 'utf8');
      try {
        return JSON.parse(text) as Data;
      } catch {
        return expect.fail(`the data file should hold JSON, but holds: ${text.slice(0, 200)}`);
      }
    },
    raw: () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
    write: (name, text) => {
      const target = path.join(dir, name);
      writeFileSync(target, text);
      return target;
    },
    names: () => readdirSync(dir).sort(),
    inode: () => statSync(file).ino,
  };
}

/** Asserts a usage error: exit 2, a message on stderr, nothing on stdout. */
export function expectUsageError(result: LabelledResult): void {
  expect(result.code, `${result.label}: exit code (2 = wrong usage); stderr was: ${result.stderr}`).toBe(2);
  expect(result.stderr, `${result.label}: stderr should say what is wrong`).not.toBe('');
  expect(result.stdout, `${result.label}: stdout (errors go to stderr)`).toBe('');
}

/** Asserts a failure: exit 1, a message on stderr, nothing on stdout. */
export function expectFailure(result: LabelledResult): void {
  expect(result.code, `${result.label}: exit code (1 = the work failed); stderr was: ${result.stderr}`).toBe(1);
  expect(result.stderr, `${result.label}: stderr should say what went wrong`).not.toBe('');
  expect(result.stdout, `${result.label}: stdout (errors go to stderr)`).toBe('');
}
