// Every query on the products table. Values travel as bound parameters; the only SQL chosen by
// the client (the ORDER BY) is picked by name from a fixed table.
import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';
import { products, type ProductRow } from '../db/schema.js';
import type { SortField } from './catalog.js';
import type { ListQuery, NewProduct, ProductFilters } from './validation.js';

/**
 * The whitelist of orders. Names compare ignoring the case of A-Z (SQLite's NOCASE collation),
 * so "desk lamp" sits next to "Desk Lamp" and not after every capital letter.
 */
const SORT_COLUMNS: Record<SortField, SQL | SQLiteColumn> = {
  name: sql`${products.name} COLLATE NOCASE`,
  category: products.category,
  price: products.priceCents,
};

/** `%` and `_` are LIKE's wildcards: a search for "100%" means the text "100%". */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function whereOf(filters: ProductFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.category !== undefined) conditions.push(eq(products.category, filters.category));
  if (filters.minPrice !== undefined) conditions.push(gte(products.priceCents, filters.minPrice));
  if (filters.maxPrice !== undefined) conditions.push(lte(products.priceCents, filters.maxPrice));
  // SQLite's LIKE ignores the case of ASCII letters; ESCAPE makes \% and \_ plain characters.
  if (filters.q !== undefined) conditions.push(sql`${products.name} LIKE ${`%${escapeLike(filters.q)}%`} ESCAPE '\\'`);
  return and(...conditions);
}

export interface ProductPage {
  rows: ProductRow[];
  /** How many products match the filters, on every page. */
  total: number;
}

/** One page of the matching products, in a total order: the sort column, then the id. */
export function listProducts(db: Db, query: ListQuery): ProductPage {
  const where = whereOf(query.filters);
  // An aggregate without GROUP BY always answers exactly one row.
  const total = db.select({ n: count() }).from(products).where(where).get()!.n;
  const direction = query.order === 'desc' ? desc : asc;
  // The id, in the same direction, breaks ties: without it two products of the same price may
  // come in any order, differently on two requests, and page 2 can repeat a product of page 1.
  const rows = db
    .select()
    .from(products)
    .where(where)
    .orderBy(direction(SORT_COLUMNS[query.sort]), direction(products.id))
    .limit(query.pageSize)
    // A page past the end is an OFFSET past the last match: SQLite reads nothing and answers no
    // rows. Even the highest page (2^53 - 1) times 100 stays below SQLite's 64-bit integers.
    .offset((query.page - 1) * query.pageSize)
    .all();
  return { rows, total };
}

export function insertProduct(db: Db, product: NewProduct): ProductRow {
  return db.insert(products).values(product).returning().get();
}
