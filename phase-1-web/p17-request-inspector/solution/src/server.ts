// Starts the inspector on a real port. All the behaviour lives in createApp (src/app.ts), so the
// hidden suite can build as many apps as it likes, each on its own free port, without this file.
// Two environment variables let you try Tasks 4 to 6 with curl:
//   ALLOWED_ORIGINS=https://app.example,http://localhost:5173   (comma-separated, or *)
//   TRUST_PROXY=1   (a number of hops, true, false, or comma-separated addresses and CIDR ranges)
import { createApp, type TrustProxy } from './app.js';

const port = Number(process.env.PORT ?? 3000);

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function trustProxyFrom(value: string | undefined): TrustProxy {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return list(value);
}

const app = createApp({ allowedOrigins: list(process.env.ALLOWED_ORIGINS), trustProxy: trustProxyFrom(process.env.TRUST_PROXY) });

app.listen(port, (error) => {
  // Express 5 hands listen errors (a port already in use, say) to this callback.
  if (error) {
    console.error(`Could not listen on port ${port}: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Request inspector listening on http://localhost:${port}`);
});
