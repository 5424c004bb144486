// npm run doctor: is this machine ready for the curriculum? One line per thing, and for each
// problem what to do about it, in plain words.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CHROMIUM_HELP, findChromium, findPostgresBin, nodeIsSupported, NODE_FLOOR, POSTGRES_HELP } from '../machine.js';
import type { CommandResult, Context } from '../output.js';
import { PROGRESS_FILE, progressSchema } from '../progress-store.js';

export interface Finding {
  name: string;
  /** ok; warn: only some phases need it; fail: grading cannot work. */
  level: 'ok' | 'warn' | 'fail';
  detail: string;
  /** What to do, for warn and fail. */
  fix?: string;
}

function nodeFinding(): Finding {
  const version = process.versions.node;
  if (nodeIsSupported(version)) return { name: 'Node.js', level: 'ok', detail: version };
  return { name: 'Node.js', level: 'fail', detail: `${version} is too old`, fix: `Install Node.js ${NODE_FLOOR.join('.')} or newer (22 and 24 work too) from nodejs.org or with nvm, then run npm install again.` };
}

function npmFinding(env: Context['env']): Finding {
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['--version'], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status === 0) return { name: 'npm', level: 'ok', detail: result.stdout.trim() };
  return { name: 'npm', level: 'fail', detail: 'not found', fix: 'npm comes with Node.js: reinstall Node.js, or put npm on your PATH.' };
}

function sqliteFinding(root: string): Finding {
  try {
    const require = createRequire(path.join(root, 'package.json'));
    const Database = require('better-sqlite3') as new (file: string) => { prepare: (sql: string) => { get: () => unknown }; close: () => void };
    const db = new Database(':memory:');
    const row = db.prepare('SELECT sqlite_version() AS v').get() as { v: string };
    db.close();
    return { name: 'SQLite (better-sqlite3)', level: 'ok', detail: `loads, SQLite ${row.v}` };
  } catch (error) {
    return {
      name: 'SQLite (better-sqlite3)',
      level: 'fail',
      detail: `does not load: ${(error as Error).message.split('\n')[0]}`,
      fix: 'Run `npm rebuild better-sqlite3` (it compiles itself where no prebuilt binary fits: it needs python3, make and a C++ compiler). After changing Node versions, run `npm install` again.',
    };
  }
}

function graderFinding(root: string): Finding {
  const built = ['cli.js', 'runner.js'].every((file) => existsSync(path.join(root, 'grader/dist', file)));
  if (built) return { name: 'grader', level: 'ok', detail: 'built' };
  return { name: 'grader', level: 'fail', detail: 'not built', fix: 'Run `npm install` (it builds the grader), or `npm run build:grader`.' };
}

function workspaceFinding(workspaceDir: string): Finding {
  try {
    mkdirSync(workspaceDir, { recursive: true });
    const probe = path.join(workspaceDir, `.doctor-${process.pid}`);
    writeFileSync(probe, 'ok');
    rmSync(probe);
    return { name: 'workspace', level: 'ok', detail: `${workspaceDir} is writable` };
  } catch (error) {
    return { name: 'workspace', level: 'fail', detail: `${workspaceDir}: ${(error as Error).message}`, fix: 'Make the folder writable for your user, or set B100_WORKSPACE to a folder you can write.' };
  }
}

function progressFinding(workspaceDir: string): Finding {
  const file = path.join(workspaceDir, PROGRESS_FILE);
  if (!existsSync(file)) return { name: 'progress file', level: 'ok', detail: 'none yet (created at your first pass)' };
  try {
    const parsed = progressSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return { name: 'progress file', level: 'ok', detail: `${Object.keys(parsed.data.projects).length} projects recorded` };
    return { name: 'progress file', level: 'fail', detail: `${file} has unexpected content: ${parsed.error.issues[0]?.message ?? ''}`, fix: 'The next grade keeps it aside as a backup and starts a new one; or restore it from git.' };
  } catch (error) {
    return { name: 'progress file', level: 'fail', detail: `${file} is not JSON: ${(error as Error).message}`, fix: 'The next grade keeps it aside as a backup and starts a new one; or restore it from git.' };
  }
}

function chromiumFinding(env: Context['env']): Finding {
  const found = findChromium(env);
  if (found) return { name: 'Chromium (phase 3)', level: 'ok', detail: found };
  return { name: 'Chromium (phase 3)', level: 'warn', detail: 'not found', fix: CHROMIUM_HELP };
}

function postgresFinding(env: Context['env']): Finding {
  const url = env.B100_DATABASE_URL ?? env.DATABASE_URL;
  if (url) {
    const shown = url.replace(/\/\/([^:@/]*):[^@]*@/, '//$1:***@');
    return { name: 'PostgreSQL (phase 4)', level: 'ok', detail: `${env.B100_DATABASE_URL ? 'B100_DATABASE_URL' : 'DATABASE_URL'} = ${shown}` };
  }
  const bin = findPostgresBin(env);
  if (bin) return { name: 'PostgreSQL (phase 4)', level: 'ok', detail: `server binaries in ${bin} (the grader starts a private server)` };
  return { name: 'PostgreSQL (phase 4)', level: 'warn', detail: 'no server binaries and no DATABASE_URL', fix: POSTGRES_HELP };
}

export function diagnose(ctx: Context): Finding[] {
  return [nodeFinding(), npmFinding(ctx.env), sqliteFinding(ctx.root), graderFinding(ctx.root), workspaceFinding(ctx.workspaceDir), progressFinding(ctx.workspaceDir), chromiumFinding(ctx.env), postgresFinding(ctx.env)];
}

export function doctorCommand(ctx: Context, findings: Finding[] = diagnose(ctx)): CommandResult {
  const c = ctx.color;
  const mark = { ok: c.green('✓'), warn: c.yellow('!'), fail: c.red('✗') };
  const lines = findings.map((f) => `${mark[f.level]} ${f.name}: ${f.detail}${f.fix ? `\n    ${f.fix}` : ''}`);
  const failed = findings.filter((f) => f.level === 'fail').length;
  const warned = findings.filter((f) => f.level === 'warn').length;
  lines.push('', failed > 0 ? c.red.bold(`${failed} problem${failed > 1 ? 's' : ''} to fix before grading works.`) : warned > 0 ? c.yellow(`Ready for the phases that need nothing more; ${warned} thing${warned > 1 ? 's' : ''} to install for later phases.`) : c.green.bold('This machine is ready for every phase.'));
  return { exitCode: failed > 0 ? 1 : 0, stdout: `${lines.join('\n')}\n` };
}
