// Vite for phase 3's `web/` folders: one configuration for `npm run dev`, `npm run build` and the
// testkit's browser checks, so a learner's app is built the same way wherever it runs. No config
// file in the learner's folder is read: a project's web/ is plain React + TypeScript, and a stray
// vite.config.ts must not change how the grader builds it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { InlineConfig } from 'vite';

export interface WebConfigOptions {
  /** The project's web/ folder (holding index.html). */
  webDir: string;
  /** Where `vite build` writes; default web/dist. */
  outDir?: string;
  /** For the dev server: the API's port, which `/api` requests are proxied to. */
  apiPort?: number;
  /** For the dev server: its own port (5173 by default, the next free one if taken). */
  port?: number;
}

/** The Vite configuration of a project's web/ folder. */
export function webConfig(options: WebConfigOptions): InlineConfig {
  const { webDir } = options;
  return {
    configFile: false,
    root: webDir,
    // Relative URLs in the built index.html: the API may serve the app under any path.
    base: '/',
    logLevel: 'warn',
    clearScreen: false,
    // The automatic JSX runtime, whatever a learner's tsconfig says: no `import React` needed.
    esbuild: { jsx: 'automatic' },
    build: { outDir: options.outDir ?? path.join(webDir, 'dist'), emptyOutDir: true, reportCompressedSize: false },
    server: {
      port: options.port ?? 5173,
      strictPort: false,
      proxy: options.apiPort ? { '/api': { target: `http://127.0.0.1:${options.apiPort}`, changeOrigin: false } } : undefined,
    },
  };
}

/** Every file of web/ (but dist/ and node_modules/), in a stable order, for the content hash. */
function sourceFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'dist' || name === 'node_modules' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full, base));
    else out.push(path.relative(base, full));
  }
  return out;
}

/** A hash of web/'s files (names and contents): the same sources build the same app. */
export function webHash(webDir: string): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(webDir)) {
    hash.update(file).update('\0').update(readFileSync(path.join(webDir, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds web/ into `cacheDir/<hash>` once: a second call for unchanged sources answers the earlier
 * build at once. The build goes to a temporary folder that is renamed when complete, so a build
 * that was interrupted is never mistaken for a finished one.
 */
export async function buildWebCached(webDir: string, cacheDir: string): Promise<string> {
  const out = path.join(cacheDir, webHash(webDir));
  if (existsSync(path.join(out, 'index.html'))) return out;
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${out}.partial-${process.pid}`;
  const { build } = await import('vite');
  try {
    await build({ ...webConfig({ webDir, outDir: partial }), logLevel: 'error' });
    // Another process may have built the same sources meanwhile (parallel variants of one
    // project): keep its build, which may be serving a page right now, and drop this one.
    if (!existsSync(path.join(out, 'index.html'))) {
      rmSync(out, { recursive: true, force: true });
      try {
        renameSync(partial, out);
      } catch (error) {
        if (!existsSync(path.join(out, 'index.html'))) throw error;
      }
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return out;
}
