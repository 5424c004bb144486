// Shared by the p34 suite: starting an app on a temporary database, CSV files, the shapes the
// Interface promises, and a look inside the `movies` table (its six columns are the contract).
import { expect } from 'vitest';
import { expectStatus, startDbApp, withRawDb, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export const HEADER = 'imdb_id,title,year,runtime_minutes,genres,rating';
export const MOVIE_FIELDS = ['genres', 'imdbId', 'rating', 'runtimeMinutes', 'title', 'year'];
export const REPORT_FIELDS = ['errors', 'failed', 'inserted', 'mode', 'received', 'updated'];

export interface MovieJson {
  imdbId: string;
  title: string;
  year: number;
  runtimeMinutes: number | null;
  genres: string[];
  rating: number | null;
}

export interface MoviePage {
  items: MovieJson[];
  total: number;
  limit: number;
  offset: number;
}

export interface RowError {
  line: number;
  problems: Array<{ field: string; message: string }>;
}

export interface ImportReport {
  mode: string;
  received: number;
  inserted: number;
  updated: number;
  failed: number;
  errors: RowError[];
}

/** A row of the movies table, as the suite reads it with plain SQL. */
export interface MovieRow {
  imdb_id: string;
  title: string;
  year: number;
  runtime_minutes: number | null;
  genres: string;
  rating: number | null;
}

export function start(options: { dbFile?: string } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: '2026-03-01T12:00:00.000Z' });
}

/** A CSV file: the header, then the rows, each line ended by \n. */
export function csv(...rows: string[]): string {
  return [HEADER, ...rows].map((line) => `${line}\n`).join('');
}

/** A good row for an id: `tt0000001,Film 1,2001,90,Drama,7.5` style. */
export function row(n: number, changes: Partial<Record<'title' | 'year' | 'runtime' | 'genres' | 'rating', string>> = {}): string {
  const id = `tt${String(n).padStart(7, '0')}`;
  return [id, changes.title ?? `Film ${n}`, changes.year ?? String(1950 + (n % 70)), changes.runtime ?? String(80 + (n % 60)), changes.genres ?? 'Drama', changes.rating ?? '7.5'].join(',');
}

export function idOf(n: number): string {
  return `tt${String(n).padStart(7, '0')}`;
}

/** POST /imports with a text/csv body; the response as it is. */
export function postCsv(api: TestServer, body: string | Buffer, query = '', headers: Record<string, string> = {}, timeoutMs?: number): Promise<HttpResponse> {
  return api.post(`/imports${query}`, { body, headers: { 'content-type': 'text/csv', ...headers }, timeoutMs, expected: 'a 200 with the import report' });
}

/** POST /imports that must succeed with a report: checks the shape and that the counts add up. */
export async function importCsv(api: TestServer, body: string | Buffer, query = ''): Promise<ImportReport> {
  const res = await postCsv(api, body, query);
  expectStatus(res, 200);
  return expectReport(res);
}

export function expectReport(res: HttpResponse): ImportReport {
  const report = res.json as ImportReport;
  expect(typeof report === 'object' && report !== null, `${res.request}: the body should be an import report, got ${res.text.slice(0, 300)}`).toBe(true);
  expect(Object.keys(report).sort(), `${res.request}: the report has exactly the fields ${REPORT_FIELDS.join(', ')}`).toEqual(REPORT_FIELDS);
  expect(Array.isArray(report.errors), `${res.request}: errors should be an array`).toBe(true);
  expect(report.inserted + report.updated + report.failed, `${res.request}: received should be inserted + updated + failed (${JSON.stringify({ ...report, errors: undefined })})`).toBe(report.received);
  expect(report.errors.length, `${res.request}: errors should have one entry per failed row`).toBe(report.failed);
  return report;
}

/** The counts of a report, without the errors, for one toEqual. */
export function counts(report: ImportReport): Omit<ImportReport, 'errors'> {
  const { errors: _errors, ...rest } = report;
  return rest;
}

/** The bad rows of a report as { line: [fields with a problem, sorted] }. */
export function badLines(report: { errors: RowError[] }): Record<number, string[]> {
  for (const error of report.errors) {
    expect(Array.isArray(error.problems) && error.problems.length > 0, `the bad row on line ${error.line} should list its problems, got ${JSON.stringify(error)}`).toBe(true);
    for (const problem of error.problems) expect(typeof problem.message === 'string' && problem.message.trim() !== '', `line ${error.line}: each problem has a message (a non-empty string), got ${JSON.stringify(problem)}`).toBe(true);
  }
  return Object.fromEntries(report.errors.map((error) => [error.line, [...new Set((error.problems ?? []).map((problem) => problem.field))].sort()]));
}

export async function getMovie(api: TestServer, imdbId: string): Promise<MovieJson> {
  const res = await api.get(`/movies/${imdbId}`);
  expectStatus(res, 200);
  expect(Object.keys(res.json as object).sort(), `${res.request}: a movie has exactly the fields ${MOVIE_FIELDS.join(', ')}`).toEqual(MOVIE_FIELDS);
  return res.json as MovieJson;
}

export async function listMovies(api: TestServer, query = ''): Promise<MoviePage> {
  const res = await api.get(`/movies${query}`);
  expectStatus(res, 200);
  const page = res.json as MoviePage;
  expect(Array.isArray(page?.items), `${res.request}: the body should be { items, total, limit, offset }, got ${res.text.slice(0, 300)}`).toBe(true);
  for (const item of page.items) expect(Object.keys(item).sort(), `${res.request}: a movie has exactly the fields ${MOVIE_FIELDS.join(', ')}`).toEqual(MOVIE_FIELDS);
  return page;
}

/** Rows inserted straight into the movies table, as another program would. */
export function seed(dbFile: string, rows: MovieRow[]): void {
  withRawDb(dbFile, (db) => {
    const insert = db.prepare('INSERT INTO movies (imdb_id, title, year, runtime_minutes, genres, rating) VALUES (?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (const r of rows) insert.run(r.imdb_id, r.title, r.year, r.runtime_minutes, r.genres, r.rating);
    })();
  });
}

/** The movies table's row for an id, read with plain SQL (undefined when there is none). */
export function dbMovie(dbFile: string, imdbId: string): MovieRow | undefined {
  return withRawDb(dbFile, (db) => db.prepare('SELECT imdb_id, title, year, runtime_minutes, genres, rating FROM movies WHERE imdb_id = ?').get(imdbId) as MovieRow | undefined);
}

export function dbCount(dbFile: string): number {
  return withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM movies').pluck().get() as number);
}

/** Every row of the movies table by imdb_id: the whole library, to prove nothing changed. */
export function dbAll(dbFile: string): MovieRow[] {
  return withRawDb(dbFile, (db) => db.prepare('SELECT imdb_id, title, year, runtime_minutes, genres, rating FROM movies ORDER BY imdb_id').all() as MovieRow[]);
}
