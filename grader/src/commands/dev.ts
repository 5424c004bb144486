import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { findProject, loadCatalog } from '../lookup.js';
import { fail, type CommandResult, type Context } from '../output.js';
import { webConfig } from '../web-build.js';
import { ensureWorkspace } from '../workspace.js';

export interface DevOptions {
  id?: string;
  solution?: boolean;
  /** Arguments for a command-line project. */
  args: string[];
  port?: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('SIGINT', stop);
      resolve(code ?? (signal === 'SIGTERM' ? 0 : 1));
    });
  });
}

/** Runs the learner's app: a CLI with arguments, a server on a port, or API plus Vite for React projects. */
export async function devCommand(ctx: Context, options: DevOptions): Promise<CommandResult> {
  const found = findProject(options.id, loadCatalog(ctx));
  if ('error' in found) return fail(found.error, 2);
  const { project } = found;
  const dir = options.solution ? path.join(project.dir, 'solution') : ensureWorkspace(ctx.workspaceDir, project).dir;
  const require = createRequire(path.join(ctx.root, 'package.json'));
  const tsx = require.resolve('tsx/esm');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: options.port ?? process.env.PORT ?? '3000' };
  // The reference solution is run where it lives: its database goes to the temp folder, not into
  // the curriculum's sources (servers read DB_FILE; a learner's stays data.db in their copy).
  if (options.solution && !process.env.DB_FILE) env.DB_FILE = path.join(os.tmpdir(), `b100-${project.id}-solution.db`);
  if (project.kind === 'cli') {
    const entry = path.join(dir, project.entry.cli ?? 'src/cli.ts');
    const code = await run(process.execPath, ['--import', tsx, entry, ...options.args], process.cwd(), env);
    return { exitCode: code, stdout: '' };
  }
  const server = path.join(dir, project.entry.server ?? 'src/server.ts');
  if (!existsSync(server)) return fail(`${path.relative(process.cwd(), server)} is missing.`, 1);
  if (project.kind !== 'fullstack' || !project.entry.web) {
    ctx.print(ctx.color.dim(`Starting ${project.id} on http://localhost:${env.PORT} (restarts on save, Ctrl+C to stop)\n`));
    const code = await run(process.execPath, ['--import', tsx, '--watch', server], dir, env);
    return { exitCode: code, stdout: '' };
  }
  // A full-stack project: the API on PORT, and Vite's dev server (hot reload) in front of web/,
  // which passes /api/... on to the API, so the app's relative URLs work as in production.
  const webDir = path.join(dir, project.entry.web);
  if (!existsSync(path.join(webDir, 'index.html'))) return fail(`${path.relative(process.cwd(), path.join(webDir, 'index.html'))} is missing.`, 1);
  const apiPort = Number(env.PORT);
  const api = run(process.execPath, ['--import', tsx, '--watch', server], dir, env);
  const { createServer } = await import('vite');
  const vite = await createServer({ ...webConfig({ webDir, apiPort, port: Number(process.env.VITE_PORT ?? 5173) }), logLevel: 'info' });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0] ?? `http://localhost:${vite.config.server.port}/`;
  ctx.print(
    [
      `${project.id} ${project.title}`,
      `  app (open this): ${ctx.color.bold(url)}`,
      `  API:             http://localhost:${apiPort}/api/ (Vite passes ${url}api/... on to it)`,
      ctx.color.dim('Both restart on save. Ctrl+C stops both.'),
      '',
    ].join('\n'),
  );
  const stopVite = () => void vite.close();
  process.once('SIGINT', stopVite);
  const code = await api;
  process.off('SIGINT', stopVite);
  await vite.close();
  return { exitCode: code, stdout: '' };
}

/** `npm run build <id>`: the learner's web/ built into web/dist, which their server can serve. */
export async function buildCommand(ctx: Context, options: { id?: string; solution?: boolean }): Promise<CommandResult> {
  const found = findProject(options.id, loadCatalog(ctx));
  if ('error' in found) return fail(found.error, 2);
  const { project } = found;
  if (project.kind !== 'fullstack' || !project.entry.web) return fail(`${project.id} has no web/ app to build: only phase 3 and 4 projects with a React UI have one.`, 2);
  const dir = options.solution ? path.join(project.dir, 'solution') : ensureWorkspace(ctx.workspaceDir, project).dir;
  const webDir = path.join(dir, project.entry.web);
  const outDir = path.join(webDir, 'dist');
  const { build } = await import('vite');
  try {
    await build(webConfig({ webDir, outDir }));
  } catch (error) {
    return fail(`vite build of ${path.relative(process.cwd(), webDir)} failed: ${(error as Error).message}`, 1);
  }
  return { exitCode: 0, stdout: `Built ${path.relative(process.cwd(), outDir)}. Your server serves it with createApp({ ..., webDist: '${path.relative(dir, outDir)}' }).\n` };
}
