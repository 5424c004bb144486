// Items and their tallies. A new item gets its five tally rows in the same transaction, so
// that every later review write only has to add to one.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { catalogItems, ratingTallies } from '../db/schema.js';
import type { CreateProductInput } from './validation.js';

/** An item with its tallies: tallies[0] is the count of 1-star reviews, tallies[4] of 5-star. */
export interface ProductRow {
  id: number;
  name: string;
  tallies: [number, number, number, number, number];
}

export function insertProduct(db: Db, input: CreateProductInput): ProductRow {
  return db.transaction(
    (tx) => {
      const { itemId } = tx.insert(catalogItems).values({ label: input.name }).returning({ itemId: catalogItems.itemId }).get();
      tx.insert(ratingTallies).values([1, 2, 3, 4, 5].map((stars) => ({ itemRef: itemId, stars }))).run();
      return { id: itemId, name: input.name, tallies: [0, 0, 0, 0, 0] };
    },
    { behavior: 'immediate' },
  );
}

export function findProductById(db: Db, id: number): ProductRow | undefined {
  const item = db.select().from(catalogItems).where(eq(catalogItems.itemId, id)).get();
  if (!item) return undefined;
  const tallies: ProductRow['tallies'] = [0, 0, 0, 0, 0];
  for (const row of db.select().from(ratingTallies).where(eq(ratingTallies.itemRef, id)).all()) tallies[row.stars - 1] = row.tally;
  return { id: item.itemId, name: item.label, tallies };
}
