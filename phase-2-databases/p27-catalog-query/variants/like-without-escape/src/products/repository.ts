// Every query on the products table. drizzle and its sql`` template send values as parameters,
// and the only SQL chosen from input (the ORDER BY) is picked from a fixed table by name.
import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';
import { products, type ProductRow } from '../db/schema.js';
import type { Cursor } from './cursor.js';
import type { SortName } from './sorts.js';
import type { ListQuery, ProductFilters } from './validation.js';

interface SortOrder {
  column: SQLiteColumn;
  descending: boolean;
  /** The value of the row in this order, as a cursor stores it. */
  valueOf: (row: ProductRow) => number;
}

/**
 * The whitelist: each sort name maps to a column and a direction. The id always breaks ties,
 * in the same direction, so the order is total (no two rows tie) and the same on every page.
 */
const SORTS: Record<SortName, SortOrder> = {
  id: { column: products.id, descending: false, valueOf: (row) => row.id },
  price: { column: products.priceCents, descending: false, valueOf: (row) => row.priceCents },
  '-price': { column: products.priceCents, descending: true, valueOf: (row) => row.priceCents },
  rating: { column: products.rating, descending: false, valueOf: (row) => row.rating },
  '-rating': { column: products.rating, descending: true, valueOf: (row) => row.rating },
  newest: { column: products.createdAt, descending: true, valueOf: (row) => row.createdAt.getTime() },
};

function filterConditions(filters: ProductFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.category !== undefined) conditions.push(eq(products.category, filters.category));
  if (filters.minPrice !== undefined) conditions.push(gte(products.priceCents, filters.minPrice));
  if (filters.maxPrice !== undefined) conditions.push(lte(products.priceCents, filters.maxPrice));
  // SQLite's LIKE ignores the case of ASCII letters.
  if (filters.q !== undefined) conditions.push(sql`${products.name} LIKE ${`%${filters.q}%`}`);
  return conditions;
}

/**
 * Keyset pagination: the rows that come after the cursor's row in this order. A row value
 * comparison, (price_cents, id) > (1299, 42), reads "a higher price, or the same price and a
 * higher id", and SQLite answers it by seeking in the index instead of counting rows.
 */
function after(order: SortOrder, cursor: Cursor): SQL {
  return order.descending ? sql`(${order.column}, ${products.id}) < (${cursor.v}, ${cursor.id})` : sql`(${order.column}, ${products.id}) > (${cursor.v}, ${cursor.id})`;
}

export interface ProductPage {
  rows: ProductRow[];
  /** The cursor position after the last row, or undefined when no matching row follows. */
  next: Cursor | undefined;
}

/** One page of products matching the filters, in the order asked for. */
export function listProducts(db: Db, query: ListQuery): ProductPage {
  const order = SORTS[query.sort];
  const direction = order.descending ? desc : asc;
  const conditions = filterConditions(query.filters);
  if ('after' in query.start) conditions.push(after(order, query.start.after));
  const offset = 'offset' in query.start ? query.start.offset : 0;
  // One row more than the page: if it comes back, there is a next page.
  const rows = db
    .select()
    .from(products)
    .where(and(...conditions))
    .orderBy(direction(order.column), direction(products.id))
    .limit(query.limit + 1)
    .offset(offset)
    .all();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? { sort: query.sort, v: order.valueOf(last), id: last.id } : undefined;
  return { rows: page, next };
}

export function findProductById(db: Db, id: number): ProductRow | undefined {
  return db.select().from(products).where(eq(products.id, id)).get();
}

export interface CategoryCount {
  category: string;
  count: number;
}

/** Each category that has products, with how many, in alphabetical (byte) order. */
export function countByCategory(db: Db): CategoryCount[] {
  return db
    .select({ category: products.category, count: count() })
    .from(products)
    .groupBy(products.category)
    .orderBy(asc(products.category))
    .all();
}
