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
 * Where the parser is inside the text (SPEC.md, Task 1). The state must survive from one chunk to
 * the next (Task 2): a quoted field, a `""` or a `\r\n` can be cut anywhere by the stream.
 */
type State =
  | 'field-start' // nothing read yet of the current field
  | 'unquoted' // inside a field that did not start with a quote
  | 'quoted' // inside "...", where delimiters and line breaks are data
  | 'quote-in-quoted'; // just read a `"` inside "...": an escaped `""` or the closing quote

/**
 * An RFC 4180 parser as a small state machine, fed text piece by piece. It keeps only the record
 * being built, never the whole input. The fields below are a suggestion: keep them or use your own.
 */
class RecordParser {
  private readonly delimiter: string;
  private state: State = 'field-start';
  private fields: string[] = [];
  private field = '';
  /** The physical line the next character is on. */
  private line = 1;
  /** Where the current record started, for CsvRecord.line. */
  private recordLine = 1;
  /** Where the current quoted field started, for "unterminated quoted field". */
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
    // TODO (Task 1): for each character (`for (const char of text)`), decide by this.state:
    // - 'field-start': `"` opens a quoted field (remember this.quoteLine = this.line); the
    //   delimiter ends an empty field; a line break ends the record, unless nothing was read on
    //   this line (an empty line: skip it, but count the line); anything else starts an unquoted field.
    // - 'unquoted': the delimiter ends the field, a line break ends the record, a `"` is
    //   CsvSyntaxError('unexpected quote in unquoted field', this.line), anything else is data.
    // - 'quoted': `"` goes to 'quote-in-quoted'; anything else, line breaks too, is data.
    // - 'quote-in-quoted': `"` is one literal quote (back to 'quoted'); the delimiter or a line
    //   break ends the field; anything else is CsvSyntaxError('unexpected character after closing quote', this.line).
    // A line break is \n, \r\n or \r: add 1 to this.line for each (once for \r\n: that is what
    // this.afterCR is for), inside quotes too. Push { fields, line: recordLine } into the result
    // when a record ends.
    // Task 2: nothing here may assume the chunk is the whole input.
    throw new Error('Not implemented: RecordParser.push');
  }

  /** The input has ended: the last record may have no line break after it. */
  finish(): CsvRecord[] {
    // TODO (Task 1 and 2): still inside quotes: CsvSyntaxError('unterminated quoted field', this.quoteLine).
    // Otherwise, if the current record has started, end it and return it; else return [].
    throw new Error('Not implemented: RecordParser.finish');
  }
}

/**
 * Parses CSV from any async iterable of text or bytes (a file stream, stdin, an array) and yields
 * one record at a time, as soon as it is complete. An `async function*` is an async generator:
 * https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/async_function*
 */
export async function* parseCsv(input: AsyncIterable<string | Buffer> | Iterable<string | Buffer>, options: ParseOptions = {}): AsyncGenerator<CsvRecord> {
  // TODO (Task 1): create one RecordParser with options.delimiter ?? ','; for await each chunk,
  // `yield* parser.push(text)`; at the end `yield* parser.finish()`.
  // TODO (Task 2): Buffer chunks go through one `new StringDecoder('utf8')` (decoder.write(chunk),
  // and decoder.end() at the end) so that a character cut between chunks is not garbled; drop a
  // '\uFEFF' (byte order mark) at the very start of the text.
  throw new Error('Not implemented: parseCsv');
}
