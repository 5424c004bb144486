// Starts the API: `npm run dev p48` (with Vite in front), or, after `npm run build p48`, the whole
// app on one port: WEB_DIST=web/dist. PORT and DB_FILE come from the environment; SEED=1 writes
// 95 made-up posts through your own POST /api/posts when the feed is empty, so there is something
// to scroll.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const dbFile = process.env.DB_FILE ?? 'data.db';
const webDist = process.env.WEB_DIST;
const app = createApp({ dbFile, ...(webDist ? { webDist } : {}) });

const AUTHORS = ['Ann', 'Ben', 'Chidi', 'Dana', 'Emil'];

async function seed(base: string): Promise<void> {
  const first = await fetch(`${base}/api/feed?limit=1`);
  const page = (await first.json()) as { items?: unknown[] };
  if (!first.ok || (page.items?.length ?? 0) > 0) return;
  for (let i = 1; i <= 95; i++) {
    const body = { author: AUTHORS[i % AUTHORS.length], text: `Post number ${i}: ${'scrolling along '.repeat(1 + (i % 4))}` };
    const res = await fetch(`${base}/api/posts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`SEED: POST /api/posts answered ${res.status}: ${await res.text()}`);
  }
  console.log('SEED: wrote 95 posts.');
}

const server = app.listen(port, () => {
  console.log(`p48 infinite-feed API: http://localhost:${port}/api/feed (database ${dbFile}${webDist ? `, app from ${webDist}` : ''})`);
  if (process.env.SEED === '1') seed(`http://localhost:${port}`).catch((error: unknown) => console.error(error));
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => {
      app.locals.close();
    });
  });
}
