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
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine: number | null = null;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoteLine !== null) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoteLine = null;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"') {
      quoteLine = line;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n') {
      endRecord();
      line += 1;
      recordLine = line;
    } else if (char !== '\r' || text[i + 1] !== '\n') {
      field += char;
    }
  }
  // A last record without a line end still counts; one with a quote still open runs to the end
  // of the file and is no record at all.
  if (quoteLine === null && (field !== '' || fields.length > 0)) endRecord();
  return { records, unclosedQuoteLine: quoteLine };
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
  if (fields.length !== CSV_HEADER.length) return `expected 4 fields (date,amount,category,note), found ${fields.length}`;
  const [date = '', amountText = '', categoryText = '', note = ''] = fields.map((field) => field.trim());
  if (!isValidDay(date)) return `"${date}" is not a date (YYYY-MM-DD)`;
  let amount: number;
  try {
    amount = parseAmount(amountText);
  } catch (error) {
    if (error instanceof MoneyError) return error.message;
    throw error;
  }
  if (amount === 0) return 'the amount is 0';
  const category = normalizeCategory(categoryText);
  if (category === null) return `"${categoryText}" is not a category`;
  return { date, amount, category, note: cleanNote(note) };
}

/** Reads an export (or a hand-made file) and sorts the rows into good expenses and problems. */
export function parseExpensesCsv(text: string): CsvImport {
  // Spreadsheets often start a UTF-8 file with a byte order mark: it is not part of the header.
  const { records, unclosedQuoteLine } = readRecords(text.replace(/^\uFEFF/, ''));
  const rows = records.filter((record) => !isBlank(record));
  const [header, ...body] = rows;
  if (header === undefined || !isHeader(header)) {
    return { expenses: [], problems: [{ line: header?.line ?? 1, message: `the first line must be the header ${CSV_HEADER.join(',')}` }] };
  }
  const expenses: NewExpense[] = [];
  const problems: CsvProblem[] = [];
  for (const record of body) {
    const row = readRow(record.fields);
    if (typeof row === 'string') problems.push({ line: record.line, message: row });
    else expenses.push(row);
  }
  if (unclosedQuoteLine !== null) problems.push({ line: unclosedQuoteLine, message: 'a quoted field is never closed' });
  return { expenses, problems };
}

/** Quotes a field only when it must be: it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The header and one line per expense, each ending in \n; amounts as in formatCents. */
export function expensesToCsv(expenses: readonly Expense[]): string {
  const lines = expenses.map((expense) => [expense.date, formatCents(expense.amount), expense.category, expense.note].map(csvField).join(','));
  return [CSV_HEADER.join(','), ...lines].map((line) => `${line}\n`).join('');
}
