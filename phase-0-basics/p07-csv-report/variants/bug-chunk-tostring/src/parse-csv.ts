import { StringDecoder } from 'node:string_decoder';
import { CsvSyntaxError } from './errors.js';

/** One record of the file: its fields, and the physical line (1-based) where it starts. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

export interface ParseOptions {
  /** One character that separates fields; "," by default. Never `"`, `\r` or `\n`. */
  delimiter?: string;
}

/**
 * Where the parser is inside the text. The state survives from one chunk to the next, which is
 * what lets a quoted field, a `""` or a `\r\n` be cut anywhere by the stream.
 */
type State =
  | 'field-start' // nothing read yet of the current field
  | 'unquoted' // inside a field that did not start with a quote
  | 'quoted' // inside "...", where delimiters and line breaks are data
  | 'quote-in-quoted'; // just read a `"` inside "...": an escaped `""` or the closing quote

const BOM = '\uFEFF';

/**
 * An RFC 4180 parser as a small state machine, fed text piece by piece. It keeps only the record
 * being built, never the whole input: memory stays small however large the file is.
 */
class RecordParser {
  private readonly delimiter: string;
  private state: State = 'field-start';
  private fields: string[] = [];
  private field = '';
  /** The physical line the next character is on. */
  private line = 1;
  /** Where the current record and the current quoted field started, for messages. */
  private recordLine = 1;
  private quoteLine = 1;
  /** Whether the current record has any character yet: an empty line is not a record. */
  private recordStarted = false;
  /** The previous character was `\r`: a `\n` now completes a `\r\n`, one line break. */
  private afterCR = false;

  constructor(delimiter: string) {
    this.delimiter = delimiter;
  }

  /** Reads one piece of text and returns the records it completed (often none, often several). */
  push(text: string): CsvRecord[] {
    const done: CsvRecord[] = [];
    for (const char of text) {
      const crlf = this.afterCR && char === '\n';
      this.afterCR = char === '\r';
      if (crlf) {
        // The \r already ended the line (and the record, outside quotes); only keep the \n as data.
        if (this.state === 'quoted') this.field += char;
        continue;
      }
      this.read(char, done);
    }
    return done;
  }

  /** The input has ended: the last record may have no line break after it. */
  finish(): CsvRecord[] {
    if (this.state === 'quoted') throw new CsvSyntaxError('unterminated quoted field', this.quoteLine);
    if (!this.recordStarted) return [];
    const done: CsvRecord[] = [];
    this.endRecord(done);
    return done;
  }

  private read(char: string, done: CsvRecord[]): void {
    const lineBreak = char === '\n' || char === '\r';
    switch (this.state) {
      case 'quoted':
        if (char === '"') {
          this.state = 'quote-in-quoted';
        } else {
          this.field += char;
          if (lineBreak) this.line += 1;
        }
        return;
      case 'quote-in-quoted':
        if (char === '"') {
          // `""` inside quotes is one literal quote.
          this.field += '"';
          this.state = 'quoted';
        } else {
          this.endOfFieldOrFail(char, lineBreak, done, 'unexpected character after closing quote');
        }
        return;
      case 'unquoted':
        if (char === '"') throw new CsvSyntaxError('unexpected quote in unquoted field', this.line);
        if (char === this.delimiter || lineBreak) this.endOfFieldOrFail(char, lineBreak, done, '');
        else this.field += char;
        return;
      case 'field-start':
        if (lineBreak && !this.recordStarted) {
          // An empty line: no record, but it still counts for line numbers.
          this.line += 1;
          return;
        }
        this.startRecord();
        if (char === '"') {
          this.state = 'quoted';
          this.quoteLine = this.line;
        } else if (char === this.delimiter || lineBreak) {
          this.endOfFieldOrFail(char, lineBreak, done, '');
        } else {
          this.field = char;
          this.state = 'unquoted';
        }
        return;
    }
  }

  /** After a field, only a delimiter or a line break may come. */
  private endOfFieldOrFail(char: string, lineBreak: boolean, done: CsvRecord[], message: string): void {
    if (char === this.delimiter) {
      this.fields.push(this.field);
      this.field = '';
      this.state = 'field-start';
    } else if (lineBreak) {
      this.endRecord(done);
      this.line += 1;
    } else {
      throw new CsvSyntaxError(message, this.line);
    }
  }

  private startRecord(): void {
    if (this.recordStarted) return;
    this.recordStarted = true;
    this.recordLine = this.line;
  }

  private endRecord(done: CsvRecord[]): void {
    this.fields.push(this.field);
    done.push({ fields: this.fields, line: this.recordLine });
    this.fields = [];
    this.field = '';
    this.state = 'field-start';
    this.recordStarted = false;
  }
}

/**
 * Parses CSV from any async iterable of text or bytes (a file stream, stdin, an array) and yields
 * one record at a time, as soon as it is complete. An `async function*` is an async generator:
 * the caller's `for await` pulls the next record, and the generator reads only as much input as
 * that needs.
 */
export async function* parseCsv(input: AsyncIterable<string | Buffer> | Iterable<string | Buffer>, options: ParseOptions = {}): AsyncGenerator<CsvRecord> {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || '"\r\n'.includes(delimiter)) {
    throw new RangeError(`the delimiter must be one character other than a quote or a line break, not ${JSON.stringify(delimiter)}`);
  }
  const parser = new RecordParser(delimiter);
  // A multi-byte UTF-8 character (é, 日, 😀) may be cut between two chunks: the decoder keeps
  // the first bytes until the rest arrives, where Buffer#toString would produce garbage.
  const decoder = new StringDecoder('utf8');
  let atStart = true;
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (atStart && text !== '') {
      // Spreadsheets often start UTF-8 files with a byte order mark: it is not part of the header.
      if (text.startsWith(BOM)) text = text.slice(1);
      atStart = false;
    }
    yield* parser.push(text);
  }
  yield* parser.push(decoder.end());
  yield* parser.finish();
}
