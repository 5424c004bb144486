import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findProject, loadCatalog } from '../lookup.js';
import { fail, type CommandResult, type Context } from '../output.js';
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
  const env = { ...process.env, PORT: options.port ?? process.env.PORT ?? '3000' };
  if (project.kind === 'cli') {
    const entry = path.join(dir, project.entry.cli ?? 'src/cli.ts');
    const code = await run(process.execPath, ['--import', tsx, entry, ...options.args], process.cwd(), env);
    return { exitCode: code, stdout: '' };
  }
  const server = path.join(dir, project.entry.server ?? 'src/server.ts');
  if (!existsSync(server)) return fail(`${path.relative(process.cwd(), server)} is missing.`, 1);
  ctx.print(ctx.color.dim(`Starting ${project.id} on http://localhost:${env.PORT} (restarts on save, Ctrl+C to stop)\n`));
  const runs = [run(process.execPath, ['--import', tsx, '--watch', server], dir, env)];
  if (project.kind === 'fullstack' && project.entry.web) {
    const vite = require.resolve('vite/bin/vite.js');
    runs.push(run(process.execPath, [vite, path.join(dir, project.entry.web)], dir, { ...env, API_PORT: env.PORT }));
  }
  const codes = await Promise.all(runs);
  return { exitCode: Math.max(...codes), stdout: '' };
}
