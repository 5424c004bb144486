// The grader's commands wired to arguments: parses them, calls one command module, prints its result.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCommand, devCommand } from './commands/dev.js';
import { doctorCommand } from './commands/doctor.js';
import { gradeCommand } from './commands/grade.js';
import { hintCommand } from './commands/hint.js';
import { listCommand } from './commands/list.js';
import { nextCommand } from './commands/next.js';
import { pickCommand } from './commands/pick.js';
import { progressCommand } from './commands/progress.js';
import { resetCommand } from './commands/reset.js';
import { solutionCommand } from './commands/solution.js';
import { specCommand } from './commands/spec.js';
import { CatalogError } from './catalog.js';
import { makeColor, type CommandResult, type Context } from './output.js';
import type { WarmRunner } from './run-suite.js';
import { ROOT } from './paths.js';

export const USAGE = `Backend 100 grader

Usage: npm run <verb> [id] [-- options]     or     node grader/dist/cli.js <verb> [id] [options]

  grade <id>       run the hidden checks against your copy in workspace/
                     --solution  grade the reference   --dir PATH  grade any folder
                     --watch     re-grade on save (--poll where saves go unnoticed)
                     --json      machine-readable results (Exercism test-runner shape)
  progress         every project by phase, with your status
  next             the first unfinished project whose prerequisites are done
  spec <id>        print the project's spec
  hint <id>        the next hint, one more each time
  solution <id>    your copy against the reference, as a diff (--yes to skip the question)
  reset <id>       fresh starter; your old copy is moved aside, never deleted
  dev <id> [args]  run your app: a CLI with args, a server on PORT (default 3000),
                     or for a React project the API and Vite's dev server together
  build <id>       build a React project's web/ into web/dist (what its server serves)
  list             all projects (--phase N, --concept WORD)
  doctor           is this machine ready? Node, SQLite, Chromium, PostgreSQL, with fixes

Ids are forgiving: p7, p07, 07 and csv-report all work. With no verb in a terminal, a picker opens.
Examples: npm run grade p01    npm run grade p01 -- --watch    npm run dev p01 -- "2 + 3"
`;

const root = ROOT;

export function makeContext(env: NodeJS.ProcessEnv = process.env): Context {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && env.CI !== 'true';
  return {
    root,
    workspaceDir: env.B100_WORKSPACE ? path.resolve(env.B100_WORKSPACE) : path.join(root, 'workspace'),
    env,
    interactive,
    color: makeColor(env, Boolean(process.stdout.isTTY)),
    print: (text) => process.stdout.write(text),
    now: () => new Date(),
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      solution: { type: 'boolean' },
      starter: { type: 'boolean' },
      dir: { type: 'string' },
      watch: { type: 'boolean' },
      poll: { type: 'boolean' },
      json: { type: 'boolean' },
      yes: { type: 'boolean', short: 'y' },
      phase: { type: 'string' },
      concept: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** `dev` passes everything after the id to the learner's program, except the grader's own flags. */
function splitDevArgs(rest: string[]) {
  const own = { solution: false, port: undefined as string | undefined };
  const args: string[] = [];
  let id: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--solution') own.solution = true;
    else if (arg === '--port') own.port = rest[++i];
    else if (id === undefined && !arg.startsWith('-')) id = arg;
    else args.push(arg);
  }
  return { id, args, ...own };
}

export async function runCommand(ctx: Context, argv: string[], early?: WarmRunner): Promise<CommandResult> {
  const [verb, ...rest] = argv;
  if (verb === undefined) {
    if (ctx.interactive) return pickCommand(ctx);
    return { exitCode: 0, stdout: USAGE };
  }
  if (verb === 'help' || verb === '--help' || verb === '-h') return { exitCode: 0, stdout: USAGE };
  if (verb === 'dev') return devCommand(ctx, splitDevArgs(rest));
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(rest);
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `${(error as Error).message}\n\n${USAGE}` };
  }
  const { values: o, positionals } = parsed;
  if (o.help) return { exitCode: 0, stdout: USAGE };
  const id = positionals[0];
  switch (verb) {
    case 'grade':
      return gradeCommand(ctx, { id, solution: o.solution, starter: o.starter, dir: o.dir, watch: o.watch, json: o.json, poll: o.poll }, early ? { runner: early } : {});
    case 'progress':
      return progressCommand(ctx);
    case 'next':
      return nextCommand(ctx);
    case 'spec':
      return specCommand(ctx, id);
    case 'hint':
      return hintCommand(ctx, id);
    case 'solution': {
      const { confirm } = await import('@inquirer/prompts');
      return solutionCommand(ctx, { id, yes: o.yes, confirm: (message) => confirm({ message, default: false }) });
    }
    case 'reset':
      return resetCommand(ctx, id);
    case 'list':
      return listCommand(ctx, { phase: o.phase, concept: o.concept });
    case 'doctor':
      return doctorCommand(ctx);
    case 'build':
      return buildCommand(ctx, { id, solution: o.solution });
    default:
      return { exitCode: 2, stdout: '', stderr: `Unknown command "${verb}".\n\n${USAGE}` };
  }
}

export async function main(argv: string[], early?: WarmRunner): Promise<void> {
  const ctx = makeContext();
  let result: CommandResult;
  try {
    result = await runCommand(ctx, argv, early);
  } catch (error) {
    const message = error instanceof CatalogError ? error.message : (error as Error).stack ?? String(error);
    result = { exitCode: 2, stdout: '', stderr: `The grader could not run: ${message}` };
  }
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(`${ctx.color.red(result.stderr.trimEnd())}\n`);
  // Set, not exit(): let stdout drain when it is a pipe.
  process.exitCode = result.exitCode;
  early?.child.kill();
}
