// The fixed vocabulary of the catalogue: the categories a product may have, and the columns a
// client may sort by. Both are whitelists: a client's text is looked up here, never put into SQL.
export const CATEGORIES = ['furniture', 'garden', 'kitchen', 'lighting', 'office'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SORT_FIELDS = ['name', 'category', 'price'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const ORDERS = ['asc', 'desc'] as const;
export type Order = (typeof ORDERS)[number];

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;
export const MAX_NAME_LENGTH = 100;
export const MAX_QUERY_LENGTH = 100;
export const MAX_PRICE_CENTS = 100_000_000;
