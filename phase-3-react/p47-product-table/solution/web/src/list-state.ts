// What the table shows, as one value that lives in the URL's query string: which page, which
// order, which filters. The URL is the source of truth, so a link, a reload and the back button
// all land on the same view.

export const CATEGORIES = ['furniture', 'garden', 'kitchen', 'lighting', 'office'] as const;
export const SORT_FIELDS = ['name', 'category', 'price'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type Order = 'asc' | 'desc';

/** The page always asks for pages of this size. */
export const PAGE_SIZE = 10;
const MAX_Q_LENGTH = 100;

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

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return list.find((item) => item === value);
}

/**
 * Reads a URL's query string. Anyone can type a URL, so every value is checked and a bad one
 * falls back to its default instead of reaching the API (which would refuse it) or crashing.
 */
export function readState(search: string): ListState {
  const params = new URLSearchParams(search);
  const pageText = params.get('page') ?? '';
  // Digits only, and no bigger than the API takes (2^53 - 1): "1e3", "-2", "1.5" are not pages.
  const page = /^[1-9]\d*$/.test(pageText) && Number(pageText) <= Number.MAX_SAFE_INTEGER ? Number(pageText) : DEFAULT_STATE.page;
  return {
    page,
    sort: oneOf(SORT_FIELDS, params.get('sort')) ?? DEFAULT_STATE.sort,
    order: oneOf(['asc', 'desc'] as const, params.get('order')) ?? DEFAULT_STATE.order,
    category: oneOf(CATEGORIES, params.get('category')) ?? '',
    q: (params.get('q') ?? '').trim().slice(0, MAX_Q_LENGTH),
  };
}

/** The query string for the address bar: only what differs from the defaults, so links stay short. */
export function toSearch(state: ListState): string {
  const params = new URLSearchParams();
  if (state.page !== DEFAULT_STATE.page) params.set('page', String(state.page));
  if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort);
  if (state.order !== DEFAULT_STATE.order) params.set('order', state.order);
  if (state.category) params.set('category', state.category);
  if (state.q) params.set('q', state.q);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query string for GET /api/products: every parameter spelled out. */
export function toApiQuery(state: ListState): string {
  const params = new URLSearchParams({ page: String(state.page), pageSize: String(PAGE_SIZE), sort: state.sort, order: state.order });
  if (state.category) params.set('category', state.category);
  if (state.q) params.set('q', state.q);
  return params.toString();
}
