// Starts the API on a real port. All the behaviour lives in createApp (src/app.ts), so the hidden
// suite can build as many apps as it likes, each on its own free port, without this file.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);

createApp().listen(port, (error) => {
  // Express 5 hands listen errors (a port already in use, say) to this callback.
  if (error) {
    console.error(`Could not listen on port ${port}: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Notes API listening on http://localhost:${port}`);
});
