// The quotes themselves: where they come from, how they are checked, filtered and cut into pages.
// Nothing here knows about HTTP, so every function can be tried on its own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The data file shipped with the project. Resolved from this module's own URL, not from the
 * working directory, so the server finds it wherever it is started from.
 */
export const DEFAULT_DATA_FILE = fileURLToPath(new URL('../data/quotes.json', import.meta.url));

/** Text that is not empty or only whitespace. */
const someText = z.string().regex(/\S/, 'must not be empty');

export const quoteSchema = z.object({
  id: z.number().int().min(1),
  text: someText,
  author: someText,
  tags: z.array(someText),
});

export type Quote = z.infer<typeof quoteSchema>;

/** A list of quotes whose ids are unique: /quotes/:id must never have two answers. */
export const quoteListSchema = z.array(quoteSchema).superRefine((quotes, context) => {
  const seen = new Set<number>();
  quotes.forEach((quote, index) => {
    if (seen.has(quote.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `the id ${quote.id} is used twice` });
    seen.add(quote.id);
  });
});

/**
 * Checks raw data (parsed JSON, or what a test passed in) and returns clean quotes sorted by id.
 * zod returns new objects without unknown fields, so the caller's array is never shared or
 * changed. `source` names where the data came from, for the error message.
 */
export function parseQuotes(data: unknown, source: string): Quote[] {
  const result = quoteListSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`Invalid quotes in ${source}:\n${z.prettifyError(result.error)}`);
  }
  return result.data.sort((a, b) => a.id - b.id);
}

/** Reads and checks a JSON data file. Synchronous on purpose: createApp is, and runs once. */
export function readQuotesFile(file: string): Quote[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the quotes file ${file}: ${(error as Error).message}`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`The quotes file ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseQuotes(data, file);
}

/** Where the quotes of one app come from: an array given in the options wins over a file. */
export function loadQuotes(source: { quotes?: readonly unknown[]; dataFile?: string }): Quote[] {
  if (source.quotes !== undefined) return parseQuotes(source.quotes, 'options.quotes');
  return readQuotesFile(source.dataFile ?? DEFAULT_DATA_FILE);
}

/** The filters of GET /quotes; a missing one lets every quote through. */
export interface QuoteFilter {
  author?: string | undefined;
  tag?: string | undefined;
  q?: string | undefined;
}

/** Every comparison ignores case: "twain" finds "Mark Twain". */
function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function matchesFilter(quote: Quote, filter: QuoteFilter): boolean {
  if (filter.author !== undefined && !sameText(quote.author, filter.author)) return false;
  if (filter.tag !== undefined && !quote.tags.some((tag) => sameText(tag, filter.tag!))) return false;
  if (filter.q !== undefined) {
    // A plain substring search: includes() treats ( * . + as ordinary characters, where
    // new RegExp(q) would crash on "(" and let a client run an expensive pattern.
    const needle = filter.q.toLowerCase();
    if (!quote.text.toLowerCase().includes(needle) && !quote.author.toLowerCase().includes(needle)) return false;
  }
  return true;
}

/** The quotes that pass every given filter, in the order they came (by id). */
export function filterQuotes(quotes: readonly Quote[], filter: QuoteFilter): Quote[] {
  return quotes.filter((quote) => matchesFilter(quote, filter));
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
  const start = (page - 1) * limit;
  return {
    items: items.slice(start, start + limit),
    page,
    limit,
    total: items.length,
    totalPages: Math.ceil(items.length / limit),
  };
}
