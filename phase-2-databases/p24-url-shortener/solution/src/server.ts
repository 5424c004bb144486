// Starts the API: `npm run dev p24`. PORT, DB_FILE and BASE_URL come from the environment.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const dbFile = process.env.DB_FILE ?? 'data.db';
const baseUrl = process.env.BASE_URL ?? `http://localhost:${port}`;
const app = createApp({ dbFile, baseUrl });

const server = app.listen(port, () => {
  console.log(`p24 url-shortener: ${baseUrl}/links (database ${dbFile})`);
});

// Close the database cleanly on Ctrl+C or when the dev runner restarts the server.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => {
      app.locals.close();
    });
  });
}
