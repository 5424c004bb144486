// CSV in and out (RFC 4180, as in p07): "date,amount,category,note", one expense per record.
// Import checks every row first and reports each bad one with its line number; the caller then
// imports all of them or none (SPEC.md, Task 5).
import { isValidDay } from './dates.js';
import { cleanNote, normalizeCategory, type Expense, type NewExpense } from './ledger.js';
import { formatCents, MoneyError, parseAmount } from './money.js';

export const CSV_HEADER = ['date', 'amount', 'category', 'note'] as const;

export interface CsvProblem {
  /** The line of the file where the bad record starts, counting from 1 (the header is line 1). */
  line: number;
  message: string;
}

export interface CsvImport {
  /** The good rows, in file order. */
  expenses: NewExpense[];
  /** The bad rows, in file order; empty when every row is good. */
  problems: CsvProblem[];
}

interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Splits CSV text into records of fields. A quoted field may hold commas, "" for a quote, and
 * line breaks, so records and lines are not the same thing: each record remembers the line it
 * starts on. Line ends may be \n or \r\n. A quote that is never closed swallows the rest of the
 * file: that last record is dropped, and the line of its quote returned.
 */
function readRecords(text: string): { records: CsvRecord[]; unclosedQuoteLine: number | null } {
  // TODO (Task 5): walk the text one character at a time (for (let i = 0; ...)), keeping the
  // current field, the fields of the current record, the current line number, the line the
  // record started on, and whether you are inside quotes (and since which line).
  // - Outside quotes: '"' opens quotes, ',' ends a field, '\n' ends a record (and a line), and a
  //   '\r' right before a '\n' is dropped. Anything else goes into the field.
  // - Inside quotes: '""' is one '"', a lone '"' closes the quotes, anything else (commas and
  //   line breaks too) goes into the field; count the '\n's so that line numbers stay right.
  // - At the end: a last record without a line end counts, unless its quote is still open.
  throw new Error('Not implemented: readRecords');
}

function isBlank(record: CsvRecord): boolean {
  return record.fields.length === 1 && record.fields[0]!.trim() === '';
}

function isHeader(record: CsvRecord): boolean {
  const names = record.fields.map((name) => name.trim().toLowerCase());
  return names.length === CSV_HEADER.length && CSV_HEADER.every((name, index) => names[index] === name);
}

/** One row to an expense, or the message that says what is wrong with it. */
function readRow(fields: string[]): NewExpense | string {
  // TODO (Task 5): exactly 4 fields; then each one trimmed: isValidDay(date), parseAmount
  // (a MoneyError's message is the problem), not 0, normalizeCategory, cleanNote(note).
  // Return the expense, or a string saying what is wrong.
  throw new Error('Not implemented: readRow');
}

/** Reads an export (or a hand-made file) and sorts the rows into good expenses and problems. */
export function parseExpensesCsv(text: string): CsvImport {
  // TODO (Task 5):
  // - Drop a byte order mark (\uFEFF) at the start; readRecords; skip blank records (isBlank).
  // - The first record must be the header (isHeader), else one problem at its line (line 1 for
  //   an empty file) and no expenses.
  // - readRow for every other record: good ones go to expenses, bad ones to problems with the
  //   record's line. An unclosed quote is one more problem, at the line where it opened.
  throw new Error('Not implemented: parseExpensesCsv');
}

/** Quotes a field only when it must be: it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The header and one line per expense, each ending in \n; amounts as in formatCents. */
export function expensesToCsv(expenses: readonly Expense[]): string {
  // TODO (Task 5): the header, then date, formatCents(amount), category, note for each expense,
  // each field through csvField, joined with ","; every line ends with "\n".
  throw new Error('Not implemented: expensesToCsv');
}
