// Starts the API: `npm run dev p43` (with Vite in front), or, after `npm run build p43`, the whole
// app on one port: WEB_DIST=web/dist. PORT and DB_FILE come from the environment.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const dbFile = process.env.DB_FILE ?? 'data.db';
const webDist = process.env.WEB_DIST;
// Short links point at this server: it answers GET /:code, in development and with WEB_DIST alike.
const baseUrl = process.env.BASE_URL ?? `http://localhost:${port}`;
const app = createApp({ dbFile, baseUrl, ...(webDist ? { webDist } : {}) });

const server = app.listen(port, () => {
  console.log(`p43 shortener-ui API: http://localhost:${port}/api/links (database ${dbFile}${webDist ? `, app from ${webDist}` : ''})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => {
      app.locals.close();
    });
  });
}
