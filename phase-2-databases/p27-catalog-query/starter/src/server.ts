// Starts the API: `npm run dev p27`. PORT and DB_FILE come from the environment. An empty
// catalogue is dull to query: with SEED=1 the server first fills an empty products table with
// 10,000 made-up products (the same ones every time), written with plain SQL.
import Database from 'better-sqlite3';
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const dbFile = process.env.DB_FILE ?? 'data.db';
const app = createApp({ dbFile });

/** A small seeded random generator (mulberry32): the same seed gives the same catalogue. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedCatalogue(file: string, count: number): void {
  const db = new Database(file);
  try {
    if ((db.prepare('SELECT count(*) FROM products').pluck().get() as number) > 0) return;
    const next = random(27);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const adjectives = ['Blue', 'Quiet', 'Tiny', 'Rustic', 'Bright', 'Classic', 'Smart', 'Golden'];
    const nouns = ['Lamp', 'Kettle', 'Chair', 'Notebook', 'Speaker', 'Backpack', 'Puzzle', 'Drill'];
    const categories = ['books', 'garden', 'kitchen', 'music', 'outdoor', 'tools', 'toys', 'video'];
    const insert = db.prepare('INSERT INTO products (name, category, price_cents, rating, created_at) VALUES (?, ?, ?, ?, ?)');
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    db.transaction(() => {
      for (let i = 1; i <= count; i += 1) {
        const name = `${pick(adjectives)} ${pick(nouns)} ${i}`;
        insert.run(name, pick(categories), 50 * (1 + Math.floor(next() * 400)), Math.round(next() * 50) / 10, start - Math.floor(next() * 2000) * 60_000);
      }
    })();
    console.log(`Seeded ${count} products into ${file}.`);
  } finally {
    db.close();
  }
}

if (process.env.SEED === '1') seedCatalogue(dbFile, 10_000);

const server = app.listen(port, () => {
  console.log(`p27 catalog-query: http://localhost:${port}/products (database ${dbFile})`);
});

// Close the database cleanly on Ctrl+C or when the dev runner restarts the server.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => {
      app.locals.close();
    });
  });
}
