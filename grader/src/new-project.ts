// npm run new-project -- --id p12 --slug markdown-api --title "Markdown API" [--kind api]
// Scaffolds a project folder with every required file, following docs/authoring.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { idNumber, loadOutline, outlinePath } from './catalog.js';
import { ROOT } from './paths.js';
import { PHASES, projectSchema, REQUIRED_SPEC_SECTIONS, type ProjectMeta } from './project-schema.js';
import { normaliseId } from './resolve-id.js';

type Kind = ProjectMeta['kind'];

const ENTRY: Record<Kind, ProjectMeta['entry']> = {
  cli: { cli: 'src/cli.ts' },
  api: { server: 'src/server.ts' },
  fullstack: { server: 'src/server.ts', web: 'web' },
};

function files(meta: ProjectMeta): Record<string, string> {
  const spec = [
    `# ${meta.id} ${meta.title}`,
    '',
    ...REQUIRED_SPEC_SECTIONS.flatMap((section) => {
      if (section === 'Tasks') return ['## Tasks', '', '### Task 1: First task', '', 'TODO: what to build, with an example.', ''];
      if (section === 'Hints') return ['## Hints', '', `Stuck? \`npm run hint ${meta.id}\` gives one hint at a time, from a nudge to nearly the answer.`, ''];
      return [`## ${section}`, '', 'TODO', ''];
    }),
  ].join('\n');
  const cli = meta.kind === 'cli';
  const mainFile = cli ? 'src/main.ts' : 'src/app.ts';
  const solutionMain = cli
    ? `import type { CliIo } from './io.js';\n\nexport async function main(argv: string[], io: CliIo): Promise<number> {\n  io.stdout.write(\`\${argv.join(' ')}\\n\`);\n  return 0;\n}\n`
    : `import express from 'express';\n\nexport function createApp() {\n  const app = express();\n  return app;\n}\n`;
  const starterMain = solutionMain.replace(/\{\n[\s\S]*\n\}\n$/, `{\n  // TODO: Task 1 in SPEC.md.\n  throw new Error('Not implemented: ${cli ? 'main' : 'createApp'}');\n}\n`);
  const io = `export interface CliIo {\n  stdin: NodeJS.ReadableStream & { isTTY?: boolean };\n  stdout: NodeJS.WritableStream & { isTTY?: boolean };\n  stderr: NodeJS.WritableStream & { isTTY?: boolean };\n  env: Record<string, string | undefined>;\n  cwd: string;\n}\n`;
  const entry = cli
    ? `import { main } from './main.js';\n\nprocess.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });\n`
    : `import { createApp } from './app.js';\n\nconst port = Number(process.env.PORT ?? 3000);\ncreateApp().listen(port, () => console.log(\`Listening on http://localhost:\${port}\`));\n`;
  const test = `import { describe, expect, it } from 'vitest';\nimport { load } from '#testkit';\n\ndescribe('Task 1: First task', () => {\n  it('does the first thing', async () => {\n    const mod = await load<Record<string, unknown>>('${mainFile}', ['${cli ? 'main' : 'createApp'}']);\n    expect(mod).toBeDefined();\n  });\n});\n`;
  const out: Record<string, string> = {
    'project.json': `${JSON.stringify(meta, null, 2)}\n`,
    'SPEC.md': spec,
    [`solution/${mainFile}`]: solutionMain,
    [`starter/${mainFile}`]: starterMain,
    [`tests/${meta.slug}.test.ts`]: test,
  };
  for (const side of ['solution', 'starter']) {
    out[`${side}/${cli ? 'src/cli.ts' : 'src/server.ts'}`] = entry;
    if (cli) out[`${side}/src/io.ts`] = io;
  }
  return out;
}

function main(): void {
  const { values } = parseArgs({ options: { id: { type: 'string' }, slug: { type: 'string' }, title: { type: 'string' }, kind: { type: 'string' } } });
  const id = normaliseId(values.id ?? '');
  const planned = loadOutline(outlinePath(ROOT)).find((p) => p.id === id);
  const slug = values.slug ?? planned?.slug;
  if (!id || !slug) {
    console.error('Usage: npm run new-project -- --id p12 [--slug markdown-api] [--title "Markdown API"] [--kind cli|api|fullstack]');
    process.exitCode = 2;
    return;
  }
  const phase = PHASES.find((p) => idNumber(id) >= p.range[0] && idNumber(id) <= p.range[1])!;
  const kind = (values.kind ?? (phase.phase === 0 ? 'cli' : phase.phase === 3 ? 'fullstack' : 'api')) as Kind;
  const meta = projectSchema.parse({
    id,
    slug,
    title: values.title ?? slug.replace(/-/g, ' ').replace(/^./, (s) => s.toUpperCase()),
    summary: planned?.product ?? 'TODO: one sentence for `npm run list`.',
    phase: phase.phase,
    difficulty: 1,
    concepts: planned?.concepts.split(',').map((s) => s.trim()) ?? ['TODO'],
    prerequisites: [],
    kind,
    entry: ENTRY[kind],
    tasks: [{ id: 1, title: 'First task', hint: 'TODO: the hint shown under the first failing check of this task.' }],
    hints: ['TODO: a nudge.', 'TODO: a bigger push.', 'TODO: nearly the answer.'],
  });
  const dir = path.join(ROOT, phase.folder, `${id}-${slug}`);
  if (existsSync(dir)) {
    console.error(`${path.relative(ROOT, dir)} exists already.`);
    process.exitCode = 1;
    return;
  }
  for (const [rel, content] of Object.entries(files(meta))) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  console.log(`Created ${path.relative(ROOT, dir)}/. Next: write SPEC.md, the suite, the solution, the starter (docs/authoring.md), then \`npm run curriculum\` and \`npm test\`.`);
}

main();
