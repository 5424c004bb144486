// Starts the API: `npm run dev p28`. PORT and DB_FILE come from the environment.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const dbFile = process.env.DB_FILE ?? 'data.db';

let app: ReturnType<typeof createApp>;
try {
  app = createApp({ dbFile });
} catch (error) {
  // A database newer than this code (SchemaTooNewError), or a migration that failed: say why and
  // stop, rather than serve from tables this code does not understand.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const server = app.listen(port, () => {
  console.log(`p28 migrations-lab: http://localhost:${port}/books (database ${dbFile})`);
});

// Close the database cleanly on Ctrl+C or when the dev runner restarts the server.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => {
      app.locals.close();
    });
  });
}
