// The queries, written with the sql template: one WHERE for the count and the page.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { ProductRow } from '../db/schema.js';
import type { ListQuery, NewProduct } from './validation.js';

function where(query: ListQuery): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (query.category !== null) parts.push(sql`kind = ${query.category}`);
  if (query.minPrice !== null) parts.push(sql`cents >= ${query.minPrice}`);
  if (query.maxPrice !== null) parts.push(sql`cents <= ${query.maxPrice}`);
  if (query.q !== null) parts.push(sql`instr(lower(title), lower(${query.q})) > 0`);
  return sql.join(parts, sql` AND `);
}

function orderBy(query: ListQuery): SQL {
  const dir = query.desc ? sql.raw('DESC') : sql.raw('ASC');
  switch (query.sort) {
    case 'price':
      return sql`cents ${dir}, item_id ${dir}`;
    case 'category':
      return sql`kind ${dir}, item_id ${dir}`;
    default:
      return sql`lower(title) ${dir}, item_id ${dir}`;
  }
}

export function listProducts(db: Db, query: ListQuery): { rows: ProductRow[]; total: number } {
  const filter = where(query);
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM catalog_items WHERE ${filter}`).n;
  const skip = (query.page - 1) * query.pageSize;
  if (skip >= total) return { rows: [], total };
  const rows = db.all<{ item_id: number; title: string; kind: string; cents: number }>(
    sql`SELECT item_id, title, kind, cents FROM catalog_items WHERE ${filter} ORDER BY ${orderBy(query)} LIMIT ${query.pageSize} OFFSET ${skip}`,
  );
  return { rows: rows.map((r) => ({ id: r.item_id, title: r.title, kind: r.kind, cents: r.cents })), total };
}

export function insertProduct(db: Db, product: NewProduct): ProductRow {
  const row = db.get<{ item_id: number }>(sql`INSERT INTO catalog_items (title, kind, cents) VALUES (${product.name}, ${product.category}, ${product.priceCents}) RETURNING item_id`);
  return { id: row.item_id, title: product.name, kind: product.category, cents: product.priceCents };
}
