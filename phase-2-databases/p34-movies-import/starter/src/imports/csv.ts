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

/**
 * TODO (Task 2): split the text into records as SPEC.md's Task 2 says ("The file" and "Line
 * numbers"): quoted fields, \n and \r\n, empty lines skipped but counted, each record with the
 * line it starts on, `malformed` for text after a closing quote, and a 400 invalid_csv
 * (HttpError) for a quoted field that never closes.
 */
export function parseCsv(text: string): CsvRecord[] {
  void text;
  void HttpError;
  throw new Error('Not implemented: parseCsv (Task 2)');
}
