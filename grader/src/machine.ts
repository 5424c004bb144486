// What this machine has for the curriculum: Node, the native SQLite binding, Chromium for
// phase 3's browser checks, PostgreSQL for phase 4. `npm run doctor` reports it; the grader
// points there when a suite fails for a reason of the machine rather than of the learner's code.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Node's minimum (package.json engines). */
export const NODE_FLOOR = [20, 19, 0] as const;

export function nodeIsSupported(version: string = process.versions.node): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const have = parts[i] ?? 0;
    const need = NODE_FLOOR[i]!;
    if (have !== need) return have > need;
  }
  return true;
}

function firstExisting(candidates: string[]): string | undefined {
  return candidates.find((file) => existsSync(file));
}

function onPath(name: string, env: Record<string, string | undefined>): string | undefined {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  return firstExisting(dirs.flatMap((dir) => exts.map((ext) => path.join(dir, name + ext))));
}

/** Chromium or Chrome for phase 3's browser checks: B100_CHROMIUM, then the usual places. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.B100_CHROMIUM) return existsSync(env.B100_CHROMIUM) ? env.B100_CHROMIUM : undefined;
  return (
    firstExisting(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']) ??
    onPath('chromium', env) ??
    onPath('chromium-browser', env) ??
    onPath('google-chrome', env)
  );
}

export const CHROMIUM_HELP =
  'Phase 3 runs a few checks in a real browser. Install Chromium: Debian/Ubuntu `sudo apt-get install chromium`, ' +
  'macOS `brew install --cask chromium` (or use Google Chrome), Windows: install Chrome. Or set B100_CHROMIUM to the browser\'s path. ' +
  'Without it those checks are skipped and the rest still grades.';

function versionDirs(dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => pattern.test(name))
      .sort((a, b) => b.localeCompare(a, undefined, { numeric: true }))
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}

/** PostgreSQL's server binaries (initdb, pg_ctl, postgres): PATH, Debian's, Homebrew's and Postgres.app's folders. */
export function findPostgresBin(env: Record<string, string | undefined> = process.env): string | undefined {
  const initdb = onPath('initdb', env);
  if (initdb && (onPath('pg_ctl', env) || onPath('postgres', env))) return path.dirname(initdb);
  const candidates = [
    ...versionDirs('/usr/lib/postgresql', /^\d+$/).map((dir) => path.join(dir, 'bin')),
    ...versionDirs('/opt/homebrew/opt', /^postgresql(@\d+)?$/).map((dir) => path.join(dir, 'bin')),
    ...versionDirs('/usr/local/opt', /^postgresql(@\d+)?$/).map((dir) => path.join(dir, 'bin')),
    ...versionDirs('/Applications/Postgres.app/Contents/Versions', /^(\d+|latest)$/).map((dir) => path.join(dir, 'bin')),
    ...versionDirs('C:\\Program Files\\PostgreSQL', /^\d+$/).map((dir) => path.join(dir, 'bin')),
  ];
  return candidates.find((dir) => existsSync(path.join(dir, process.platform === 'win32' ? 'initdb.exe' : 'initdb')));
}

export const POSTGRES_HELP =
  'Phase 4 keeps its data in PostgreSQL. Install it: Debian/Ubuntu `sudo apt-get install postgresql`, ' +
  'macOS `brew install postgresql@16` (or Postgres.app), Windows: the installer from postgresql.org. ' +
  'The grader then creates and starts a private server by itself. Or point DATABASE_URL at a server you run ' +
  '(postgres://user:password@localhost:5432/postgres).';

/** Signs in a suite's output that the machine, not the learner's code, is the problem. */
const MACHINE_TROUBLE = [
  /Could not locate the bindings file/i,
  /was compiled against a different Node\.js version/i,
  /NODE_MODULE_VERSION/,
  /Cannot find (module|package) '(vitest|better-sqlite3|express|esbuild|drizzle-orm)/i,
  /ENOSPC|EACCES: permission denied/,
  /Executable doesn't exist|Failed to launch (chromium|the browser)/i,
  /ECONNREFUSED 127\.0\.0\.1:5432|password authentication failed/i,
];

export function looksLikeMachineTrouble(text: string): boolean {
  return MACHINE_TROUBLE.some((pattern) => pattern.test(text));
}
