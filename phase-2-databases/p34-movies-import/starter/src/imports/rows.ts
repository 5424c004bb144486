// From CSV records to movies: the header says which field is which column, and every data row
// is checked against the same rules as the API's (movies/validation.ts). A bad row is described,
// never thrown: the import goes on with the next one.
import type { FieldProblem } from '../errors.js';
import { HttpError } from '../errors.js';
import type { NewMovie } from '../db/schema.js';
import { GENRE_PATTERN, IMDB_ID_PATTERN, MAX_YEAR, MIN_YEAR } from '../movies/validation.js';
import type { CsvRecord } from './csv.js';

/** The columns a file must name in its header, each once, in any order. */
export const COLUMNS = ['imdb_id', 'title', 'year', 'runtime_minutes', 'genres', 'rating'] as const;
export type Column = (typeof COLUMNS)[number];

/** Where each column sits in the file's rows: { imdb_id: 0, title: 1, ... }. */
export type ColumnIndex = Record<Column, number>;

export const MAX_TITLE_LENGTH = 200;
export const MAX_RUNTIME = 1000;

/** A data row that could not be imported, and why. */
export interface RowError {
  line: number;
  problems: FieldProblem[];
}

export type RowResult = { ok: true; movie: NewMovie } | { ok: false; error: RowError };

/**
 * TODO (Task 2): where each of the six columns sits in the header (line 1), or a 400 invalid_csv
 * (HttpError) for a missing header, a missing, repeated or unknown column.
 */
export function readHeader(header: CsvRecord | undefined): ColumnIndex {
  void header;
  void HttpError;
  throw new Error('Not implemented: readHeader (Task 2)');
}

/**
 * TODO (Task 2): the row as a movie, or its line and EVERY problem (field = column name, or
 * `row` for a malformed record or a wrong number of fields): SPEC.md's table of valid values.
 */
export function validateRow(record: CsvRecord, columns: ColumnIndex): RowResult {
  void [record, columns, GENRE_PATTERN, IMDB_ID_PATTERN, MAX_YEAR, MIN_YEAR];
  throw new Error('Not implemented: validateRow (Task 2)');
}
