// Starts the API: `npm run dev p37`. PORT and DB_FILE come from the environment.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const dbFile = process.env.DB_FILE ?? 'data.db';
const app = createApp({ dbFile });

const server = app.listen(port, () => {
  console.log(`p37 sales-reports: http://localhost:${port}/reports/revenue?from=2026-01-01&to=2026-02-01 (database ${dbFile})`);
});

// Close the database cleanly on Ctrl+C or when the dev runner restarts the server.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => {
      app.locals.close();
    });
  });
}
