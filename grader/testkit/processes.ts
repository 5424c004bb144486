// Several instances of the learner's app, each in a process of its own, on one database file
// (design.md; issue 12, part 3). better-sqlite3 is synchronous, so inside one process two
// requests never overlap in a transaction: a read-then-write or a deferred transaction looks
// correct there and loses updates, or answers SQLITE_BUSY, as soon as two processes share the
// file. Checks that a spec's concurrency promise holds are run across these processes.
import { fork, type ChildProcess } from 'node:child_process';
import { onTestFinished } from 'vitest';
import { bundleForNode } from './bundle.js';
import { serveUrl, type TestServer } from './http.js';
import { ContractError } from './impl.js';

export interface AppProcessesOptions {
  /** The file that exports createApp, relative to the implementation: `src/app.ts` by default. */
  module?: string;
  /** The createApp options (plain JSON: a dbFile, a dataFile...), the same for every instance. */
  options: Record<string, unknown>;
  /** Pass `now` to createApp: a clock starting here in every process, moved with advance(). */
  start?: string;
  /** Extra environment for the processes (TZ is UTC unless given). */
  env?: Record<string, string>;
  /** How long an instance may take to start listening. */
  startTimeoutMs?: number;
}

export interface AppProcesses {
  /** One client per process, in the order they were started. */
  apps: TestServer[];
  /** Moves the clock of every process forward (with `start`). */
  advance: (ms: number) => Promise<void>;
  /** Kills every process at once, as a power cut would (SIGKILL), and waits for them to end. */
  kill: () => Promise<void>;
  /** What the processes wrote to stderr so far: a crash's stack trace for a message. */
  stderr: () => string;
}

const BOOT = (module: string) => `
import { createServer } from 'node:http';
import * as mod from ${JSON.stringify(`./${module}`)};
const config = JSON.parse(process.env.B100_APP_CONFIG ?? '{}');
let now = config.start ? Date.parse(config.start) : undefined;
const createApp = (mod as Record<string, unknown>).createApp as undefined | ((options: unknown) => Parameters<typeof createServer>[1]);
if (typeof createApp !== 'function') {
  console.error(${JSON.stringify(`${module} does not export createApp`)});
  process.exit(3);
}
const app = createApp({ ...config.options, ...(now === undefined ? {} : { now: () => new Date(now as number) }) });
const server = createServer(app);
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('message', (message: { type: string; ms: number; id: number }) => {
  if (message.type === 'advance' && now !== undefined) now += message.ms;
  process.send?.({ type: 'ack', id: message.id });
});
process.on('disconnect', () => process.exit(0));
`;

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts `count` instances of the learner's createApp, each in a process of its own, and
 * returns a client for each. They are killed when the check ends.
 */
export async function startAppProcesses(count: number, settings: AppProcessesOptions): Promise<AppProcesses> {
  const module = settings.module ?? 'src/app.ts';
  const compiled = await bundleForNode({ source: BOOT(module), name: 'b100-app-process.ts' });
  if ('compileError' in compiled) throw new ContractError(`${module} could not be compiled to start it in several processes:\n${compiled.compileError}`);
  const errors: string[] = [];
  const children: ChildProcess[] = [];
  const killAll = async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
  };
  onTestFinished(killAll);
  const config = JSON.stringify({ options: settings.options, start: settings.start });
  const ports = await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const child = fork(compiled.bundle, [], {
        execArgv: ['--enable-source-maps'],
        env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LANG: 'C.UTF-8', NO_COLOR: '1', ...settings.env, B100_APP_CONFIG: config },
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      children.push(child);
      child.stderr?.on('data', (chunk: Buffer) => errors.push(`[instance ${index + 1}] ${chunk.toString()}`));
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new ContractError(`instance ${index + 1} of the app did not start listening within ${(settings.startTimeoutMs ?? 10_000) / 1000} s`)), settings.startTimeoutMs ?? 10_000);
        child.on('message', (message: { type: string; port?: number }) => {
          if (message.type === 'ready') {
            clearTimeout(timer);
            resolve(message.port ?? 0);
          }
        });
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          reject(new ContractError(`instance ${index + 1} of the app ended while starting (${signal ?? `exit code ${code}`}):\n${errors.join('').trim().split('\n').slice(-12).join('\n')}`));
        });
      });
    }),
  );
  let nextId = 0;
  return {
    apps: ports.map((port) => serveUrl(`http://127.0.0.1:${port}`)),
    advance: async (ms) => {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              const id = nextId++;
              const onAck = (message: { type: string; id?: number }) => {
                if (message.type === 'ack' && message.id === id) {
                  child.off('message', onAck);
                  resolve();
                }
              };
              child.on('message', onAck);
              child.send({ type: 'advance', ms, id });
            }),
        ),
      );
    },
    kill: killAll,
    stderr: () => errors.join(''),
  };
}
