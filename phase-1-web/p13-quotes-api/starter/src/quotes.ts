// The quotes themselves: where they come from, how they are checked, filtered and cut into pages.
// Nothing here knows about HTTP, so every function can be tried on its own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The data file shipped with the project. Resolved from this module's own URL, not from the
 * working directory, so the server finds it wherever it is started from. Given in full.
 */
export const DEFAULT_DATA_FILE = fileURLToPath(new URL('../data/quotes.json', import.meta.url));

/** Text that is not empty or only whitespace. */
const someText = z.string().regex(/\S/, 'must not be empty');

/** What one quote in the data looks like. Given in full. */
export const quoteSchema = z.object({
  id: z.number().int().min(1),
  text: someText,
  author: someText,
  tags: z.array(someText),
});

export type Quote = z.infer<typeof quoteSchema>;

// TODO (Task 1): ids must be unique. Add .superRefine((quotes, context) => ...) and call
// context.addIssue({ code: 'custom', path: [index, 'id'], message: '...' }) for a repeated id.
export const quoteListSchema = z.array(quoteSchema);

/**
 * Checks raw data (parsed JSON, or what a test passed in) and returns clean quotes sorted by id.
 * `source` names where the data came from, for the error message.
 */
export function parseQuotes(data: unknown, source: string): Quote[] {
  // TODO (Task 1): quoteListSchema.safeParse(data). On failure throw new Error(...) whose message
  // contains `source` (z.prettifyError(result.error) explains what is wrong). On success return
  // the quotes sorted by id.
  throw new Error(`Not implemented: parseQuotes for ${source} (Task 1)`);
}

/** Reads and checks a JSON data file. Synchronous on purpose: createApp is, and runs once. */
export function readQuotesFile(file: string): Quote[] {
  // TODO (Task 1): readFileSync(file, 'utf8'), JSON.parse, then parseQuotes(data, file). A file
  // that cannot be read or is not JSON is an Error whose message contains the file path too.
  throw new Error(`Not implemented: readQuotesFile(${file}) (Task 1)`);
}

/** Where the quotes of one app come from: an array given in the options wins over a file. */
export function loadQuotes(source: { quotes?: readonly unknown[]; dataFile?: string }): Quote[] {
  // TODO (Task 1): source.quotes when given (checked by parseQuotes, source 'options.quotes'),
  // else readQuotesFile(source.dataFile ?? DEFAULT_DATA_FILE).
  throw new Error(`Not implemented: loadQuotes (Task 1)${source.dataFile ? ` for ${source.dataFile}` : ''}`);
}

/** The filters of GET /quotes; a missing one lets every quote through. */
export interface QuoteFilter {
  author?: string | undefined;
  tag?: string | undefined;
  q?: string | undefined;
}

export function matchesFilter(quote: Quote, filter: QuoteFilter): boolean {
  // TODO (Task 3): every given filter must match, ignoring case: author is the whole author name,
  // tag one of the quote's tags, q a piece of the text or of the author (includes(), no RegExp).
  throw new Error(`Not implemented: matchesFilter for quote ${quote.id} (Task 3) ${JSON.stringify(filter)}`);
}

/** The quotes that pass every given filter, in the order they came (by id). */
export function filterQuotes(quotes: readonly Quote[], filter: QuoteFilter): Quote[] {
  // TODO (Task 3): quotes.filter(...) with matchesFilter.
  throw new Error(`Not implemented: filterQuotes of ${quotes.length} quotes (Task 3) ${JSON.stringify(filter)}`);
}

/** One page of a list, with what a client needs to ask for the others. */
export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
  totalPages: number;
}

/** Page 1 is items 0 to limit - 1. A page past the end is simply empty. */
export function paginate<T>(items: readonly T[], page: number, limit: number): Page<T> {
  // TODO (Task 2): slice out the page; total counts all the items, totalPages rounds up.
  throw new Error(`Not implemented: paginate ${items.length} items, page ${page} of ${limit} (Task 2)`);
}
