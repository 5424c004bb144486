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
 * Reads the header record (line 1): exactly the six columns, in any order. Anything else is a
 * 400 invalid_csv for the whole file, because no row could be read with it.
 */
export function readHeader(header: CsvRecord | undefined): ColumnIndex {
  // (A malformed header, "imdb_id"x, needs no test of its own: the text after the quote makes
  // that name unknown.)
  const names = header?.line === 1 ? header.fields : [];
  const known = COLUMNS.every((column) => names.includes(column));
  if (!known || names.length !== COLUMNS.length) {
    throw new HttpError(400, 'invalid_csv', `Line 1 must be the header: the columns ${COLUMNS.join(', ')}, each once, in any order.`);
  }
  // Six names, each of the six columns among them: each appears exactly once.
  return Object.fromEntries(COLUMNS.map((column) => [column, names.indexOf(column)])) as ColumnIndex;
}

// Compiled once: an import runs them 100,000 times.
const GENRES_PATTERN = new RegExp(`^${GENRE_PATTERN.source.slice(1, -1)}(\\|${GENRE_PATTERN.source.slice(1, -1)})*$`);
const YEAR_PATTERN = /^\d{4}$/;
const RUNTIME_PATTERN = /^\d{1,4}$/;
const RATING_PATTERN = /^\d{1,2}(\.\d)?$/;

/**
 * Checks one data record. Every problem of the row is listed (not only the first), each under
 * the column it concerns; a row with the wrong number of fields has one problem, under `row`.
 * Values are stored as written: no trimming, so ` 1999` is not a year.
 */
export function validateRow(record: CsvRecord, columns: ColumnIndex): RowResult {
  const { line, fields } = record;
  if (record.malformed) return { ok: false, error: { line, problems: [{ field: 'row', message: record.malformed }] } };
  if (fields.length !== COLUMNS.length) {
    return { ok: false, error: { line, problems: [{ field: 'row', message: `has ${fields.length} fields; the header has ${COLUMNS.length}` }] } };
  }
  const problems: FieldProblem[] = [];

  const imdbId = fields[columns.imdb_id]!;
  if (!IMDB_ID_PATTERN.test(imdbId)) problems.push({ field: 'imdb_id', message: 'must be tt followed by 7 or 8 digits' });

  // Characters, not UTF-16 units: [...title] counts an emoji once. Only long titles need it.
  const title = fields[columns.title]!;
  if (title.trim() === '') problems.push({ field: 'title', message: 'must not be empty' });
  else if (title.length > MAX_TITLE_LENGTH && [...title].length > MAX_TITLE_LENGTH) problems.push({ field: 'title', message: `must be at most ${MAX_TITLE_LENGTH} characters` });

  const yearText = fields[columns.year]!;
  const year = YEAR_PATTERN.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) problems.push({ field: 'year', message: `must be a year from ${MIN_YEAR} to ${MAX_YEAR}` });

  // Empty means unknown: NULL in the table, null in the API.
  const runtimeText = fields[columns.runtime_minutes]!;
  const runtimeMinutes = runtimeText === '' ? null : RUNTIME_PATTERN.test(runtimeText) ? Number(runtimeText) : NaN;
  if (runtimeMinutes !== null && !(runtimeMinutes >= 1 && runtimeMinutes <= MAX_RUNTIME)) {
    problems.push({ field: 'runtime_minutes', message: `must be empty or a whole number from 1 to ${MAX_RUNTIME}` });
  }

  const genres = fields[columns.genres]!;
  if (genres !== '' && !GENRES_PATTERN.test(genres)) {
    problems.push({ field: 'genres', message: 'must be empty or genres separated by |, each a letter then letters or hyphens (20 at most)' });
  }

  const ratingText = fields[columns.rating]!;
  const rating = ratingText === '' ? null : RATING_PATTERN.test(ratingText) ? Number(ratingText) : NaN;
  if (rating !== null && !(rating <= 10)) problems.push({ field: 'rating', message: 'must be empty or a number from 0 to 10 with at most one decimal' });

  if (problems.length > 0) return { ok: false, error: { line, problems } };
  return { ok: true, movie: { imdbId, title, year, runtimeMinutes, genres, rating } };
}
