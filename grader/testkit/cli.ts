import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PassThrough, Readable, Writable } from 'node:stream';
import { onTestFinished } from 'vitest';
import { bundleForNode } from './bundle.js';
import { ContractError, implDir, implPath } from './impl.js';

/** The `io` argument every phase 0 `main(argv, io)` receives (see phase-0-basics/README.md). */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  [extra: string]: unknown;
}

export type MainFn = (argv: string[], io: CliIo) => number | Promise<number>;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunMainOptions {
  /** Text (or a stream, to check streaming) fed to stdin; empty by default. */
  stdin?: string | Buffer | NodeJS.ReadableStream;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Pretend stdout is a terminal (colour allowed unless NO_COLOR). */
  tty?: boolean;
  /** Extra fields merged into io, e.g. injected prompt answers for interactive modes. */
  io?: Record<string, unknown>;
}

class Collector extends Writable {
  chunks: Buffer[] = [];
  isTTY: boolean;
  constructor(tty: boolean) {
    super();
    this.isTTY = tty;
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

function stdinStream(input: RunMainOptions['stdin']): NodeJS.ReadableStream & { isTTY?: boolean } {
  if (input === undefined) return Readable.from([]);
  if (typeof input === 'string' || Buffer.isBuffer(input)) {
    return Readable.from([Buffer.from(input)]);
  }
  return input;
}

/** Calls a learner's `main(argv, io)` with in-memory streams and returns exit code and output. */
export async function runMain(main: MainFn, argv: string[], options: RunMainOptions = {}): Promise<CliResult> {
  const stdout = new Collector(options.tty ?? false);
  const stderr = new Collector(options.tty ?? false);
  const io: CliIo = {
    stdin: stdinStream(options.stdin),
    stdout,
    stderr,
    env: { TZ: 'UTC', ...options.env },
    cwd: options.cwd ?? process.cwd(),
    ...options.io,
  };
  const code = await main(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A stdin that a test feeds piece by piece, to prove a tool streams instead of buffering. */
export function controlledStdin(): PassThrough {
  return new PassThrough();
}

/**
 * Runs the real CLI file (`src/cli.ts` by default) of the implementation in a child process,
 * as a learner would from a terminal. Slower than runMain (about 0.15 s): use for a few checks.
 */
export async function runCli(args: string[], options: { file?: string; stdin?: string; env?: Record<string, string>; cwd?: string } = {}): Promise<CliResult> {
  const relFile = options.file ?? 'src/cli.ts';
  const file = implPath(relFile);
  if (!existsSync(file)) {
    throw new ContractError(`The file ${relFile} is missing: create it in ${implDir()} (see the Interface section of SPEC.md).`);
  }
  const compiled = await bundleForNode({ file });
  if ('compileError' in compiled) return { code: 1, stdout: '', stderr: compiled.compileError };
  const child = spawn(process.execPath, ['--enable-source-maps', compiled.bundle, ...args], {
    cwd: options.cwd ?? implDir(),
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LANG: 'C.UTF-8', NO_COLOR: '1', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // A check that timed out must not leave the learner's program running.
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  child.stdin.end(options.stdin ?? '');
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve(status ?? (signal ? 128 : 1)));
  });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
