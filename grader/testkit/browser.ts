// Phase 3's real-browser checks: the learner's web/ built with Vite (once per content, cached),
// served by their own API (`createApp({ dbFile, now, webDist })`), and driven by Debian's
// Chromium through playwright-core: one browser per suite file, a fresh context per check.
// Where no Chromium is found, `browserIt` checks are skipped with a note that says how to get
// one, and the rest of the suite still grades.
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, it, onTestFinished, type TestContext } from 'vitest';
import { CHROMIUM_HELP, findChromium } from '../src/machine.js';
import { buildWebCached } from '../src/web-build.js';
import { startDbApp, type StartDbAppOptions, type StartedDbApp } from './db.js';
import { implPath } from './impl.js';

/** Flags for a headless browser in a container, as root, without a GPU or network chatter. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The skip note of a browser check on a machine without Chromium. */
export const NO_CHROMIUM_NOTE = `no Chromium on this machine. ${CHROMIUM_HELP}`;

let browser: Promise<Browser> | undefined;

function launch(executablePath: string): Promise<Browser> {
  browser ??= import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }));
  return browser;
}

async function closeBrowser(): Promise<void> {
  const open = browser;
  browser = undefined;
  if (open) await (await open).close();
}

/**
 * Where built apps are kept between runs: the same web/ sources are built once. Not under
 * node_modules/.cache: `res.sendFile(path.join(webDist, 'index.html'))`, a sound way to write the
 * history fallback, refuses any path with a dot folder in it (send's dotfiles rule).
 */
function cacheDir(): string {
  return path.join(tmpdir(), 'b100-web');
}

/** Builds the implementation's web/ (or answers the cached build of the same sources). */
export function buildWeb(): Promise<string> {
  return buildWebCached(implPath('web'), cacheDir());
}

export interface BrowserApp extends StartedDbApp {
  page: Page;
  context: BrowserContext;
  /** The app's address: open `url + '/some/route'` for a deep link. */
  url: string;
}

/**
 * The learner's full stack in a real browser: web/ built, served by createApp({ webDist }) on a
 * fresh database, and a new page at `/` (or `path`). Pass `dbFile` and a `clock` as with
 * startDbApp; seed data through `api` before `page.goto` or reload after.
 */
export async function openInBrowser(options: StartDbAppOptions & { path?: string } = {}): Promise<BrowserApp> {
  const executable = findChromium();
  if (!executable) throw new Error(NO_CHROMIUM_NOTE);
  const [webDist, instance] = await Promise.all([buildWeb(), launch(executable)]);
  const started = await startDbApp({ ...options, extra: { ...options.extra, webDist } });
  const context = await instance.newContext({ baseURL: started.api.url, locale: 'en-US', timezoneId: 'UTC' });
  onTestFinished(() => context.close());
  const page = await context.newPage();
  // A page that never settles must fail the check with the grader's limit, not hang the run.
  page.setDefaultTimeout(5_000);
  await page.goto(started.api.url + (options.path ?? '/'));
  return { ...started, page, context, url: started.api.url };
}

/**
 * `it` for a check that needs the browser: on a machine without Chromium it is reported as
 * skipped, with the note saying how to install one (the grader prints it once).
 */
export function browserIt(name: string, fn: (context: TestContext) => Promise<void>, timeoutMs = 30_000): void {
  // Registered while the suite is collected, in the describe block of the check: the browser is
  // closed when that block is done (closing twice is harmless).
  afterAll(closeBrowser);
  it(
    name,
    async (context) => {
      if (!findChromium()) {
        context.skip(NO_CHROMIUM_NOTE);
        return;
      }
      await fn(context);
    },
    timeoutMs,
  );
}
