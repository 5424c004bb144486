// Compiles learner TypeScript into one ESM file that plain node runs (about 20 ms with esbuild,
// three times faster to start than tsx). Used for the real CLI (runCli) and for apps started in
// processes of their own (startAppProcesses).
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// esbuild is imported when a bundle is made, not when the testkit loads: in a jsdom suite its
// start-up check (TextEncoder's Uint8Array against the global one) fails.
import type { Loader, Message, Plugin } from 'esbuild';
import { onTestFinished } from 'vitest';
import { implDir } from './impl.js';

// Bundles go under the repository's node_modules so that the packages the code imports (kept
// external) resolve from there, wherever the implementation folder is (`grade --dir`).
const bundleRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/.cache/b100-cli');

/**
 * A bundle has one location, but a learner's file may find its neighbours through
 * `import.meta.url` (a db client finding `../../drizzle`): each local file keeps its own URL.
 */
const ownImportMeta: Plugin = {
  name: 'own-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      const contents = source
        .replace(/\bimport\.meta\.url\b/g, url)
        .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(path.dirname(args.path)))
        .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path));
      const ext = path.extname(args.path).replace(/^\.[cm]?/, '.');
      const loader: Loader = ext === '.ts' ? 'ts' : ext === '.tsx' ? 'tsx' : ext === '.jsx' ? 'jsx' : 'js';
      return { contents, loader };
    });
  },
};

export type Bundled = { bundle: string } | { compileError: string };

/**
 * Bundles `entry` (a file, or source text resolved from the implementation folder) with its
 * local imports; packages stay external. The bundle is removed when the check ends.
 */
export async function bundleForNode(entry: { file: string } | { source: string; name: string }): Promise<Bundled> {
  await mkdir(bundleRoot, { recursive: true });
  const dir = await mkdtemp(path.join(bundleRoot, 'run-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const bundle = path.join(dir, 'entry.mjs');
  try {
    const { build } = await import('esbuild');
    await build({
      ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.source, resolveDir: implDir(), sourcefile: entry.name, loader: 'ts' } }),
      outfile: bundle,
      // Error locations then read src/main.ts:3:7, relative to the learner's folder.
      absWorkingDir: implDir(),
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: 'inline',
      logLevel: 'silent',
      plugins: [ownImportMeta],
    });
  } catch (error) {
    const messages = (error as { errors?: Message[] }).errors ?? [];
    return { compileError: messages.length > 0 ? (await (await import('esbuild')).formatMessages(messages, { kind: 'error', color: false })).join('\n') : String(error) };
  }
  return { bundle };
}
