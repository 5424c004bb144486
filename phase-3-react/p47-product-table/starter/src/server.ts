// Starts the API: `npm run dev p47` (with Vite in front), or, after `npm run build p47`, the whole
// app on one port: WEB_DIST=web/dist. PORT and DB_FILE come from the environment; with SEED=1 an
// empty catalogue is filled with demo products through the API itself.
import { createApp } from './app.js';
import { seedThroughApi } from './seed.js';

const port = Number(process.env.PORT ?? 3000);
const dbFile = process.env.DB_FILE ?? 'data.db';
const webDist = process.env.WEB_DIST;
const app = createApp({ dbFile, ...(webDist ? { webDist } : {}) });

const server = app.listen(port, () => {
  console.log(`p47 product-table API: http://localhost:${port}/api/products (database ${dbFile}${webDist ? `, app from ${webDist}` : ''})`);
  if (process.env.SEED === '1') {
    seedThroughApi(`http://localhost:${port}`).then(
      (added) => console.log(added > 0 ? `Seeded ${added} demo products.` : 'The catalogue already has products: nothing seeded.'),
      (error: unknown) => console.error('Seeding failed:', error),
    );
  }
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => {
      app.locals.close();
    });
  });
}
