// Demo products for `SEED=1 npm run dev p47`: the same 57 products every time, sent through the
// API's own POST /api/products, so they work with whatever table design you chose.
const CATEGORIES = ['furniture', 'garden', 'kitchen', 'lighting', 'office'];
const ADJECTIVES = ['Oak', 'Brass', 'Folding', 'Quiet', 'Tiny', 'Rustic', 'Bright', 'Classic'];
const NOUNS = ['Lamp', 'Chair', 'Kettle', 'Shelf', 'Planter', 'Desk', 'Stool', 'Lantern'];

export interface DemoProduct {
  name: string;
  category: string;
  priceCents: number;
}

/** 57 products with repeated prices (ties for the id to break) and names in mixed case. */
export function demoProducts(): DemoProduct[] {
  return Array.from({ length: 57 }, (_, i) => ({
    name: `${ADJECTIVES[(i * 3) % ADJECTIVES.length]} ${i % 4 === 0 ? NOUNS[i % NOUNS.length]!.toLowerCase() : NOUNS[i % NOUNS.length]} ${i + 1}`,
    category: CATEGORIES[(i * 7) % CATEGORIES.length]!,
    priceCents: 500 * (1 + ((i * 11) % 13)),
  }));
}

/** Posts the demo products to a running API whose catalogue is still empty. */
export async function seedThroughApi(baseUrl: string): Promise<number> {
  const first = (await (await fetch(`${baseUrl}/api/products`)).json()) as { total?: number };
  if ((first.total ?? 0) > 0) return 0;
  let added = 0;
  for (const product of demoProducts()) {
    const res = await fetch(`${baseUrl}/api/products`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(product) });
    if (res.status === 201) added += 1;
  }
  return added;
}
