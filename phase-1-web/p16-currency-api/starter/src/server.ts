// Starts the API on a real port. All the behaviour lives in createApp (src/app.ts), so the hidden
// suite can build as many apps as it likes, each with its own fake rates service, without this file.
//
// Set RATES_URL to use a rates service of your own. Without it, this file starts a small demo
// service on a free port, with made-up rates for a few currencies; DEMO_DELAY_MS=3000 makes it
// answer slowly (try the 504), DEMO_FAIL=1 makes it answer 503 (try the 502).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);

/** Made-up rates: 1 USD in each currency. */
const USD_RATES: Record<string, number> = { USD: 1, EUR: 0.92, GBP: 0.79, JPY: 157.3, CHF: 0.8, CAD: 1.37 };

function demoRates(base: string): { base: string; date: string; rates: Record<string, number> } | undefined {
  const baseInUsd = USD_RATES[base];
  if (baseInUsd === undefined) return undefined;
  const rates: Record<string, number> = {};
  for (const [code, usd] of Object.entries(USD_RATES)) {
    if (code !== base) rates[code] = Number((usd / baseInUsd).toFixed(6));
  }
  return { base, date: '2026-01-15', rates };
}

async function startDemoRatesService(): Promise<string> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const table = url.pathname === '/rates' ? demoRates(url.searchParams.get('base') ?? '') : undefined;
    const answer = () => {
      if (process.env.DEMO_FAIL) return res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"down for maintenance"}');
      if (!table) return res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"unknown base"}');
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(table));
    };
    setTimeout(answer, Number(process.env.DEMO_DELAY_MS ?? 0));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  console.log(`Demo rates service on ${url} (try ${url}/rates?base=USD)`);
  return url;
}

const ratesUrl = process.env.RATES_URL ?? (await startDemoRatesService());

createApp({ ratesUrl }).listen(port, (error) => {
  // Express 5 hands listen errors (a port already in use, say) to this callback.
  if (error) {
    console.error(`Could not listen on port ${port}: ${error.message}`);
    // exit() rather than exitCode: the demo rates service would keep the process alive.
    process.exit(1);
  }
  console.log(`Currency API listening on http://localhost:${port}, rates from ${ratesUrl}`);
});
