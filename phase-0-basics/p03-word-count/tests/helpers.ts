// Shared by the p03 suite: the module shapes SPEC.md's Interface promises, lazy loaders, an
// independent way to compute the expected counts, streams split at chosen places, and a parser
// for report lines that reads the numbers without depending on the spacing.
import { Readable, Writable } from 'node:stream';
import { load, runMain, type CliResult, type MainFn, type RunMainOptions } from '#testkit';

export interface Counts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
}

export type Field = keyof Counts;

export interface Counter {
  write(chunk: Uint8Array): void;
  end(): Counts;
}

export interface CountModule {
  countText(input: string | Uint8Array): Counts;
  createCounter(): Counter;
  countStream(source: AsyncIterable<Uint8Array | string>): Promise<Counts>;
}

export interface FormatModule {
  formatCounts(counts: Counts, fields: readonly Field[], name?: string): string;
}

export const loadCount = () => load<CountModule>('src/count.ts', ['countText', 'createCounter', 'countStream']);
export const loadFormat = () => load<FormatModule>('src/format.ts', ['formatCounts']);
export const loadMain = () => load<{ main: MainFn }>('src/main.ts', ['main']);

/** Calls the learner's main with in-memory streams. */
export async function wc(argv: string[], options: RunMainOptions = {}): Promise<CliResult> {
  const { main } = await loadMain();
  return runMain(main, argv, options);
}

/** Only the four promised fields, so that extra fields on the result never fail a check. */
export function pick(counts: Counts): Counts {
  return { lines: counts.lines, words: counts.words, chars: counts.chars, bytes: counts.bytes };
}

/**
 * The counts the spec defines, computed another way (whole-text regular expressions) for a
 * well-formed string: the oracle that the learner's chunk-by-chunk counter is compared with.
 */
export function expected(text: string): Counts {
  return {
    lines: (text.match(/\r\n|\r|\n/g) ?? []).length,
    words: text.split(/\s+/).filter((word) => word !== '').length,
    chars: [...text].length,
    bytes: Buffer.byteLength(text, 'utf8'),
  };
}

export function show(text: string): string {
  return JSON.stringify(text);
}

export function hex(bytes: Uint8Array): string {
  return `<${Buffer.from(bytes).toString('hex').replace(/(..)(?=.)/g, '$1 ')}>`;
}

/** How the chunks were cut, for messages: ["h\xc3", "\xa9llo"]. */
export function showChunks(chunks: readonly Uint8Array[]): string {
  return `[${chunks.map(hex).join(', ')}]`;
}

/** A stream that yields exactly these chunks, each one separately (Readable.from keeps them apart). */
export function chunkStream(chunks: readonly Uint8Array[]): Readable {
  return Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
}

/**
 * `text` repeated `copies` times as UTF-8, produced lazily in chunks of `chunkSize` bytes: the
 * chunk boundaries fall everywhere inside the text (inside characters, words and \r\n pairs),
 * and only one chunk exists at a time.
 */
export async function* repeated(text: string, copies: number, chunkSize: number): AsyncGenerator<Buffer> {
  // A block of whole copies, about 64 KiB, so that each chunk is one or two copy operations.
  const block = Buffer.from(text.repeat(Math.max(1, Math.floor(65_536 / Buffer.byteLength(text)))));
  const total = Buffer.byteLength(text) * copies;
  for (let start = 0; start < total; start += chunkSize) {
    const end = Math.min(start + chunkSize, total);
    const chunk = Buffer.allocUnsafe(end - start);
    let written = 0;
    for (let at = start; at < end; ) {
      const inBlock = at % block.length;
      const take = Math.min(block.length - inBlock, end - at);
      block.copy(chunk, written, inBlock, inBlock + take);
      written += take;
      at += take;
    }
    yield chunk;
  }
}

export function times(counts: Counts, n: number): Counts {
  return { lines: counts.lines * n, words: counts.words * n, chars: counts.chars * n, bytes: counts.bytes * n };
}

export interface ReportLine {
  numbers: number[];
  name: string | undefined;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Reads report lines as "numbers, then an optional name" whatever the spacing. */
export function parseReport(stdout: string): ReportLine[] {
  return stripAnsi(stdout)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^\s*(\d+(?:[ \t]+\d+)*)(?:[ \t]+(.*))?$/.exec(line);
      if (!match) return { numbers: [], name: line };
      return { numbers: match[1]!.trim().split(/\s+/).map(Number), name: match[2] };
    });
}

/** A stdout that a check can read while main() is still running. */
export class LiveOutput extends Writable {
  private readonly chunks: Buffer[] = [];
  isTTY = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}
