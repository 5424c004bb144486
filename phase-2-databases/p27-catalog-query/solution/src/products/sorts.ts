// The orders GET /products offers. The client picks one by name; the name is looked up here and
// never put into SQL, so `sort` cannot change what a query does (a whitelist).
export const SORT_NAMES = ['id', 'price', '-price', 'rating', '-rating', 'newest'] as const;

export type SortName = (typeof SORT_NAMES)[number];

export const DEFAULT_SORT: SortName = 'id';
