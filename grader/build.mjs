// Builds the grader once (at npm install) so every command starts with plain node, not tsx.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const entries = ['cli', 'runner', 'self-check', 'variants-check', 'curriculum', 'new-project', 'mutate', 'bench'];

await build({
  entryPoints: entries.map((name) => path.join(here, 'src', `${name}.ts`)),
  outdir: path.join(here, 'dist'),
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
});
