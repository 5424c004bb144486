import { StringDecoder } from 'node:string_decoder';
import { CsvSyntaxError } from './errors.js';

export interface CsvRecord {
  fields: string[];
  line: number;
}
export interface ParseOptions {
  delimiter?: string;
}

type Mode = 'start' | 'plain' | 'inQuotes' | 'afterQuote';

/** Every bit of state lives here, so the input can be cut anywhere. */
class CsvMachine {
  private mode: Mode = 'start';
  private row: string[] = [];
  private cell = '';
  private lineNo = 1;
  private rowLine = 1;
  private quoteLine = 1;
  private lastWasCR = false;
  private started = false;
  private firstChar = true;

  constructor(private readonly sep: string) {}

  feed(text: string): CsvRecord[] {
    const done: CsvRecord[] = [];
    for (const ch of text) {
      if (this.firstChar) {
        this.firstChar = false;
        if (ch === '\uFEFF') continue;
      }
      if (this.lastWasCR) {
        this.lastWasCR = false;
        if (ch === '\n') {
          // Second half of a \r\n: inside quotes it is data, elsewhere nothing.
          if (this.mode === 'inQuotes') this.cell += ch;
          continue;
        }
      }
      const isBreak = ch === '\n' || ch === '\r';
      if (ch === '\r') this.lastWasCR = true;
      switch (this.mode) {
        case 'start':
          if (!this.started) this.rowLine = this.lineNo;
          if (ch === '"') {
            this.mode = 'inQuotes';
            this.quoteLine = this.lineNo;
            this.started = true;
          } else if (ch === this.sep) {
            this.started = true;
            this.endCell();
          } else if (isBreak) {
            if (this.started) done.push(this.endRow());
          } else {
            this.started = true;
            this.mode = 'plain';
            this.cell += ch;
          }
          break;
        case 'plain':
          if (ch === '"') throw new CsvSyntaxError('unexpected quote in unquoted field', this.lineNo);
          if (ch === this.sep) this.endCell();
          else if (isBreak) done.push(this.endRow());
          else this.cell += ch;
          break;
        case 'inQuotes':
          if (ch === '"') this.mode = 'afterQuote';
          else this.cell += ch;
          break;
        case 'afterQuote':
          if (ch === '"') {
            this.cell += '"';
            this.mode = 'inQuotes';
          } else if (ch === this.sep) this.endCell();
          else if (isBreak) done.push(this.endRow());
          else throw new CsvSyntaxError('unexpected character after closing quote', this.lineNo);
          break;
      }
      if (isBreak) this.lineNo += 1;
    }
    return done;
  }

  finish(): CsvRecord[] {
    if (this.mode === 'inQuotes') throw new CsvSyntaxError('unterminated quoted field', this.quoteLine);
    return this.started ? [this.endRow()] : [];
  }

  private endCell(): void {
    this.row.push(this.cell);
    this.cell = '';
    this.mode = 'start';
  }

  private endRow(): CsvRecord {
    this.endCell();
    const record = { fields: this.row, line: this.rowLine };
    this.row = [];
    this.started = false;
    return record;
  }
}

export async function* parseCsv(input: AsyncIterable<string | Buffer> | Iterable<string | Buffer>, options: ParseOptions = {}): AsyncGenerator<CsvRecord> {
  const machine = new CsvMachine(options.delimiter ?? ',');
  const utf8 = new StringDecoder('utf8');
  for await (const chunk of input) {
    yield* machine.feed(typeof chunk === 'string' ? chunk : utf8.write(chunk));
  }
  yield* machine.feed(utf8.end());
  yield* machine.finish();
}
