// Starts the API: `npm run dev p49` (with Vite in front), or, after `npm run build p49`, the whole
// app on one port: WEB_DIST=web/dist. PORT and DB_FILE come from the environment.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const dbFile = process.env.DB_FILE ?? 'data.db';
const webDist = process.env.WEB_DIST;
const app = createApp({ dbFile, ...(webDist ? { webDist } : {}) });

const server = app.listen(port, () => {
  console.log(`p49 image-gallery API: http://localhost:${port}/api/images (database ${dbFile}${webDist ? `, app from ${webDist}` : ''})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => {
      app.locals.close();
    });
  });
}
