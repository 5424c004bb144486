// What the table shows, as one value that can live in the URL's query string (SPEC.md, Task 6).
// A suggested structure: change it as you like.

export const CATEGORIES = ['furniture', 'garden', 'kitchen', 'lighting', 'office'] as const;
export const SORT_FIELDS = ['name', 'category', 'price'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type Order = 'asc' | 'desc';

/** The page always asks for pages of this size. */
export const PAGE_SIZE = 10;

export interface ListState {
  page: number;
  sort: SortField;
  order: Order;
  /** '' for all categories. */
  category: string;
  /** The search, trimmed; '' for none. */
  q: string;
}

export const DEFAULT_STATE: ListState = { page: 1, sort: 'name', order: 'asc', category: '', q: '' };

/** TODO (Task 6): the view a query string stands for; every bad value falls back to its default. */
export function readState(search: string): ListState {
  void search;
  throw new Error('Not implemented: readState (Task 6)');
}

/** TODO (Task 6): the query string for the address bar. */
export function toSearch(state: ListState): string {
  void state;
  throw new Error('Not implemented: toSearch (Task 6)');
}

/** TODO (Task 4): the query string for GET /api/products. */
export function toApiQuery(state: ListState): string {
  void state;
  throw new Error('Not implemented: toApiQuery (Task 4)');
}
