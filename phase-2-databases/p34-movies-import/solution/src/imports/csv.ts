// A small CSV parser for RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): fields separated by
// commas, records by line breaks, and fields in double quotes that may hold commas, line breaks
// and doubled quotes (""). It remembers the line each record starts on, so that a bad row can be
// reported where the user's editor shows it.
import { HttpError } from '../errors.js';

/** One record of the file: its fields, and the line (1-based) it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when a quoted field has text after its closing quote: the record is not trustworthy. */
  malformed?: string;
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10; // \n
const CR = 13; // \r

/**
 * Splits CSV text into records. Lines end with \n or \r\n (a lone \r is an ordinary character);
 * an empty line is not a record, but counts as a line. A quoted field that spans lines moves the
 * line count on, so the next record's number is the line it really starts on. A quoted field
 * that never closes swallows the rest of the file: that is a 400 for the whole body.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;

  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) === LF)) {
      // An empty line: skipped, but it is still a line.
      i += c === CR ? 2 : 1;
      line += 1;
      continue;
    }
    const record: CsvRecord = { line, fields: [] };
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        // A quoted field: everything up to the closing quote, "" standing for one quote.
        const openedOn = line;
        let from = i + 1;
        let j = from;
        value = '';
        for (;;) {
          if (j >= n) throw new HttpError(400, 'invalid_csv', `The quoted field that opens on line ${openedOn} never closes.`);
          c = text.charCodeAt(j);
          if (c === QUOTE) {
            if (text.charCodeAt(j + 1) === QUOTE) {
              value += text.slice(from, j + 1);
              j += 2;
              from = j;
              continue;
            }
            value += text.slice(from, j);
            j += 1;
            break;
          }
          if (c === LF) line += 1;
          j += 1;
        }
        // After the closing quote comes a comma, a line break or the end. Anything else (`"ab"c`)
        // makes the record malformed; that text belongs to the field, up to the next separator.
        const end = fieldEnd(text, j);
        if (end > j) {
          record.malformed ??= 'has text after a closing quote';
          value += text.slice(j, end);
        }
        i = end;
      } else {
        // An unquoted field runs to the next comma or line break; a quote in it is a character.
        const end = fieldEnd(text, i);
        value = text.slice(i, end);
        i = end;
      }
      record.fields.push(value);
      if (i >= n) break;
      c = text.charCodeAt(i);
      if (c === COMMA) {
        i += 1;
        continue; // another field follows, even at the end of the line (it is then empty)
      }
      // A line break ends the record.
      i += c === CR ? 2 : 1;
      line += 1;
      break;
    }
    records.push(record);
  }
  return records;
}

/** Where the field starting at `from` ends: at the next comma, \n or \r\n, or the end of the text. */
function fieldEnd(text: string, from: number): number {
  const n = text.length;
  let k = from;
  for (; k < n; k += 1) {
    const c = text.charCodeAt(k);
    if (c === COMMA || c === LF || (c === CR && text.charCodeAt(k + 1) === LF)) break;
  }
  return k;
}
