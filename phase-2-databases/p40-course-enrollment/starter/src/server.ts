// Starts the API: `npm run dev p40`. PORT, DB_FILE, ADMIN_EMAIL and ADMIN_PASSWORD come from the
// environment; the first admin is created from the last two when no account has that email.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const dbFile = process.env.DB_FILE ?? 'data.db';
const app = createApp({
  dbFile,
  adminEmail: process.env.ADMIN_EMAIL ?? 'admin@example.com',
  adminPassword: process.env.ADMIN_PASSWORD ?? 'change-me-now',
});

const server = app.listen(port, () => {
  console.log(`p40 course-enrollment: http://localhost:${port}/courses (database ${dbFile})`);
});

// Close the database cleanly on Ctrl+C or when the dev runner restarts the server.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => {
      app.locals.close();
    });
  });
}
