// The data file: read it as untrusted input, save it atomically, and never write over a file
// that we could not read: it may hold years of someone's expenses.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { isValidDay } from './dates.js';
import { emptyLedgerData, Ledger, normalizeCategory, type LedgerData } from './ledger.js';
import { MAX_CENTS } from './money.js';

/** The data file could not be read or saved: the work failed (exit 1), the file is as it was. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The data file exists but is not a valid ledger. Commands stop and leave it untouched. */
export class CorruptFileError extends StoreError {
  override name = 'CorruptFileError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} is not a valid expenses file (${reason}); it was left as it is`);
  }
}

// The shape of the data file (https://zod.dev). JSON.parse accepts any JSON: this checks that it
// really is a ledger before a single byte of it is trusted.
const cents = z.number().int().min(-MAX_CENTS).max(MAX_CENTS);
const category = z.string().refine((name) => normalizeCategory(name) === name, 'not a category name');
const expenseSchema = z.object({
  id: z.number().int().positive(),
  date: z.string().refine(isValidDay, 'not a day (YYYY-MM-DD)'),
  amount: cents.refine((amount) => amount !== 0, 'an amount is never 0'),
  category,
  note: z.string(),
});
const ledgerSchema = z.object({
  nextId: z.number().int().positive(),
  expenses: z.array(expenseSchema),
  budgets: z.record(category, cents.min(0)),
});

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}

/** Parses and checks the text of a data file. Throws CorruptFileError. */
function parseLedgerData(text: string, file: string): LedgerData {
  // TODO (Task 3):
  // - JSON.parse in a try: it throws a SyntaxError on damaged text -> CorruptFileError.
  // - ledgerSchema.safeParse(json): { success: false, error } -> CorruptFileError with
  //   error.issues[0] (its path and message) as the reason.
  // - Two expenses with the same id -> CorruptFileError too.
  throw new Error('Not implemented: parseLedgerData');
}

/**
 * Reads the ledger. A missing file, or one with only whitespace, is an empty ledger; a file that
 * is not a valid ledger throws CorruptFileError; one that cannot be read throws StoreError.
 */
export async function loadLedger(file: string): Promise<Ledger> {
  // TODO (Task 3):
  // - await readFile(file, 'utf8'). Only an error whose code is 'ENOENT' (errorCode above) means
  //   "nothing saved yet": new Ledger(emptyLedgerData()). Any other error: StoreError naming the file.
  // - Text with only whitespace is an empty ledger too; else new Ledger(parseLedgerData(text, file)).
  throw new Error('Not implemented: loadLedger');
}

/**
 * Saves atomically: the whole text goes to a temporary file in the same folder, which then
 * replaces the data file with one rename. A rename is all or nothing, so a crash or a full disk
 * leaves either the old file or the new one, never half of one.
 */
export async function saveLedger(file: string, ledger: Ledger): Promise<void> {
  // TODO (Task 3):
  // - temp = `${file}.${randomBytes(6).toString('hex')}.tmp`: same folder, a name no one else uses.
  // - try: writeFile(temp, JSON.stringify(ledger, null, 2) + '\n'), then rename(temp, file).
  // - catch: rm(temp, { force: true }) and throw a StoreError that names the file.
  throw new Error('Not implemented: saveLedger');
}
