// Starts the API: `npm run dev p38`. PORT and DB_FILE come from the environment.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const dbFile = process.env.DB_FILE ?? 'data.db';
const app = createApp({ dbFile });

const server = app.listen(port, () => {
  console.log(`p38 polls: http://localhost:${port}/polls (database ${dbFile})`);
});

// Close the database cleanly on Ctrl+C or when the dev runner restarts the server.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => {
      app.locals.close();
    });
  });
}
