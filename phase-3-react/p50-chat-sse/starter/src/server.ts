// Starts the API: `npm run dev p50` (with Vite in front), or, after `npm run build p50`, the whole
// app on one port: WEB_DIST=web/dist. PORT and DB_FILE come from the environment.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const dbFile = process.env.DB_FILE ?? 'data.db';
const webDist = process.env.WEB_DIST;
const app = createApp({ dbFile, ...(webDist ? { webDist } : {}) });

const server = app.listen(port, () => {
  console.log(`p50 chat-sse API: http://localhost:${port}/api/rooms (database ${dbFile}${webDist ? `, app from ${webDist}` : ''})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // server.close() waits for every open connection, and an event stream never ends by itself:
    // app.locals.close() ends the streams (and closes the database).
    server.close();
    app.locals.close();
  });
}
